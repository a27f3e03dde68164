package org.puente.documents.formats;

import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonReaderFactory;
import jakarta.json.JsonStructure;
import jakarta.json.JsonWriter;
import jakarta.json.JsonWriterFactory;
import jakarta.json.spi.JsonProvider;
import jakarta.json.stream.JsonGenerator;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.puente.credentials.jsonld.JsonSupport;
import org.puente.documents.DocumentException;

/** Untrusted JSON in (UTF-8 only, size and depth limits), pretty JSON out. */
public final class JsonInput {
  /** The largest JSON document accepted (4 MiB). */
  public static final int MAX_BYTES = 4 * 1024 * 1024;

  private static final JsonReaderFactory READERS =
      JsonSupport.PROVIDER.createReaderFactory(Map.of("org.eclipse.parsson.maxDepth", 64));

  /**
   * The JSON provider, looked up once ({@link JsonSupport#PROVIDER}): {@code Json.create...} looks
   * the provider up through the service loader on every call, which dominated the cost of writing
   * documents.
   */
  public static final JsonProvider JSON = JsonSupport.PROVIDER;

  private static final JsonWriterFactory PRETTY =
      JsonSupport.PROVIDER.createWriterFactory(Map.of(JsonGenerator.PRETTY_PRINTING, true));

  private JsonInput() {}

  /** Parses a JSON object from untrusted bytes. */
  public static JsonObject parseObject(byte[] bytes) throws DocumentException {
    Limits.requireSize(bytes, MAX_BYTES, "JSON");
    String text;
    try {
      text =
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(bytes))
              .toString();
    } catch (CharacterCodingException e) {
      throw new DocumentException(
          DocumentException.Code.WRONG_ENCODING, "the JSON is not UTF-8", e);
    }
    try (JsonReader reader = READERS.createReader(new StringReader(text))) {
      JsonStructure s = reader.read();
      if (!(s instanceof JsonObject o)) {
        throw new DocumentException(
            DocumentException.Code.MALFORMED_INPUT, "expected a JSON object");
      }
      return o;
    } catch (JsonException | IllegalStateException e) {
      throw new DocumentException(
          DocumentException.Code.MALFORMED_INPUT, "not well-formed JSON: " + e.getMessage(), e);
    } catch (RuntimeException e) {
      // Parsson reports its nesting limit as a bare RuntimeException.
      throw new DocumentException(
          DocumentException.Code.INPUT_TOO_LARGE, "JSON nested deeper than 64 levels", e);
    }
  }

  /** Pretty-printed JSON text. */
  public static String pretty(JsonStructure value) {
    StringWriter out = new StringWriter();
    try (JsonWriter w = PRETTY.createWriter(out)) {
      w.write(value);
    }
    return out.toString().strip() + "\n";
  }
}
