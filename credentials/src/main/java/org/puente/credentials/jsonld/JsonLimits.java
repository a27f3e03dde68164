package org.puente.credentials.jsonld;

import jakarta.json.JsonArray;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import org.puente.credentials.CredentialException;
import org.puente.credentials.CredentialException.Code;

/**
 * Size limits on untrusted JSON(-LD), enforced before any JSON-LD processing: the byte length, the
 * nesting depth, the number of JSON values, and the number of RDF quads and canonicalisation steps
 * the transformation may produce (expansion and blank-node "poison" graphs).
 *
 * @param maxBytes largest accepted input, in bytes
 * @param maxDepth deepest accepted nesting of arrays and objects
 * @param maxNodes most JSON values (objects, arrays, scalars) in one document
 * @param maxQuads most RDF quads one document may expand to
 * @param maxCanonicalizationSteps most RDFC-1.0 N-degree hashing steps one document may take
 */
public record JsonLimits(
    int maxBytes, int maxDepth, int maxNodes, int maxQuads, int maxCanonicalizationSteps) {

  /** The strict defaults: 1 MiB, depth 32, 20 000 values, 20 000 quads, 1 000 000 steps. */
  public static final JsonLimits DEFAULT = new JsonLimits(1 << 20, 32, 20_000, 20_000, 1_000_000);

  public JsonLimits {
    if (maxBytes < 1
        || maxDepth < 1
        || maxNodes < 1
        || maxQuads < 1
        || maxCanonicalizationSteps < 1) {
      throw new IllegalArgumentException("every limit must be positive");
    }
  }

  /** Reads at most {@link #maxBytes} bytes of one JSON object and checks depth and node count. */
  public JsonObject readObject(InputStream in) throws CredentialException {
    byte[] bytes;
    try {
      bytes = in.readNBytes(maxBytes + 1);
    } catch (IOException e) {
      throw new CredentialException(Code.MALFORMED_INPUT, "cannot read the input: " + e, e);
    }
    return readObject(bytes);
  }

  /** Parses one JSON object from UTF-8 bytes, within these limits. */
  public JsonObject readObject(byte[] bytes) throws CredentialException {
    if (bytes.length > maxBytes) {
      throw new CredentialException(
          Code.INPUT_TOO_LARGE,
          String.format(Locale.ROOT, "input exceeds the limit of %d bytes", maxBytes));
    }
    JsonValue value;
    try (JsonReader reader = JsonSupport.PROVIDER.createReader(new ByteArrayInputStream(bytes))) {
      value = reader.readValue();
    } catch (JsonException | IllegalStateException e) {
      throw new CredentialException(
          Code.MALFORMED_INPUT, "input is not well-formed JSON: " + e.getMessage(), e);
    }
    if (!(value instanceof JsonObject object)) {
      throw new CredentialException(
          Code.MALFORMED_INPUT, "expected a JSON object, found " + value.getValueType());
    }
    check(object);
    return object;
  }

  /** Checks the depth and node count of an already parsed value. */
  public void check(JsonValue value) throws CredentialException {
    int nodes = count(value, 1);
    if (nodes > maxNodes) {
      throw new CredentialException(
          Code.INPUT_TOO_LARGE,
          String.format(Locale.ROOT, "input has more than %d JSON values", maxNodes));
    }
  }

  /**
   * The number of JSON values in {@code value}, found at {@code depth} (1 for a whole document).
   *
   * @throws CredentialException past the depth or value limit
   */
  int count(JsonValue value, int depth) throws CredentialException {
    if (depth > maxDepth) {
      throw new CredentialException(
          Code.INPUT_TOO_LARGE,
          String.format(Locale.ROOT, "input nests deeper than %d levels", maxDepth));
    }
    int total = 1;
    if (value instanceof JsonObject object) {
      for (JsonValue child : object.values()) {
        total += count(child, depth + 1);
        stopEarly(total);
      }
    } else if (value instanceof JsonArray array) {
      for (JsonValue child : array) {
        total += count(child, depth + 1);
        stopEarly(total);
      }
    }
    return total;
  }

  private void stopEarly(int total) throws CredentialException {
    if (total > maxNodes) {
      throw new CredentialException(
          Code.INPUT_TOO_LARGE,
          String.format(Locale.ROOT, "input has more than %d JSON values", maxNodes));
    }
  }
}
