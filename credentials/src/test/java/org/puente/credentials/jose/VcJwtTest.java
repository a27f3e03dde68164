package org.puente.credentials.jose;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.puente.credentials.CredentialException;
import org.puente.credentials.CredentialException.Code;
import org.puente.credentials.did.DidDocumentResolver;
import org.puente.credentials.did.DidWebResolver;
import org.puente.credentials.did.KeyAndWebDidResolver;
import org.puente.credentials.keys.DidKey;
import org.puente.credentials.keys.KeyType;
import org.puente.credentials.keys.MultikeyPair;

class VcJwtTest {
  private static final SecureRandom RANDOM = new SecureRandom();
  private static final Instant NOW = Instant.parse("2026-06-01T12:00:00Z");
  private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();

  private final DidDocumentResolver resolver =
      new KeyAndWebDidResolver(DidWebResolver.builder(Clock.systemUTC()).build());

  private VcJwtVerifier verifierAt(Instant now) {
    return new VcJwtVerifier(
        resolver, Clock.fixed(now, ZoneOffset.UTC), PayloadValidator.NONE, Duration.ZERO);
  }

  private static MultikeyPair key(KeyType type) {
    return MultikeyPair.generate(type, RANDOM);
  }

  private static JsonObject credentialOf(MultikeyPair key) {
    return SampleCredentials.usmcaCertificate(DidKey.did(key.publicKey()), 8);
  }

  @ParameterizedTest
  @EnumSource(KeyType.class)
  void verifyCredential_roundTrip_returnsPayloadAndKey(KeyType type) throws Exception {
    MultikeyPair issuer = key(type);
    JsonObject credential = credentialOf(issuer);

    String jwt = VcJwt.signCredential(credential, issuer);
    VerifiedJwt verified = verifierAt(NOW).verifyCredential(jwt);

    assertThat(verified.payload()).isEqualTo(credential);
    assertThat(verified.algorithm()).isEqualTo(type.joseAlg());
    assertThat(verified.keyId()).isEqualTo(issuer.verificationMethod());
    assertThat(verified.key()).isEqualTo(issuer.publicKey());
    assertThat(verified.controller()).isEqualTo(DidKey.did(issuer.publicKey()));
    JsonObject header = decodeJson(jwt.split("\\.")[0]);
    assertThat(header.getString("typ")).isEqualTo("vc+jwt");
    assertThat(header.getString("cty")).isEqualTo("vc");
    assertThat(header.getString("kid")).isEqualTo(issuer.verificationMethod());
  }

  @Test
  void verifyPresentation_roundTrip_bindsHolder() throws Exception {
    MultikeyPair holder = key(KeyType.ED25519);
    JsonObject vp =
        Json.createObjectBuilder()
            .add("@context", Json.createArrayBuilder().add("https://www.w3.org/ns/credentials/v2"))
            .add("type", Json.createArrayBuilder().add("VerifiablePresentation"))
            .add("holder", DidKey.did(holder.publicKey()))
            .build();

    VerifiedJwt verified = verifierAt(NOW).verifyPresentation(VcJwt.signPresentation(vp, holder));

    assertThat(verified.controller()).isEqualTo(DidKey.did(holder.publicKey()));
    assertThat(verified.payload()).isEqualTo(vp);
  }

  @Test
  void verifyCredential_tamperedPayload_invalidSignature() throws Exception {
    MultikeyPair issuer = key(KeyType.ED25519);
    String[] parts = VcJwt.signCredential(credentialOf(issuer), issuer).split("\\.");
    JsonObject tampered =
        Json.createObjectBuilder(decodeJson(parts[1]))
            .add("validUntil", "2099-01-01T00:00:00Z")
            .build();
    String jwt = parts[0] + "." + encode(tampered.toString()) + "." + parts[2];

    assertCode(() -> verifierAt(NOW).verifyCredential(jwt), Code.INVALID_SIGNATURE);
  }

  @Test
  void verifyCredential_signedByAnotherKeyUnderSameKid_invalidSignature() throws Exception {
    MultikeyPair issuer = key(KeyType.P256);
    MultikeyPair impostor = key(KeyType.P256).withVerificationMethod(issuer.verificationMethod());

    String jwt = VcJwt.signCredential(credentialOf(issuer), impostor);

    assertCode(() -> verifierAt(NOW).verifyCredential(jwt), Code.INVALID_SIGNATURE);
  }

  @Test
  void verifyCredential_issuerIsNotKidController_issuerMismatch() throws Exception {
    MultikeyPair issuer = key(KeyType.ED25519);
    MultikeyPair other = key(KeyType.ED25519);
    JsonObject claimsOther = credentialOf(other);
    String[] parts = VcJwt.signCredential(credentialOf(issuer), issuer).split("\\.");
    String resigned = resign(parts[0], claimsOther.toString(), issuer);

    assertCode(() -> verifierAt(NOW).verifyCredential(resigned), Code.ISSUER_MISMATCH);
    assertCode(() -> VcJwt.signCredential(claimsOther, issuer), Code.ISSUER_MISMATCH);
  }

  @Test
  void verifyCredential_issClaimDisagrees_issuerMismatch() throws Exception {
    MultikeyPair issuer = key(KeyType.ED25519);
    String[] parts = VcJwt.signCredential(credentialOf(issuer), issuer).split("\\.");
    JsonObject withIss =
        Json.createObjectBuilder(credentialOf(issuer))
            .add("iss", "did:web:elsewhere.example")
            .build();

    assertCode(
        () -> verifierAt(NOW).verifyCredential(resign(parts[0], withIss.toString(), issuer)),
        Code.ISSUER_MISMATCH);
  }

  @Test
  void verifyCredential_algNone_refused() {
    MultikeyPair issuer = key(KeyType.ED25519);
    String jwt = handMade("none", issuer) + ".";

    assertCode(() -> verifierAt(NOW).verifyCredential(jwt), Code.UNSUPPORTED_ALGORITHM);
  }

  @Test
  void verifyCredential_hmacAlgorithm_refused() {
    MultikeyPair issuer = key(KeyType.ED25519);
    String jwt = handMade("HS256", issuer) + ".c2ln";

    assertCode(() -> verifierAt(NOW).verifyCredential(jwt), Code.UNSUPPORTED_ALGORITHM);
  }

  @Test
  void verifyCredential_algDoesNotMatchKeyType_algorithmKeyMismatch() {
    MultikeyPair issuer = key(KeyType.ED25519);
    String input = handMade("ES256", issuer);
    String jwt =
        input + "." + B64.encodeToString(issuer.sign(input.getBytes(StandardCharsets.US_ASCII)));

    assertCode(() -> verifierAt(NOW).verifyCredential(jwt), Code.ALGORITHM_KEY_MISMATCH);
  }

  /** {@code header.payload} with the given alg, the issuer's kid and its credential. */
  private static String handMade(String alg, MultikeyPair issuer) {
    String header =
        String.format(
            java.util.Locale.ROOT,
            "{\"alg\":\"%s\",\"typ\":\"vc+jwt\",\"kid\":\"%s\"}",
            alg,
            issuer.verificationMethod());
    return encode(header) + "." + encode(credentialOf(issuer).toString());
  }

  @Test
  void verifyCredential_pastValidUntil_expired() throws Exception {
    MultikeyPair issuer = key(KeyType.ED25519);
    String jwt = VcJwt.signCredential(credentialOf(issuer), issuer);

    assertCode(
        () -> verifierAt(Instant.parse("2027-01-01T00:00:01Z")).verifyCredential(jwt),
        Code.EXPIRED);
  }

  @Test
  void verifyCredential_beforeValidFrom_notYetValid() throws Exception {
    MultikeyPair issuer = key(KeyType.ED25519);
    String jwt = VcJwt.signCredential(credentialOf(issuer), issuer);

    assertCode(
        () -> verifierAt(Instant.parse("2025-12-31T23:59:59Z")).verifyCredential(jwt),
        Code.NOT_YET_VALID);
  }

  @Test
  void verifyCredential_expClaimEarlierThanValidUntil_expired() throws Exception {
    MultikeyPair issuer = key(KeyType.ED25519);
    String[] parts = VcJwt.signCredential(credentialOf(issuer), issuer).split("\\.");
    JsonObject withExp =
        Json.createObjectBuilder(credentialOf(issuer))
            .add("exp", NOW.minusSeconds(1).getEpochSecond())
            .build();

    assertCode(
        () -> verifierAt(NOW).verifyCredential(resign(parts[0], withExp.toString(), issuer)),
        Code.EXPIRED);
  }

  @Test
  void verifyCredential_presentationTyp_refusedAsMalformed() throws Exception {
    MultikeyPair issuer = key(KeyType.ED25519);
    String jwt = VcJwt.signPresentation(credentialOf(issuer), issuer);

    assertCode(() -> verifierAt(NOW).verifyCredential(jwt), Code.MALFORMED_JWT);
  }

  @Test
  void verifyCredential_garbage_malformed() {
    assertCode(() -> verifierAt(NOW).verifyCredential("not.a.jwt!"), Code.MALFORMED_JWT);
    assertCode(() -> verifierAt(NOW).verifyCredential("onlyonepart"), Code.MALFORMED_JWT);
  }

  @Test
  void verifyCredential_validatorRejects_itsCodeSurfaces() throws Exception {
    MultikeyPair issuer = key(KeyType.ED25519);
    String jwt = VcJwt.signCredential(credentialOf(issuer), issuer);
    VcJwtVerifier strict =
        new VcJwtVerifier(
            resolver,
            Clock.fixed(NOW, ZoneOffset.UTC),
            payload -> {
              throw new CredentialException(Code.MALFORMED_INPUT, "no credentialStatus");
            },
            Duration.ZERO);

    assertCode(() -> strict.verifyCredential(jwt), Code.MALFORMED_INPUT);
  }

  private static String resign(String header, String payloadJson, MultikeyPair key) {
    String input = header + "." + encode(payloadJson);
    return input + "." + B64.encodeToString(key.sign(input.getBytes(StandardCharsets.US_ASCII)));
  }

  private static String encode(String text) {
    return B64.encodeToString(text.getBytes(StandardCharsets.UTF_8));
  }

  private static JsonObject decodeJson(String part) {
    return Json.createReader(
            new java.io.StringReader(
                new String(Base64.getUrlDecoder().decode(part), StandardCharsets.UTF_8)))
        .readObject();
  }

  static void assertCode(ThrowingCallable call, Code code) {
    assertThatThrownBy(call)
        .isInstanceOfSatisfying(
            CredentialException.class, e -> assertThat(e.code()).isEqualTo(code));
  }
}
