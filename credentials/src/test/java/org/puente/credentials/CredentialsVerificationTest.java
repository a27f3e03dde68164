package org.puente.credentials;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.puente.credentials.CredentialException.Code;
import org.puente.credentials.di.Cryptosuite;
import org.puente.credentials.di.ProofOptions;
import org.puente.credentials.di.ProofPurpose;
import org.puente.credentials.jsonld.JsonLimits;
import org.puente.credentials.keys.DidKey;
import org.puente.credentials.keys.KeyType;
import org.puente.credentials.keys.MultikeyPair;
import org.puente.credentials.vc.Check;
import org.puente.credentials.vc.CheckResult.Outcome;
import org.puente.credentials.vc.VerificationReport;
import org.puente.credentials.vc.VerifiedCredential;

/** Issue and verify through the facade: the happy path and one fixture per failure mode. */
class CredentialsVerificationTest {
  static final Instant NOW = Instant.parse("2026-06-15T12:00:00Z");
  static final MultikeyPair MILL = key(KeyType.ED25519, 1);
  static final MultikeyPair OTHER = key(KeyType.ED25519, 2);
  static final Credentials CREDENTIALS = credentials(NOW);

  static MultikeyPair key(KeyType type, int fill) {
    byte[] secret = new byte[type.secretLength()];
    java.util.Arrays.fill(secret, (byte) fill);
    return MultikeyPair.fromSecret(type, secret, null);
  }

  static Credentials credentials(Instant now) {
    return Credentials.builder().clock(Clock.fixed(now, ZoneOffset.UTC)).build();
  }

  /** The USMCA certification of origin, issued by {@code signer}'s DID, unsigned. */
  static JsonObject usmca(MultikeyPair issuer) {
    JsonObject vc = TestFixtures.resource("/credentials/usmca-certification-of-origin.json");
    JsonObject issuerObject =
        Json.createObjectBuilder(vc.getJsonObject("issuer"))
            .add("id", DidKey.did(issuer.publicKey()))
            .build();
    return Json.createObjectBuilder(vc).add("issuer", issuerObject).build();
  }

  static JsonObject signed(MultikeyPair key, Cryptosuite suite) {
    try {
      return CREDENTIALS.issue(usmca(key), key, suite);
    } catch (CredentialException e) {
      throw new IllegalStateException(e);
    }
  }

  static JsonObject with(JsonObject object, String name, JsonValue value) {
    return Json.createObjectBuilder(object).add(name, value).build();
  }

  static JsonObject withProof(JsonObject vc, String name, String value) {
    return with(vc, "proof", with(vc.getJsonObject("proof"), name, Json.createValue(value)));
  }

  @ParameterizedTest
  @EnumSource(names = {"ED25519", "P256", "P384"})
  void issue_thenVerify_everyCheckPassesOrDoesNotApply(KeyType type) throws Exception {
    MultikeyPair key = key(type, 7);
    Cryptosuite suite =
        type == KeyType.ED25519 ? Cryptosuite.EDDSA_RDFC_2022 : Cryptosuite.ECDSA_RDFC_2019;
    JsonObject signed = CREDENTIALS.issue(usmca(key), key, suite);

    VerifiedCredential verified = CREDENTIALS.verify(signed);

    assertThat(verified.issuer()).isEqualTo(DidKey.did(key.publicKey()));
    assertThat(verified.proof().proof().cryptosuite()).isEqualTo(suite);
    assertThat(verified.report().checks())
        .extracting(c -> c.outcome())
        .containsExactly(
            Outcome.PASSED,
            Outcome.PASSED,
            Outcome.PASSED,
            Outcome.PASSED,
            Outcome.NOT_APPLICABLE,
            Outcome.NOT_APPLICABLE);
    assertThat(signed.getJsonObject("proof").getString("created"))
        .isEqualTo("2026-06-15T12:00:00Z");
  }

  @Test
  @DisplayName("Reordered but equivalent JSON (object keys and array items) still verifies")
  void verify_reorderedJson_stillVerifies() throws Exception {
    JsonObject signed = signed(MILL, Cryptosuite.EDDSA_RDFC_2022);
    JsonObject reordered = (JsonObject) reverse(signed, false);

    assertThat(reordered.toString()).isNotEqualTo(signed.toString());
    assertThat(CREDENTIALS.verify(reordered).issuer()).isEqualTo(DidKey.did(MILL.publicKey()));
  }

  /** Reverses object keys everywhere, and array items except under @context (ordered). */
  static JsonValue reverse(JsonValue value, boolean ordered) {
    if (value instanceof JsonObject object) {
      List<String> keys = new ArrayList<>(object.keySet());
      Collections.reverse(keys);
      JsonObjectBuilder b = Json.createObjectBuilder();
      keys.forEach(k -> b.add(k, reverse(object.get(k), k.equals("@context"))));
      return b.build();
    }
    if (value instanceof JsonArray array) {
      List<JsonValue> items = new ArrayList<>(array);
      if (!ordered) {
        Collections.reverse(items);
      }
      JsonArrayBuilder b = Json.createArrayBuilder();
      items.forEach(i -> b.add(reverse(i, false)));
      return b.build();
    }
    return value;
  }

  static Stream<Arguments> failureModes() {
    JsonObject good = signed(MILL, Cryptosuite.EDDSA_RDFC_2022);
    JsonObject subject = good.getJsonObject("credentialSubject");
    return Stream.of(
        failure(
            "tampered value",
            Check.SIGNATURE,
            Code.INVALID_SIGNATURE,
            vc ->
                with(
                    vc,
                    "credentialSubject",
                    with(subject, "invoiceNumber", Json.createValue("ADN-2026-999999")))),
        failure(
            "wrong key",
            Check.SIGNATURE,
            Code.INVALID_SIGNATURE,
            vc ->
                withProof(
                    vc, "verificationMethod", DidKey.verificationMethodId(OTHER.publicKey()))),
        failure(
            "key not controlled by the issuer",
            Check.ISSUER_BINDING,
            Code.ISSUER_NOT_CONTROLLER,
            vc -> signedByOther()),
        failure(
            "wrong proof purpose",
            Check.SIGNATURE,
            Code.WRONG_PROOF_PURPOSE,
            vc -> signedWith(new ProofOptions(ProofPurpose.AUTHENTICATION, NOW, null, "c", "d"))),
        failure(
            "proof expired",
            Check.SIGNATURE,
            Code.PROOF_NOT_IN_TIME,
            vc ->
                signedWith(
                    new ProofOptions(
                        ProofPurpose.ASSERTION_METHOD,
                        NOW.minusSeconds(7200),
                        NOW.minusSeconds(3600),
                        null,
                        null))),
        failure(
            "proof created in the future (beyond the clock-skew allowance)",
            Check.SIGNATURE,
            Code.PROOF_CREATED_IN_FUTURE,
            vc ->
                signedWith(
                    new ProofOptions(
                        ProofPurpose.ASSERTION_METHOD, NOW.plusSeconds(3600), null, null, null))),
        failure(
            "unknown context",
            Check.SIGNATURE,
            Code.UNKNOWN_CONTEXT,
            vc ->
                with(
                    vc,
                    "@context",
                    Json.createArrayBuilder(vc.getJsonArray("@context"))
                        .add("urn:example:context")
                        .build())),
        failure(
            "remote context",
            Check.SIGNATURE,
            Code.REMOTE_CONTEXT,
            vc ->
                with(
                    vc,
                    "@context",
                    Json.createArrayBuilder(vc.getJsonArray("@context"))
                        .add("https://example.com/contexts/v1")
                        .build())),
        failure(
            "malformed multibase",
            Check.SIGNATURE,
            Code.MALFORMED_MULTIBASE,
            vc -> withProof(vc, "proofValue", "z0OIl")),
        failure(
            "proofValue not base58btc",
            Check.SIGNATURE,
            Code.MALFORMED_MULTIBASE,
            vc -> withProof(vc, "proofValue", "uAAAA")),
        failure(
            "unsupported cryptosuite",
            Check.SIGNATURE,
            Code.UNSUPPORTED_CRYPTOSUITE,
            vc -> withProof(vc, "cryptosuite", "eddsa-jcs-2022")),
        failure(
            "no proof",
            Check.SIGNATURE,
            Code.MALFORMED_PROOF,
            vc -> org.puente.credentials.di.DataIntegrityTestAccess.without(vc, "proof")),
        failure(
            "first context not VC 2.0",
            Check.STRUCTURE,
            Code.INVALID_CONTEXT,
            vc ->
                with(
                    vc,
                    "@context",
                    Json.createArrayBuilder()
                        .add("https://www.w3.org/2018/credentials/v1")
                        .build())),
        failure(
            "type lacks VerifiableCredential",
            Check.STRUCTURE,
            Code.INVALID_TYPE,
            vc -> with(vc, "type", Json.createValue("UsmcaCertificationOfOrigin"))),
        failure(
            "issuer not a URL",
            Check.STRUCTURE,
            Code.INVALID_ISSUER,
            vc -> with(vc, "issuer", Json.createValue("Aceros del Norte"))),
        failure(
            "validFrom not a dateTimeStamp",
            Check.STRUCTURE,
            Code.INVALID_DATETIME,
            vc -> with(vc, "validFrom", Json.createValue("2026-01-01"))),
        failure(
            "validUntil before validFrom",
            Check.STRUCTURE,
            Code.INVALID_VALIDITY_PERIOD,
            vc -> with(vc, "validUntil", Json.createValue("2025-01-01T00:00:00Z"))),
        failure(
            "no credentialSubject",
            Check.STRUCTURE,
            Code.MISSING_SUBJECT,
            vc -> with(vc, "credentialSubject", Json.createArrayBuilder().build())),
        failure(
            "credentialStatus without type",
            Check.STRUCTURE,
            Code.INVALID_STATUS,
            vc ->
                with(
                    vc,
                    "credentialStatus",
                    Json.createObjectBuilder().add("id", "https://x.example/1").build())),
        failure(
            "credentialSchema without id",
            Check.STRUCTURE,
            Code.INVALID_SCHEMA,
            vc ->
                with(
                    vc,
                    "credentialSchema",
                    Json.createObjectBuilder().add("type", "JsonSchema").build())),
        failure(
            "oversized input (too many values)",
            Check.SIGNATURE,
            Code.INPUT_TOO_LARGE,
            vc -> with(vc, "credentialSubject", with(subject, "goods", manyItems(25_000)))));
  }

  static Arguments failure(String name, Check check, Code code, UnaryOperator<JsonObject> fixture) {
    return Arguments.of(name, check, code, fixture);
  }

  static JsonArray manyItems(int n) {
    JsonArrayBuilder b = Json.createArrayBuilder();
    for (int i = 0; i < n; i++) {
      b.add(i);
    }
    return b.build();
  }

  static JsonObject signedByOther() {
    try {
      return Credentials.builder()
          .clock(Clock.fixed(NOW, ZoneOffset.UTC))
          .bindIssuerToKey(false)
          .build()
          .issue(usmca(MILL), OTHER, Cryptosuite.EDDSA_RDFC_2022);
    } catch (CredentialException e) {
      throw new IllegalStateException(e);
    }
  }

  static JsonObject signedWith(ProofOptions options) {
    try {
      return CREDENTIALS.issue(usmca(MILL), MILL, Cryptosuite.EDDSA_RDFC_2022, options);
    } catch (CredentialException e) {
      throw new IllegalStateException(e);
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("failureModes")
  void verify_failureMode_reportsItsCheckAndCode(
      String name, Check check, Code code, UnaryOperator<JsonObject> fixture) {
    JsonObject bad = fixture.apply(signed(MILL, Cryptosuite.EDDSA_RDFC_2022));

    VerificationReport report = CREDENTIALS.report(bad);

    assertThat(report.verified()).isFalse();
    assertThat(report.firstFailure().orElseThrow().check()).isEqualTo(check);
    assertThat(report.firstFailure().orElseThrow().code()).isEqualTo(code);
    assertThat(report.toJson().getJsonObject("error").getString("code")).isEqualTo(code.name());
    assertThatThrownBy(() -> CREDENTIALS.verify(bad))
        .isInstanceOfSatisfying(
            CredentialException.class, e -> assertThat(e.code()).isEqualTo(code));
  }

  @Test
  void verify_afterValidUntil_isExpired() {
    JsonObject signed = signed(MILL, Cryptosuite.EDDSA_RDFC_2022);
    VerificationReport report = credentials(Instant.parse("2027-01-01T00:00:00Z")).report(signed);
    assertThat(report.firstFailure().orElseThrow().code()).isEqualTo(Code.CREDENTIAL_EXPIRED);
    assertThat(report.firstFailure().orElseThrow().check()).isEqualTo(Check.VALIDITY_PERIOD);
  }

  @Test
  void verify_beforeValidFrom_isNotYetValid() {
    // signed (proof created) before validFrom, so only the validity period is in the way
    JsonObject signed =
        signedWith(
            new ProofOptions(
                ProofPurpose.ASSERTION_METHOD,
                Instant.parse("2025-12-30T00:00:00Z"),
                null,
                null,
                null));
    VerificationReport report = credentials(Instant.parse("2025-12-31T00:00:00Z")).report(signed);
    assertThat(report.firstFailure().orElseThrow().code()).isEqualTo(Code.CREDENTIAL_NOT_YET_VALID);
  }

  @Test
  void verify_statusWithoutChecker_isNotCheckedNeverPassed() throws Exception {
    JsonObject unsigned =
        with(
            usmca(MILL),
            "credentialStatus",
            Json.createObjectBuilder()
                .add("id", "https://status.example/1#94567")
                .add("type", "BitstringStatusListEntry")
                .add("statusPurpose", "revocation")
                .add("statusListIndex", "94567")
                .add("statusListCredential", "https://status.example/1")
                .build());
    JsonObject signed = CREDENTIALS.issue(unsigned, MILL, Cryptosuite.EDDSA_RDFC_2022);

    VerificationReport report = CREDENTIALS.report(signed);
    assertThat(report.result(Check.STATUS).outcome()).isEqualTo(Outcome.NOT_CHECKED);

    Credentials withChecker =
        Credentials.builder()
            .clock(Clock.fixed(NOW, ZoneOffset.UTC))
            .statusChecker(
                (vc, entry) -> {
                  throw new CredentialException(
                      Code.INVALID_STATUS, "revoked: " + entry.getString("statusListIndex"));
                })
            .build();
    assertThat(withChecker.report(signed).firstFailure().orElseThrow().check())
        .isEqualTo(Check.STATUS);
  }

  @Test
  void read_oversizedOrTooDeep_isInputTooLarge() {
    byte[] big = ("{\"a\":\"" + "x".repeat(2 << 20) + "\"}").getBytes(StandardCharsets.UTF_8);
    assertThatThrownBy(() -> CREDENTIALS.read(new ByteArrayInputStream(big)))
        .isInstanceOfSatisfying(
            CredentialException.class, e -> assertThat(e.code()).isEqualTo(Code.INPUT_TOO_LARGE));
    String deep = "{\"a\":".repeat(40) + "1" + "}".repeat(40);
    assertThatThrownBy(() -> JsonLimits.DEFAULT.readObject(deep.getBytes(StandardCharsets.UTF_8)))
        .isInstanceOfSatisfying(
            CredentialException.class, e -> assertThat(e.code()).isEqualTo(Code.INPUT_TOO_LARGE));
  }

  @Test
  void issue_issuerNotSignerController_isRefused() {
    assertThatThrownBy(() -> CREDENTIALS.issue(usmca(MILL), OTHER, Cryptosuite.EDDSA_RDFC_2022))
        .isInstanceOfSatisfying(
            CredentialException.class,
            e -> assertThat(e.code()).isEqualTo(Code.ISSUER_NOT_CONTROLLER));
  }

  @Test
  @DisplayName("A property no context defines is refused, at issue and at verification (safe mode)")
  void undefinedTerm_isRefusedNotSilentlyUnsigned() throws Exception {
    JsonObject unsigned = usmca(MILL);
    JsonObject subject =
        Json.createObjectBuilder(unsigned.getJsonObject("credentialSubject"))
            .add("heatNumberUnmapped", "24A117")
            .build();
    JsonObject withUndefined = with(unsigned, "credentialSubject", subject);
    assertThatThrownBy(() -> CREDENTIALS.issue(withUndefined, MILL, Cryptosuite.EDDSA_RDFC_2022))
        .isInstanceOfSatisfying(
            CredentialException.class, e -> assertThat(e.code()).isEqualTo(Code.UNDEFINED_TERM));
    JsonObject signed = signed(MILL, Cryptosuite.EDDSA_RDFC_2022);
    JsonObject added =
        with(
            signed,
            "credentialSubject",
            Json.createObjectBuilder(signed.getJsonObject("credentialSubject"))
                .add("heatNumberUnmapped", "99Z999")
                .build());
    assertThat(CREDENTIALS.report(added).verified()).isFalse();
  }
}
