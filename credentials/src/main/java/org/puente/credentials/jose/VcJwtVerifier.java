package org.puente.credentials.jose;

import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonReaderFactory;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.Objects;
import org.puente.credentials.CredentialException;
import org.puente.credentials.CredentialException.Code;
import org.puente.credentials.did.DidDocumentResolver;
import org.puente.credentials.jsonld.JsonSupport;
import org.puente.credentials.keys.Multikey;

/**
 * Verifies VC-JWTs and VP-JWTs (VC-JOSE-COSE §3.1): explicit {@code typ}, a supported {@code alg},
 * {@code kid} resolved through a {@link DidDocumentResolver} under the right relationship ({@code
 * assertionMethod} for credentials, {@code authentication} for presentations), the signature, the
 * binding of {@code kid}'s controller to {@code issuer} (or {@code holder}) and {@code iss}, and
 * the validity period ({@code validFrom}/{@code validUntil}, {@code nbf}/{@code exp}) on an
 * injected clock. It returns only on success.
 */
public final class VcJwtVerifier {
  // One factory: JsonSupport.PROVIDER.createReader would look the provider up through ServiceLoader
  // on every call,
  // which measured as most of a VC-JWT verification.
  private static final JsonReaderFactory READERS =
      JsonSupport.PROVIDER.createReaderFactory(Map.of());

  private final DidDocumentResolver resolver;
  private final Clock clock;
  private final PayloadValidator validator;
  private final Duration leeway;

  /**
   * @param resolver resolves {@code kid}
   * @param clock the verifier's time
   * @param validator structural validation of the payload ({@link PayloadValidator#NONE} leaves it
   *     to the caller)
   * @param leeway clock skew tolerated on validity-period checks (zero is strictest)
   */
  public VcJwtVerifier(
      DidDocumentResolver resolver, Clock clock, PayloadValidator validator, Duration leeway) {
    this.resolver = Objects.requireNonNull(resolver, "resolver");
    this.clock = Objects.requireNonNull(clock, "clock");
    this.validator = Objects.requireNonNull(validator, "validator");
    if (leeway.isNegative()) {
      throw new IllegalArgumentException("leeway must not be negative: " + leeway);
    }
    this.leeway = leeway;
  }

  /** Verifies a VC-JWT ({@code typ} {@code vc+jwt}). */
  public VerifiedJwt verifyCredential(String jwt) throws CredentialException {
    return verify(jwt, VcJwt.CREDENTIAL_TYPE, "issuer", DidDocumentResolver.ASSERTION_METHOD);
  }

  /** Verifies a VP-JWT ({@code typ} {@code vp+jwt}); the enveloped credentials are not. */
  public VerifiedJwt verifyPresentation(String jwt) throws CredentialException {
    return verify(jwt, VcJwt.PRESENTATION_TYPE, "holder", DidDocumentResolver.AUTHENTICATION);
  }

  private VerifiedJwt verify(String jwt, String typ, String partyMember, String relationship)
      throws CredentialException {
    CompactJws jws = CompactJws.parse(jwt);
    jws.requireType(typ);
    String kid = jws.headerString("kid");
    if (kid == null) {
      throw CompactJws.malformed("JWS header lacks 'kid' (the verification method)");
    }
    Multikey key = resolver.verificationMethod(kid, relationship);
    jws.verify(key);
    JsonObject payload = parsePayload(jws.payloadText());
    String controller = DidDocumentResolver.didOf(kid);
    checkParty(payload, partyMember, controller);
    checkValidity(payload);
    validator.validate(payload);
    return new VerifiedJwt(payload, jws.algorithm(), kid, key, controller);
  }

  private static JsonObject parsePayload(String text) throws CredentialException {
    try (JsonReader reader = READERS.createReader(new StringReader(text))) {
      return reader.readObject();
    } catch (JsonException | IllegalStateException e) {
      throw CompactJws.malformed("JWT payload is not a JSON object: " + e.getMessage());
    }
  }

  private static void checkParty(JsonObject payload, String member, String controller)
      throws CredentialException {
    boolean credential = member.equals("issuer");
    String party = VcJwt.partyId(payload, member, credential);
    if (party != null && !party.equals(controller)) {
      throw new CredentialException(
          Code.ISSUER_MISMATCH,
          member + " '" + party + "' is not the controller of kid, '" + controller + "'");
    }
    JsonValue iss = payload.get("iss");
    if (iss != null && !(iss instanceof JsonString s && s.getString().equals(controller))) {
      throw new CredentialException(
          Code.ISSUER_MISMATCH, "JWT iss " + iss + " is not the controller of kid, " + controller);
    }
  }

  // VC 2.0 §4.9 validity period; RFC 7519 §4.1.4 exp and §4.1.5 nbf.
  private void checkValidity(JsonObject payload) throws CredentialException {
    Instant now = clock.instant();
    Instant from = latest(dateTime(payload, "validFrom"), epoch(payload, "nbf"));
    Instant until = earliest(dateTime(payload, "validUntil"), epoch(payload, "exp"));
    if (from != null && now.plus(leeway).isBefore(from)) {
      throw new CredentialException(
          Code.NOT_YET_VALID, "valid from " + from + ", verifier time is " + now);
    }
    if (until != null && now.minus(leeway).isAfter(until)) {
      throw new CredentialException(
          Code.EXPIRED, "valid until " + until + ", verifier time is " + now);
    }
  }

  private static Instant dateTime(JsonObject payload, String member) throws CredentialException {
    JsonValue value = payload.get(member);
    if (value == null) {
      return null;
    }
    try {
      return OffsetDateTime.parse(((JsonString) value).getString()).toInstant();
    } catch (ClassCastException | DateTimeParseException e) {
      throw new CredentialException(
          Code.MALFORMED_INPUT, "'" + member + "' must be an XML Schema dateTimeStamp: " + value);
    }
  }

  private static Instant epoch(JsonObject payload, String claim) throws CredentialException {
    JsonValue value = payload.get(claim);
    if (value == null) {
      return null;
    }
    if (!(value instanceof JsonNumber n) || !n.isIntegral()) {
      throw CompactJws.malformed("JWT claim '" + claim + "' must be a NumericDate: " + value);
    }
    try {
      return Instant.ofEpochSecond(n.longValueExact());
    } catch (ArithmeticException | java.time.DateTimeException e) {
      throw CompactJws.malformed("JWT claim '" + claim + "' is out of range: " + value);
    }
  }

  private static Instant latest(Instant a, Instant b) {
    return a == null ? b : b == null ? a : a.isAfter(b) ? a : b;
  }

  private static Instant earliest(Instant a, Instant b) {
    return a == null ? b : b == null ? a : a.isBefore(b) ? a : b;
  }
}
