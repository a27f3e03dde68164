package org.puente.credentials.vp;

import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.puente.credentials.CredentialException;
import org.puente.credentials.CredentialException.Code;
import org.puente.credentials.Credentials;
import org.puente.credentials.DidResolver;
import org.puente.credentials.di.Cryptosuite;
import org.puente.credentials.di.DataIntegrity;
import org.puente.credentials.di.ProofOptions;
import org.puente.credentials.di.ProofPurpose;
import org.puente.credentials.di.VerifiedProof;
import org.puente.credentials.jsonld.JsonSupport;
import org.puente.credentials.keys.Signer;
import org.puente.credentials.vc.VerifiedCredential;

/**
 * Verifiable presentations (VC Data Model 2.0 §4.13) secured with a Data Integrity {@code
 * authentication} proof bound to a verifier's challenge and domain (vc-data-integrity §2.1), so a
 * presentation captured at one booth cannot be replayed at another.
 *
 * <p>Verification checks, in order: structure, the proof (purpose {@code authentication}), the
 * challenge, the domain, that the holder controls the key, and every enclosed credential through
 * the credential verifier (status included). It returns only when all pass; a failing enclosed
 * credential throws its own code, with its position in the message.
 */
public final class Presentations {
  /** The VC 2.0 base context. */
  public static final String VC_V2 = "https://www.w3.org/ns/credentials/v2";

  private final Credentials credentials;
  private final DataIntegrity dataIntegrity;
  private final DidResolver resolver;
  private final Clock clock;

  /** Presentations over a credentials facade, resolving holder keys with {@code resolver}. */
  public Presentations(Credentials credentials, DidResolver resolver, Clock clock) {
    this.credentials = Objects.requireNonNull(credentials, "credentials");
    this.dataIntegrity = credentials.dataIntegrity();
    this.resolver = Objects.requireNonNull(resolver, "resolver");
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  /**
   * Creates a presentation of {@code enclosed} credentials by {@code holder}, signed for the
   * verifier's {@code challenge} and {@code domain}.
   */
  public JsonObject create(
      List<JsonObject> enclosed,
      String holder,
      Signer signer,
      Cryptosuite suite,
      String challenge,
      String domain)
      throws CredentialException {
    Objects.requireNonNull(challenge, "challenge");
    JsonArrayBuilder vcs = JsonSupport.PROVIDER.createArrayBuilder();
    enclosed.forEach(vcs::add);
    JsonObject unsigned =
        JsonSupport.PROVIDER
            .createObjectBuilder()
            .add("@context", JsonSupport.PROVIDER.createArrayBuilder().add(VC_V2))
            .add("type", JsonSupport.PROVIDER.createArrayBuilder().add("VerifiablePresentation"))
            .add("holder", Objects.requireNonNull(holder, "holder"))
            .add("verifiableCredential", vcs)
            .build();
    ProofOptions options =
        new ProofOptions(ProofPurpose.AUTHENTICATION, clock.instant(), null, challenge, domain);
    return dataIntegrity.sign(unsigned, signer, suite, options);
  }

  /**
   * Verifies a presentation for the verifier's {@code challenge} (required) and {@code domain}
   * (checked when not null).
   */
  public VerifiedPresentation verify(JsonObject presentation, String challenge, String domain)
      throws CredentialException {
    Objects.requireNonNull(challenge, "challenge");
    checkStructure(presentation);
    VerifiedProof proof = dataIntegrity.verify(presentation, resolver, ProofPurpose.AUTHENTICATION);
    JsonObject proofJson = proof.proof().json();
    String proofChallenge = stringOrNull(proofJson.get("challenge"));
    if (!challenge.equals(proofChallenge)) {
      throw new CredentialException(
          Code.WRONG_CHALLENGE,
          "proof challenge is '" + proofChallenge + "', expected '" + challenge + "'");
    }
    if (domain != null && !domains(proofJson.get("domain")).contains(domain)) {
      throw new CredentialException(
          Code.WRONG_DOMAIN,
          "proof domain is " + proofJson.get("domain") + ", expected '" + domain + "'");
    }
    String holder = stringOrNull(presentation.get("holder"));
    String controller = proof.method().controller();
    if (holder != null && !holder.equals(controller)) {
      throw new CredentialException(
          Code.HOLDER_NOT_CONTROLLER,
          "holder " + holder + " does not control the presentation key " + proof.method().id());
    }
    return new VerifiedPresentation(
        presentation, holder != null ? holder : controller, proof, verifyEnclosed(presentation));
  }

  private List<VerifiedCredential> verifyEnclosed(JsonObject presentation)
      throws CredentialException {
    List<VerifiedCredential> verified = new ArrayList<>();
    JsonArray vcs = enclosed(presentation);
    for (int i = 0; i < vcs.size(); i++) {
      if (!(vcs.get(i) instanceof JsonObject vc)) {
        throw invalid("verifiableCredential[" + i + "] is not an object");
      }
      try {
        verified.add(credentials.verify(vc));
      } catch (CredentialException e) {
        throw new CredentialException(
            e.code(), "verifiableCredential[" + i + "]: " + e.getMessage(), e);
      }
    }
    return verified;
  }

  private static void checkStructure(JsonObject vp) throws CredentialException {
    JsonValue context = vp.get("@context");
    if (!(context instanceof JsonArray a) || a.isEmpty() || !VC_V2.equals(stringOrNull(a.get(0)))) {
      throw new CredentialException(
          Code.INVALID_CONTEXT, "a presentation's first @context must be " + VC_V2);
    }
    JsonValue type = vp.get("type");
    boolean typed =
        type instanceof JsonString s
            ? s.getString().equals("VerifiablePresentation")
            : type instanceof JsonArray t
                && t.stream().anyMatch(v -> "VerifiablePresentation".equals(stringOrNull(v)));
    if (!typed) {
      throw new CredentialException(
          Code.INVALID_TYPE, "type must include VerifiablePresentation, found " + type);
    }
    JsonValue holder = vp.get("holder");
    if (holder != null && !(holder instanceof JsonString)) {
      throw invalid("holder must be a URL string");
    }
    enclosed(vp);
  }

  private static JsonArray enclosed(JsonObject vp) throws CredentialException {
    JsonValue value = vp.get("verifiableCredential");
    if (value == null) {
      return JsonValue.EMPTY_JSON_ARRAY;
    }
    if (value instanceof JsonObject o) {
      return JsonSupport.PROVIDER.createArrayBuilder().add(o).build();
    }
    if (value instanceof JsonArray a) {
      return a;
    }
    throw invalid("verifiableCredential must be an object or an array of objects");
  }

  private static List<String> domains(JsonValue value) {
    if (value instanceof JsonString s) {
      return List.of(s.getString());
    }
    if (value instanceof JsonArray a) {
      return a.stream().map(Presentations::stringOrNull).filter(Objects::nonNull).toList();
    }
    return List.of();
  }

  private static String stringOrNull(JsonValue value) {
    return value instanceof JsonString s ? s.getString() : null;
  }

  private static CredentialException invalid(String message) {
    return new CredentialException(Code.INVALID_PRESENTATION, message);
  }
}
