package org.puente.credentials.jsonld;

import com.apicatalog.jsonld.JsonLdError;
import com.apicatalog.jsonld.JsonLdOptions;
import com.apicatalog.jsonld.context.ActiveContext;
import com.apicatalog.jsonld.deseralization.JsonLdToRdf;
import com.apicatalog.jsonld.expansion.Expansion;
import com.apicatalog.jsonld.flattening.NodeMap;
import com.apicatalog.jsonld.flattening.NodeMapBuilder;
import com.apicatalog.jsonld.processor.ProcessingRuntime;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.puente.credentials.CredentialException;
import org.puente.credentials.CredentialException.Code;

/**
 * JSON-LD document → RDF dataset (JSON-LD 1.1 API §8.1 Deserialize JSON-LD to RDF) → RDFC-1.0
 * canonical N-Quads (W3C RDF Dataset Canonicalization), as the {@code *-rdfc-*} cryptosuites'
 * transformation step requires (vc-di-eddsa §3.2.3, vc-di-ecdsa §3.3.3).
 *
 * <p><b>Processed-context cache.</b> titanium-json-ld 1.7 re-processes every context on every call
 * (for a 123 KB context that is ~85 % of a verification). This class processes a document's
 * top-level {@code @context} once — JSON-LD 1.1 API §4.1 Context Processing, by titanium itself —
 * keeps the resulting active context, keyed by the {@code @context} value, and expands the rest of
 * the document from it (§5.1.2 step 9 would compute exactly that active context from the same
 * value). Contexts come only from the immutable {@link ContextLoader}, so an entry never goes
 * stale.
 *
 * <p><b>Direct path.</b> Documents inside {@link DirectToRdf}'s subset (Puente's credentials) go
 * from JSON straight to quads, with scoped contexts processed once ({@link ScopedContexts});
 * everything else, and every error, goes through titanium's Expansion and toRdf. {@link
 * #titaniumOnly} gives a canonicalizer without the direct path (the oracle and the baseline).
 *
 * <p><b>Canonicalisation.</b> A dataset without blank nodes is canonical once its N-Quads are
 * de-duplicated and sorted (RDFC-1.0 §4.4 issues no labels); this class serialises each quad once
 * and sorts the strings. Datasets with blank nodes go through {@link Rdfc10} (checked against
 * rdf-canonize in the tests) with the suite's hash (SHA-384 inside RDFC-1.0 for P-384, vc-di-ecdsa
 * §3.3.3), bounded by {@link JsonLimits#maxCanonicalizationSteps()} against blank-node "poison"
 * graphs.
 *
 * <p>Thread-safe.
 */
public final class Canonicalizer {
  private static final int MAX_CACHED_CONTEXTS = 256;

  private final JsonLdOptions options;
  private final JsonLimits limits;
  private final Map<JsonValue, ActiveContext> processed = new ConcurrentHashMap<>();
  private final ScopedContexts scoped = new ScopedContexts();
  private final boolean direct;

  /**
   * A canonicalizer that loads contexts only through {@code loader}, with the direct JSON-LD → RDF
   * path ({@link DirectToRdf}) on.
   */
  public Canonicalizer(ContextLoader loader, JsonLimits limits) {
    this(loader, limits, true);
  }

  private Canonicalizer(ContextLoader loader, JsonLimits limits, boolean direct) {
    this.options = new JsonLdOptions(loader);
    // Safe mode: a property that no context defines would be dropped from the signed quads, so a
    // verifier would accept any change to it. Refuse such documents instead (UNDEFINED_TERM).
    this.options.setUndefinedTermsPolicy(JsonLdOptions.ProcessingPolicy.Fail);
    this.limits = limits;
    this.direct = direct;
  }

  /**
   * A canonicalizer that always runs titanium's generic Expansion and RDF conversion: the oracle
   * the direct path is tested against, and the benchmark's baseline.
   */
  public static Canonicalizer titaniumOnly(ContextLoader loader, JsonLimits limits) {
    return new Canonicalizer(loader, limits, false);
  }

  /** The limits this canonicalizer enforces. */
  public JsonLimits limits() {
    return limits;
  }

  /**
   * The RDFC-1.0 canonical N-Quads of {@code document}, each line ending in a newline.
   *
   * @param hashAlgorithm the hash RDFC-1.0 uses inside (JCA name: SHA-256 or SHA-384)
   */
  public String canonicalize(JsonObject document, String hashAlgorithm) throws CredentialException {
    NQuadsCollector quads = toRdf(document);
    return quads.hasBlankNodes() ? rdfc(quads, hashAlgorithm) : quads.sortedUnique();
  }

  /**
   * The hash of {@linkplain #canonicalize the canonical N-Quads} of {@code document} (UTF-8), with
   * the same algorithm, written into the digest as the lines are put in order rather than built as
   * text first: what the {@code *-rdfc-*} suites sign and verify (vc-di-eddsa §3.2.4).
   */
  public byte[] canonicalHash(JsonObject document, String hashAlgorithm)
      throws CredentialException {
    NQuadsCollector quads = toRdf(document);
    if (!quads.hasBlankNodes()) {
      return Digests.of(hashAlgorithm)
          .digest(quads.sortedUnique().getBytes(StandardCharsets.UTF_8));
    }
    try {
      return Rdfc10.canonicalHash(quads.quads(), hashAlgorithm, limits.maxCanonicalizationSteps());
    } catch (IllegalStateException e) {
      throw gaveUp(e);
    }
  }

  /** JSON-LD 1.1 API §8.1 Deserialize JSON-LD to RDF, within the limits. */
  private NQuadsCollector toRdf(JsonObject document) throws CredentialException {
    NQuadsCollector quads = new NQuadsCollector(limits.maxQuads());
    try {
      // the direct walk counts values and depth itself and leaves a document past them to this
      // path, which checks the limits before any JSON-LD processing
      if (!(direct && directToRdf(document, quads))) {
        limits.check(document);
        JsonArray expanded = expand(document);
        NodeMap nodeMap = NodeMapBuilder.with(expanded, new NodeMap()).build();
        JsonLdToRdf.with(nodeMap).provide(quads);
      }
    } catch (JsonLdError e) {
      throw translate(e);
    } catch (IllegalStateException | IllegalArgumentException | ClassCastException e) {
      // titanium 1.7 throws these (uncoded) on some malformed documents, e.g. a value object
      // where a node is expected inside @graph; the caller still gets a coded error
      throw new CredentialException(
          Code.INVALID_JSON_LD, "not valid JSON-LD (titanium: " + e + ")", e);
    }
    if (quads.tooMany()) {
      throw new CredentialException(
          Code.INPUT_TOO_LARGE,
          String.format(Locale.ROOT, "document expands to more than %d quads", limits.maxQuads()));
    }
    return quads;
  }

  /**
   * The direct path: true when it produced the quads, false when the document leaves its subset or
   * anything fails (then {@code quads} is untouched and titanium decides, errors included).
   */
  private boolean directToRdf(JsonObject document, NQuadsCollector quads) {
    try {
      JsonValue context = document.get("@context");
      if (context == null) {
        return false;
      }
      // counted before it is processed: a context past the limits is never processed here
      int contextValues = limits.count(context, 2);
      DirectToRdf.toRdf(scoped, processedContext(context), document, quads, limits, contextValues);
      return true;
    } catch (DirectToRdf.Unsupported | JsonLdError | CredentialException | RuntimeException e) {
      return false;
    }
  }

  /**
   * The direct path into {@code quads} (for the step-by-step benchmark); false when not covered.
   */
  boolean directForBenchmark(JsonObject document, NQuadsCollector quads) {
    return directToRdf(document, quads);
  }

  /** Whether the direct path covers {@code document} (for the oracle test). */
  boolean coversDirectly(JsonObject document) {
    return directToRdf(document, new NQuadsCollector(limits.maxQuads()));
  }

  /** JSON-LD 1.1 API §5.1.2 Expansion, starting from the cached processed top-level context. */
  JsonArray expand(JsonObject document) throws JsonLdError {
    JsonValue context = document.get("@context");
    ActiveContext active = context == null ? initial() : processedContext(context);
    JsonObject body = JsonSupport.without(document, "@context");
    JsonValue expanded = Expansion.with(active, body, null, null).compute();
    // JSON-LD 1.1 API §9.1 expand() steps 8.1–8.3
    if (expanded instanceof JsonObject object
        && object.size() == 1
        && object.containsKey("@graph")) {
      expanded = object.get("@graph");
    }
    if (expanded == null || expanded == JsonValue.NULL) {
      return JsonValue.EMPTY_JSON_ARRAY;
    }
    return expanded instanceof JsonArray array
        ? array
        : JsonSupport.PROVIDER.createArrayBuilder().add(expanded).build();
  }

  private ActiveContext initial() {
    return new ActiveContext(null, null, ProcessingRuntime.of(options));
  }

  private ActiveContext processedContext(JsonValue context) throws JsonLdError {
    ActiveContext cached = processed.get(context);
    if (cached != null) {
      return cached;
    }
    ActiveContext fresh = initial().newContext().create(context, null);
    if (processed.size() < MAX_CACHED_CONTEXTS) {
      processed.putIfAbsent(context, fresh);
    }
    return fresh;
  }

  private String rdfc(NQuadsCollector quads, String hashAlgorithm) throws CredentialException {
    try {
      return Rdfc10.canonicalize(quads.quads(), hashAlgorithm, limits.maxCanonicalizationSteps());
    } catch (IllegalStateException e) {
      throw gaveUp(e);
    }
  }

  private static CredentialException gaveUp(IllegalStateException e) {
    return new CredentialException(Code.INPUT_TOO_LARGE, "RDFC-1.0 gave up: " + e.getMessage(), e);
  }

  private static CredentialException translate(JsonLdError error) {
    for (Throwable cause = error; cause != null; cause = cause.getCause()) {
      if (cause instanceof CredentialException coded) {
        return new CredentialException(coded.code(), coded.getMessage(), error);
      }
    }
    if (error.getCode() == com.apicatalog.jsonld.JsonLdErrorCode.UNDEFINED_TERM) {
      return new CredentialException(
          Code.UNDEFINED_TERM,
          "a property is defined by no context, so it would not be signed: "
              + error.getMessage()
              + " (define it in a context, e.g. https://w3id.org/puente/v1, or add"
              + " https://www.w3.org/ns/credentials/undefined-terms/v2)",
          error);
    }
    return new CredentialException(
        Code.INVALID_JSON_LD,
        "not valid JSON-LD: " + error.getCode() + " " + error.getMessage(),
        error);
  }
}
