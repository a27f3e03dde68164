package org.puente.credentials.di;

import com.apicatalog.multibase.Multibase;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Objects;
import org.puente.credentials.CredentialException;
import org.puente.credentials.CredentialException.Code;
import org.puente.credentials.DidResolver;
import org.puente.credentials.VerificationMethod;
import org.puente.credentials.jsonld.Canonicalizer;
import org.puente.credentials.jsonld.JsonSupport;
import org.puente.credentials.keys.Base58Btc;
import org.puente.credentials.keys.KeyType;
import org.puente.credentials.keys.Signer;

/**
 * Adds and verifies Data Integrity proofs with the {@code *-rdfc-*} cryptosuites (vc-data-integrity
 * §4.2 Add Proof, §4.4 Verify Proof; vc-di-eddsa §3.2; vc-di-ecdsa §3.3).
 *
 * <p>Verification returns normally only when the proof verifies; every failure is a {@link
 * CredentialException} with its code. Thread-safe.
 */
public final class DataIntegrity {
  /** The default allowance for a signer's clock running ahead of the verifier's. */
  public static final Duration DEFAULT_CLOCK_SKEW = Duration.ofMinutes(5);

  private final Canonicalizer canonicalizer;
  private final Clock clock;
  private final Duration clockSkew;

  /**
   * Uses {@code canonicalizer} (and so its loader and limits) and {@code clock} for expiry, with
   * the {@linkplain #DEFAULT_CLOCK_SKEW default clock-skew allowance} for {@code created}.
   */
  public DataIntegrity(Canonicalizer canonicalizer, Clock clock) {
    this(canonicalizer, clock, DEFAULT_CLOCK_SKEW);
  }

  /**
   * @param clockSkew how far a proof's {@code created} may lie after the verifier's now (the
   *     signer's clock may run ahead); beyond it the proof is refused
   */
  public DataIntegrity(Canonicalizer canonicalizer, Clock clock, Duration clockSkew) {
    this.canonicalizer = Objects.requireNonNull(canonicalizer, "canonicalizer");
    this.clock = Objects.requireNonNull(clock, "clock");
    this.clockSkew = Objects.requireNonNull(clockSkew, "clockSkew");
    if (clockSkew.isNegative()) {
      throw new IllegalArgumentException("clockSkew must not be negative: " + clockSkew);
    }
  }

  /**
   * Signs {@code unsecured} (which must not carry a proof) and returns it with a {@code proof}.
   *
   * @throws IllegalArgumentException when the signer's key type does not fit the suite
   */
  public JsonObject sign(
      JsonObject unsecured, Signer signer, Cryptosuite suite, ProofOptions options)
      throws CredentialException {
    KeyType type = signer.publicKey().type();
    if (!suite.accepts(type)) {
      throw new IllegalArgumentException(type + " keys do not sign " + suite.id());
    }
    if (unsecured.containsKey("proof")) {
      throw new CredentialException(
          Code.MALFORMED_INPUT, "the document already has a proof; proof sets are not supported");
    }
    JsonObject config = proofConfig(suite, signer.verificationMethod(), options);
    SigningInput input = signingInput(unsecured, config, suite, type);
    String proofValue = Multibase.BASE_58_BTC.encode(signer.sign(input.hashData()));
    JsonObject proof =
        JsonSupport.PROVIDER.createObjectBuilder(config).add("proofValue", proofValue).build();
    return JsonSupport.PROVIDER.createObjectBuilder(unsecured).add("proof", proof).build();
  }

  /**
   * Verifies the one Data Integrity proof of {@code secured}: its suite, purpose, key (resolved for
   * the purpose's relationship), expiry and signature.
   */
  public VerifiedProof verify(JsonObject secured, DidResolver resolver, ProofPurpose expected)
      throws CredentialException {
    DataIntegrityProof proof = DataIntegrityProof.parse(onlyProof(secured));
    if (!expected.term().equals(proof.proofPurpose())) {
      throw new CredentialException(
          Code.WRONG_PROOF_PURPOSE,
          "proofPurpose is '" + proof.proofPurpose() + "', expected '" + expected.term() + "'");
    }
    byte[] signature = decodeProofValue(proof.proofValue());
    checkTime(proof);
    VerificationMethod method = resolver.resolve(proof.verificationMethod(), expected.term());
    KeyType type = method.publicKey().type();
    if (!proof.cryptosuite().accepts(type)) {
      throw new CredentialException(
          Code.INVALID_KEY,
          proof.verificationMethod()
              + " is a "
              + type
              + " key, unusable with "
              + proof.cryptosuite().id());
    }
    JsonValue context = secured.get("@context");
    checkProofContext(proof.json(), context);
    // vc-di-eddsa §3.2.4 / vc-di-ecdsa §3.3.4: proofConfigHash || transformedDocumentHash; only
    // the hashes are needed here, so the canonical N-Quads go straight into the digest
    String hash = proof.cryptosuite().hashAlgorithm(type);
    byte[] proofHash = canonicalizer.canonicalHash(configForHashing(proof.json(), context), hash);
    byte[] documentHash = canonicalizer.canonicalHash(without(secured, "proof"), hash);
    byte[] hashData = Arrays.copyOf(proofHash, proofHash.length + documentHash.length);
    System.arraycopy(documentHash, 0, hashData, proofHash.length, documentHash.length);
    method.publicKey().verify(hashData, signature);
    return new VerifiedProof(proof, method);
  }

  /** {@code expires} has not passed; {@code created} is not beyond now plus the skew allowance. */
  private void checkTime(DataIntegrityProof proof) throws CredentialException {
    Instant now = clock.instant();
    if (proof.expires() != null && now.isAfter(proof.expires())) {
      throw new CredentialException(
          Code.PROOF_NOT_IN_TIME, "proof expired at " + proof.expires() + "; now is " + now);
    }
    if (proof.created() != null && proof.created().isAfter(now.plus(clockSkew))) {
      throw new CredentialException(
          Code.PROOF_CREATED_IN_FUTURE,
          "proof created at "
              + proof.created()
              + ", after now ("
              + now
              + ") plus the clock-skew allowance of "
              + clockSkew);
    }
  }

  /**
   * The canonical forms and hashes of a document and a proof configuration (without its {@code
   * @context}, which is taken from the document: vc-di-eddsa §3.2.5 step 2).
   */
  public SigningInput signingInput(
      JsonObject unsecured, JsonObject proofConfig, Cryptosuite suite, KeyType type)
      throws CredentialException {
    JsonObjectBuilder config = JsonSupport.PROVIDER.createObjectBuilder(proofConfig);
    JsonValue context = unsecured.get("@context");
    if (context != null) {
      config.add("@context", context);
    }
    return canonicalForms(unsecured, config.build(), suite, type);
  }

  /** The proof minus its value, with the document's {@code @context} (vc-di-eddsa §3.2.5). */
  private static JsonObject configForHashing(JsonObject proof, JsonValue context) {
    JsonObjectBuilder config = JsonSupport.PROVIDER.createObjectBuilder(proof);
    config.remove("proofValue");
    config.remove("@context");
    if (context != null) {
      config.add("@context", context);
    }
    return config.build();
  }

  /** Canonicalises and hashes a document and its proof configuration (with its context). */
  private SigningInput canonicalForms(
      JsonObject unsecured, JsonObject config, Cryptosuite suite, KeyType type)
      throws CredentialException {
    String hash = suite.hashAlgorithm(type);
    String canonicalConfig = canonicalizer.canonicalize(config, hash);
    String canonicalDocument = canonicalizer.canonicalize(unsecured, hash);
    return new SigningInput(
        canonicalConfig,
        canonicalDocument,
        digest(hash, canonicalConfig),
        digest(hash, canonicalDocument));
  }

  private static JsonObject proofConfig(Cryptosuite suite, String method, ProofOptions options) {
    JsonObjectBuilder config =
        JsonSupport.PROVIDER
            .createObjectBuilder()
            .add("type", "DataIntegrityProof")
            .add("cryptosuite", suite.id())
            .add("created", options.created().toString())
            .add("verificationMethod", method)
            .add("proofPurpose", options.purpose().term());
    if (options.expires() != null) {
      config.add("expires", options.expires().toString());
    }
    if (options.challenge() != null) {
      config.add("challenge", options.challenge());
    }
    if (options.domain() != null) {
      config.add("domain", options.domain());
    }
    return config.build();
  }

  private static JsonObject onlyProof(JsonObject secured) throws CredentialException {
    JsonValue proof = secured.get("proof");
    if (proof instanceof JsonArray array && array.size() == 1) {
      proof = array.get(0);
    }
    if (proof instanceof JsonObject object) {
      return object;
    }
    throw new CredentialException(
        Code.MALFORMED_PROOF,
        proof == null
            ? "the document has no proof"
            : "expected one proof object, found " + proof.getValueType());
  }

  /** vc-data-integrity §4.4 step: a proof's own @context must be a prefix of the document's. */
  private static void checkProofContext(JsonObject config, JsonValue documentContext)
      throws CredentialException {
    JsonValue proofContext = config.get("@context");
    if (proofContext == null) {
      return;
    }
    JsonArray mine = asArray(proofContext);
    JsonArray theirs =
        asArray(documentContext == null ? JsonValue.EMPTY_JSON_ARRAY : documentContext);
    if (mine.size() > theirs.size() || !theirs.subList(0, mine.size()).equals(mine)) {
      throw new CredentialException(
          Code.MALFORMED_PROOF, "the proof's @context is not a prefix of the document's @context");
    }
  }

  private static JsonArray asArray(JsonValue value) {
    return value instanceof JsonArray array
        ? array
        : JsonSupport.PROVIDER.createArrayBuilder().add(value).build();
  }

  private static byte[] decodeProofValue(String proofValue) throws CredentialException {
    if (proofValue.length() < 2 || proofValue.charAt(0) != 'z') {
      throw new CredentialException(
          Code.MALFORMED_MULTIBASE,
          "proofValue must be base58btc multibase ('z...'), found '" + proofValue + "'");
    }
    try {
      return Base58Btc.decode(proofValue.substring(1));
    } catch (RuntimeException e) {
      throw new CredentialException(
          Code.MALFORMED_MULTIBASE, "proofValue '" + proofValue + "' is not valid base58btc", e);
    }
  }

  static JsonObject without(JsonObject object, String name) {
    return JsonSupport.without(object, name);
  }

  private static byte[] digest(String algorithm, String text) {
    try {
      return MessageDigest.getInstance(algorithm).digest(text.getBytes(StandardCharsets.UTF_8));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("the JDK lacks " + algorithm, e);
    }
  }
}
