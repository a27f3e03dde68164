package org.puente.credentials.sdjwt;

import com.authlete.sd.SDObjectDecoder;
import com.nimbusds.jose.util.JSONObjectUtils;
import jakarta.json.JsonObject;
import jakarta.json.JsonReaderFactory;
import java.io.StringReader;
import java.text.ParseException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.puente.credentials.CredentialException;
import org.puente.credentials.CredentialException.Code;
import org.puente.credentials.did.DidDocumentResolver;
import org.puente.credentials.jose.CompactJws;
import org.puente.credentials.jsonld.JsonSupport;
import org.puente.credentials.keys.Multikey;

/**
 * Verifies SD-JWT VC presentations (RFC 9901 §7; draft-ietf-oauth-sd-jwt-vc §3): the issuer's
 * signature with the key {@code kid} resolves to under {@code assertionMethod}, {@code iss} equal
 * to that key's controller, {@code exp}/{@code nbf}, every disclosure's digest, and the Key Binding
 * JWT — signature with the {@code cnf} key, {@code sd_hash}, {@code aud}, {@code nonce}, {@code
 * iat} freshness and first use. Returns only on success, with only the disclosed claims.
 */
public final class SdJwtVcVerifier {
  // One factory: JsonSupport.PROVIDER.createReader would look the provider up through ServiceLoader
  // on every call,
  // which measured as most of a VC-JWT verification.
  private static final JsonReaderFactory READERS =
      JsonSupport.PROVIDER.createReaderFactory(Map.of());

  private final DidDocumentResolver resolver;
  private final Clock clock;
  private final Duration maxKeyBindingAge;
  private final Duration leeway;
  private final ReplayGuard replayGuard;

  /**
   * @param resolver resolves the issuer's {@code kid}
   * @param clock the verifier's time
   * @param maxKeyBindingAge how old a KB-JWT's {@code iat} may be
   * @param leeway clock skew tolerated (for {@code iat} in the future, {@code exp}, {@code nbf})
   * @param replayGuard remembers accepted KB-JWTs
   */
  public SdJwtVcVerifier(
      DidDocumentResolver resolver,
      Clock clock,
      Duration maxKeyBindingAge,
      Duration leeway,
      ReplayGuard replayGuard) {
    this.resolver = Objects.requireNonNull(resolver, "resolver");
    this.clock = Objects.requireNonNull(clock, "clock");
    this.maxKeyBindingAge = Objects.requireNonNull(maxKeyBindingAge, "maxKeyBindingAge");
    this.leeway = Objects.requireNonNull(leeway, "leeway");
    this.replayGuard = Objects.requireNonNull(replayGuard, "replayGuard");
  }

  /** Verifies {@code presentation} against the verifier's expectations of its key binding. */
  public VerifiedSdJwtVc verify(String presentation, KeyBindingCheck check)
      throws CredentialException {
    SdJwt sdJwt = SdJwt.parse(presentation);
    CompactJws jws = CompactJws.parse(sdJwt.issuerJwt());
    jws.requireType(SdJwt.VC_TYPE);
    String kid = jws.headerString("kid");
    if (kid == null) {
      throw SdJwt.malformed("issuer-signed JWT lacks 'kid'");
    }
    jws.verify(resolver.verificationMethod(kid, DidDocumentResolver.ASSERTION_METHOD));
    Map<String, Object> payload = claims(jws.payloadText());
    String iss = string(payload, "iss");
    if (!iss.equals(DidDocumentResolver.didOf(kid))) {
      throw new CredentialException(
          Code.ISSUER_MISMATCH, "iss '" + iss + "' is not the controller of kid " + kid);
    }
    String vct = string(payload, "vct");
    checkTimes(payload);
    Object sdAlg = payload.getOrDefault("_sd_alg", "sha-256");
    if (!"sha-256".equals(sdAlg)) {
      throw new CredentialException(
          Code.UNSUPPORTED_ALGORITHM, "_sd_alg '" + sdAlg + "': expected sha-256");
    }
    DisclosureDigests.check(payload, sdJwt.disclosures());
    boolean keyBound = checkKeyBinding(presentation, sdJwt, payload, check);
    return new VerifiedSdJwtVc(iss, vct, disclosed(payload, sdJwt), keyBound);
  }

  private boolean checkKeyBinding(
      String presentation, SdJwt sdJwt, Map<String, Object> payload, KeyBindingCheck check)
      throws CredentialException {
    if (sdJwt.keyBindingJwt() == null) {
      if (check.required()) {
        throw new CredentialException(
            Code.KEY_BINDING_MISSING, "the verifier requires a Key Binding JWT; none was sent");
      }
      return false;
    }
    CompactJws kb = CompactJws.parse(sdJwt.keyBindingJwt());
    kb.requireType(SdJwt.KB_TYPE);
    try {
      kb.verify(holderKey(payload));
    } catch (CredentialException e) {
      throw new CredentialException(
          Code.KEY_BINDING_INVALID, "KB-JWT does not verify with cnf.jwk: " + e.getMessage(), e);
    }
    Map<String, Object> claims = claims(kb.payloadText());
    String expectedHash =
        SdJwt.sdHash(presentation.substring(0, presentation.lastIndexOf('~') + 1));
    if (!expectedHash.equals(claims.get("sd_hash"))) {
      throw new CredentialException(
          Code.KEY_BINDING_INVALID,
          "KB-JWT sd_hash " + claims.get("sd_hash") + ", expected " + expectedHash);
    }
    expect(claims, "aud", check.audience(), Code.AUDIENCE_MISMATCH);
    expect(claims, "nonce", check.nonce(), Code.NONCE_MISMATCH);
    Instant iat = epoch(claims, "iat");
    Instant now = clock.instant();
    if (iat.isBefore(now.minus(maxKeyBindingAge)) || iat.isAfter(now.plus(leeway))) {
      throw new CredentialException(
          Code.KEY_BINDING_STALE,
          "KB-JWT iat "
              + iat
              + " is outside [now - "
              + maxKeyBindingAge
              + ", now + "
              + leeway
              + "] at "
              + now);
    }
    replayGuard.firstUse(
        SdJwt.sdHash(sdJwt.keyBindingJwt()), iat.plus(maxKeyBindingAge).plus(leeway));
    return true;
  }

  private static Multikey holderKey(Map<String, Object> payload) throws CredentialException {
    if (payload.get("cnf") instanceof Map<?, ?> cnf && cnf.get("jwk") instanceof Map<?, ?> jwk) {
      Map<String, String> members = new LinkedHashMap<>();
      for (Map.Entry<?, ?> e : jwk.entrySet()) {
        if (e.getValue() instanceof String s) {
          members.put(String.valueOf(e.getKey()), s);
        }
      }
      return Multikey.fromJwk(members);
    }
    throw new CredentialException(
        Code.KEY_BINDING_INVALID, "a KB-JWT was sent but the credential has no cnf.jwk");
  }

  private static void expect(Map<String, Object> claims, String name, String expected, Code code)
      throws CredentialException {
    Object value = claims.get(name);
    if (!expected.equals(value)) {
      throw new CredentialException(
          code, "KB-JWT " + name + " '" + value + "', expected '" + expected + "'");
    }
  }

  private void checkTimes(Map<String, Object> payload) throws CredentialException {
    Instant now = clock.instant();
    if (payload.containsKey("exp") && now.minus(leeway).isAfter(epoch(payload, "exp"))) {
      throw new CredentialException(Code.EXPIRED, "exp " + epoch(payload, "exp") + " is past");
    }
    if (payload.containsKey("nbf") && now.plus(leeway).isBefore(epoch(payload, "nbf"))) {
      throw new CredentialException(Code.NOT_YET_VALID, "nbf " + epoch(payload, "nbf"));
    }
  }

  private static JsonObject disclosed(Map<String, Object> payload, SdJwt sdJwt)
      throws CredentialException {
    try {
      Map<String, Object> decoded = new SDObjectDecoder().decode(payload, sdJwt.disclosures());
      decoded.remove("_sd_alg");
      return READERS
          .createReader(new StringReader(JSONObjectUtils.toJSONString(decoded)))
          .readObject();
    } catch (RuntimeException e) {
      throw SdJwt.malformed("disclosures do not decode into the payload: " + e.getMessage());
    }
  }

  private static Map<String, Object> claims(String json) throws CredentialException {
    try {
      return JSONObjectUtils.parse(json);
    } catch (ParseException | RuntimeException e) {
      throw SdJwt.malformed("JWT payload is not a JSON object: " + e.getMessage());
    }
  }

  private static String string(Map<String, Object> claims, String name) throws CredentialException {
    if (!(claims.get(name) instanceof String s)) {
      throw SdJwt.malformed("claim '" + name + "' must be a string");
    }
    return s;
  }

  private static Instant epoch(Map<String, Object> claims, String name) throws CredentialException {
    if (!(claims.get(name) instanceof Number n)) {
      throw SdJwt.malformed("claim '" + name + "' must be a NumericDate");
    }
    return Instant.ofEpochSecond(n.longValue());
  }
}
