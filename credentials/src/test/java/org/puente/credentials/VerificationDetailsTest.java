package org.puente.credentials;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.json.JsonObject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.puente.credentials.CredentialException.Code;
import org.puente.credentials.di.Cryptosuite;
import org.puente.credentials.di.ProofOptions;
import org.puente.credentials.di.ProofPurpose;
import org.puente.credentials.jsonld.JsonSupport;
import org.puente.credentials.keys.KeyType;
import org.puente.credentials.keys.MultikeyPair;
import org.puente.credentials.vc.Check;
import org.puente.credentials.vc.CheckResult;
import org.puente.credentials.vc.CheckResult.Outcome;

/** A proof's {@code created} against the clock-skew allowance, and {@code credentialSchema}. */
class VerificationDetailsTest {
  private static final Instant NOW = CredentialsVerificationTest.NOW;
  private static final MultikeyPair MILL = CredentialsVerificationTest.key(KeyType.ED25519, 1);
  private static final String SCHEMA_ID =
      "https://w3id.org/puente/schemas/usmca-certification-of-origin/v1";
  private static final SchemaResolver SCHEMAS =
      new SubjectSchemas(List.of(TestFixtures.resource("/schemas/usmca-subject.json")));

  @Test
  void verify_createdWithinTheSkewAllowance_verifies() throws Exception {
    JsonObject signed = signedAt(NOW.plusSeconds(60));

    assertThat(facade(b -> b).verify(signed).report().firstFailure()).isEmpty();
  }

  @Test
  void verify_createdBeyondAConfiguredSkew_refusedWithItsCode() throws Exception {
    JsonObject signed = signedAt(NOW.plusSeconds(60));

    assertThatThrownBy(() -> facade(b -> b.clockSkew(Duration.ofSeconds(30))).verify(signed))
        .isInstanceOf(CredentialException.class)
        .extracting(e -> ((CredentialException) e).code())
        .isEqualTo(Code.PROOF_CREATED_IN_FUTURE);
  }

  @Test
  void verify_subjectMatchesItsLocalSchema_schemaPassed() throws Exception {
    JsonObject signed = signed(withSchema(CredentialsVerificationTest.usmca(MILL), SCHEMA_ID));

    CheckResult schema = schemaCheck(facade(b -> b.schemaResolver(SCHEMAS)), signed);

    assertThat(schema.outcome()).isEqualTo(Outcome.PASSED);
  }

  @Test
  void verify_subjectBreaksItsSchema_refusedWithItsCode() throws Exception {
    JsonObject usmca = CredentialsVerificationTest.usmca(MILL);
    JsonObject subject = usmca.getJsonObject("credentialSubject");
    JsonObject broken =
        CredentialsVerificationTest.with(
            usmca, "credentialSubject", JsonSupport.without(subject, "certifierRole"));
    JsonObject signed = signed(withSchema(broken, SCHEMA_ID));
    Credentials credentials = facade(b -> b.schemaResolver(SCHEMAS));

    assertThatThrownBy(() -> credentials.verify(signed))
        .isInstanceOf(CredentialException.class)
        .hasMessageContaining("certifierRole is required")
        .extracting(e -> ((CredentialException) e).code())
        .isEqualTo(Code.SCHEMA_VALIDATION_FAILED);
    assertThat(schemaCheck(credentials, signed).outcome()).isEqualTo(Outcome.FAILED);
  }

  @Test
  void verify_schemaNotHeldLocally_notCheckedRatherThanPassed() throws Exception {
    JsonObject signed =
        signed(withSchema(CredentialsVerificationTest.usmca(MILL), "https://x.example/other"));

    assertThat(schemaCheck(facade(b -> b.schemaResolver(SCHEMAS)), signed).outcome())
        .isEqualTo(Outcome.NOT_CHECKED);
    assertThat(schemaCheck(facade(b -> b), signed).outcome()).isEqualTo(Outcome.NOT_CHECKED);
  }

  private static CheckResult schemaCheck(Credentials credentials, JsonObject signed) {
    return credentials.report(signed).checks().stream()
        .filter(c -> c.check() == Check.SCHEMA)
        .findFirst()
        .orElseThrow();
  }

  private static Credentials facade(java.util.function.UnaryOperator<Credentials.Builder> options) {
    return options.apply(Credentials.builder().clock(Clock.fixed(NOW, ZoneOffset.UTC))).build();
  }

  private static JsonObject signedAt(Instant created) throws CredentialException {
    return facade(b -> b)
        .issue(
            CredentialsVerificationTest.usmca(MILL),
            MILL,
            Cryptosuite.EDDSA_RDFC_2022,
            new ProofOptions(ProofPurpose.ASSERTION_METHOD, created, null, null, null));
  }

  private static JsonObject signed(JsonObject unsigned) throws CredentialException {
    return facade(b -> b).issue(unsigned, MILL, Cryptosuite.EDDSA_RDFC_2022);
  }

  private static JsonObject withSchema(JsonObject credential, String id) {
    return CredentialsVerificationTest.with(
        credential,
        "credentialSchema",
        JsonSupport.PROVIDER.createObjectBuilder().add("id", id).add("type", "JsonSchema").build());
  }
}
