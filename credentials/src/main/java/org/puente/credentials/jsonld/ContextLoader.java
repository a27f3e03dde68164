package org.puente.credentials.jsonld;

import com.apicatalog.jsonld.JsonLdError;
import com.apicatalog.jsonld.JsonLdErrorCode;
import com.apicatalog.jsonld.document.Document;
import com.apicatalog.jsonld.document.JsonDocument;
import com.apicatalog.jsonld.http.media.MediaType;
import com.apicatalog.jsonld.loader.DocumentLoader;
import com.apicatalog.jsonld.loader.DocumentLoaderOptions;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.puente.credentials.CredentialException;
import org.puente.credentials.CredentialException.Code;

/**
 * The strict offline JSON-LD document loader: it serves only the contexts bundled with Puente (see
 * {@code contexts/SOURCE.md}) and those an operator adds from a directory, parsed once and kept in
 * memory. It never opens a network connection or a file named by a document.
 *
 * <p>A URL it does not hold is refused with a {@link CredentialException} (reachable as the cause
 * of the titanium {@link JsonLdError}): {@link Code#REMOTE_CONTEXT} for an {@code http(s)} URL,
 * which a permissive loader would fetch; {@link Code#UNKNOWN_CONTEXT} for any other scheme ({@code
 * urn:}, {@code did:}, {@code file:}, ...), which no loader could supply.
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class ContextLoader implements DocumentLoader {
  private static final String BUNDLE = "/org/puente/credentials/contexts/";
  private static final JsonLimits CONTEXT_LIMITS = new JsonLimits(4 << 20, 64, 1_000_000, 1, 1);
  private static final ContextLoader BUNDLED = loadBundled();

  private final Map<String, JsonDocument> contexts;

  private ContextLoader(Map<String, JsonDocument> contexts) {
    this.contexts = Map.copyOf(contexts);
  }

  /** The loader with only the bundled contexts. */
  public static ContextLoader bundled() {
    return BUNDLED;
  }

  /**
   * This loader plus the contexts listed by {@code DIR/index.json} (an object mapping each context
   * URL to a file name in DIR). Operator-added contexts may not replace bundled ones.
   */
  public ContextLoader withDirectory(Path dir) throws CredentialException {
    Path index = dir.resolve("index.json");
    JsonObject entries = readJson(index);
    Map<String, JsonDocument> merged = new LinkedHashMap<>(contexts);
    for (Map.Entry<String, JsonValue> entry : entries.entrySet()) {
      if (!(entry.getValue() instanceof JsonString file)) {
        throw new CredentialException(
            Code.MALFORMED_INPUT,
            index + ": the value for " + entry.getKey() + " is not a file name");
      }
      Path path = dir.resolve(file.getString()).normalize();
      if (!path.startsWith(dir.normalize()) || merged.containsKey(entry.getKey())) {
        throw new CredentialException(
            Code.MALFORMED_INPUT,
            index
                + ": "
                + entry.getKey()
                + " -> "
                + file.getString()
                + " is outside DIR or bundled");
      }
      merged.put(entry.getKey(), document(entry.getKey(), readJson(path)));
    }
    return new ContextLoader(merged);
  }

  /** The context URLs this loader serves. */
  public Set<String> urls() {
    return contexts.keySet();
  }

  @Override
  public Document loadDocument(URI url, DocumentLoaderOptions options) throws JsonLdError {
    JsonDocument document = contexts.get(url.toString());
    if (document == null) {
      CredentialException refusal = refusal(url.toString());
      throw new JsonLdError(JsonLdErrorCode.LOADING_DOCUMENT_FAILED, refusal.getMessage(), refusal);
    }
    return document;
  }

  /** The coded refusal for a URL this loader does not hold. */
  static CredentialException refusal(String url) {
    String scheme = url.contains(":") ? url.substring(0, url.indexOf(':')) : "";
    if (scheme.equalsIgnoreCase("https") || scheme.equalsIgnoreCase("http")) {
      return new CredentialException(
          Code.REMOTE_CONTEXT,
          "context "
              + url
              + " is not bundled or operator-added; Puente never fetches remote contexts"
              + " (add it with --context-dir)");
    }
    return new CredentialException(
        Code.UNKNOWN_CONTEXT, "context " + url + " is unknown: not bundled or operator-added");
  }

  private static ContextLoader loadBundled() {
    try {
      JsonObject index = CONTEXT_LIMITS.readObject(resource("index.json"));
      Map<String, JsonDocument> map = new LinkedHashMap<>();
      for (Map.Entry<String, JsonValue> entry : index.entrySet()) {
        String file = ((JsonString) entry.getValue()).getString();
        map.put(
            entry.getKey(), document(entry.getKey(), CONTEXT_LIMITS.readObject(resource(file))));
      }
      return new ContextLoader(map);
    } catch (CredentialException | IOException e) {
      throw new IllegalStateException("the bundled JSON-LD contexts are unreadable", e);
    }
  }

  private static byte[] resource(String name) throws IOException {
    try (InputStream in = ContextLoader.class.getResourceAsStream(BUNDLE + name)) {
      if (in == null) {
        throw new IOException("missing bundled resource " + BUNDLE + name);
      }
      return in.readAllBytes();
    }
  }

  private static JsonObject readJson(Path path) throws CredentialException {
    try {
      return CONTEXT_LIMITS.readObject(Files.readAllBytes(path));
    } catch (IOException e) {
      throw new CredentialException(
          Code.MALFORMED_INPUT, String.format(Locale.ROOT, "cannot read %s: %s", path, e), e);
    }
  }

  private static JsonDocument document(String url, JsonObject json) {
    JsonDocument document = JsonDocument.of(MediaType.JSON_LD, json);
    document.setDocumentUrl(URI.create(url));
    return document;
  }
}
