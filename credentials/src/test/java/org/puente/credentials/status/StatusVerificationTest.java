package org.puente.credentials.status;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.puente.credentials.CredentialException;
import org.puente.credentials.CredentialException.Code;
import org.puente.credentials.Credentials;
import org.puente.credentials.di.Cryptosuite;
import org.puente.credentials.keys.DidKey;
import org.puente.credentials.keys.KeyType;
import org.puente.credentials.keys.MultikeyPair;
import org.puente.credentials.vc.Check;
import org.puente.credentials.vc.CheckResult.Outcome;
import org.puente.credentials.vc.VerificationReport;

/** Status checked during verification, with signed status list credentials end to end. */
class StatusVerificationTest {
  private static final Instant NOW = Instant.parse("2026-06-15T12:00:00Z");
  private static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);
  private static final MultikeyPair BROKER =
      MultikeyPair.fromSecret(KeyType.ED25519, new byte[32], null);
  private static final String ISSUER = DidKey.did(BROKER.publicKey());
  private static final String REVOCATIONS = "https://broker.example/status/revocation/1";
  private static final String SUSPENSIONS = "https://broker.example/status/suspension/1";

  private final Credentials plain = Credentials.builder().clock(CLOCK).build();
  private final StatusList revocations =
      StatusList.create(REVOCATIONS, StatusPurpose.REVOCATION, Bitstring.MIN_BITS);
  private final StatusList suspensions =
      StatusList.create(SUSPENSIONS, StatusPurpose.SUSPENSION, Bitstring.MIN_BITS);
  private final Map<String, JsonObject> published = new HashMap<>();

  /** The source a verifier uses: fetch the published list credential and verify its proof. */
  private final StatusListSource source =
      url -> {
        JsonObject vc = published.get(url);
        if (vc == null) {
          throw new CredentialException(Code.STATUS_RETRIEVAL_ERROR, "nothing published at " + url);
        }
        try {
          return StatusListCredential.fromVerifiedCredential(plain.verify(vc).credential());
        } catch (CredentialException e) {
          throw new CredentialException(
              Code.STATUS_VERIFICATION_ERROR, "status list " + url + ": " + e.getMessage(), e);
        }
      };

  private final Credentials checking =
      Credentials.builder()
          .clock(CLOCK)
          .statusChecker(new BitstringStatusChecker(source, CLOCK, Duration.ZERO, Duration.ZERO))
          .build();

  @Test
  @DisplayName("A revoked DODA fails verification at the status check with REVOKED")
  void revokedCredential_failsAtStatus() throws Exception {
    StatusListEntry entry = revocations.allocate(new Random(5));
    JsonObject doda = issue(entry);
    publish(revocations);
    assertThat(checking.verify(doda)).isNotNull();

    revocations.set(entry.index());
    publish(revocations);
    VerificationReport report = checking.report(doda);
    assertThat(report.verified()).isFalse();
    assertThat(report.firstFailure())
        .hasValueSatisfying(f -> assertThat(f.check()).isEqualTo(Check.STATUS));
    assertThatThrownBy(() -> checking.verify(doda))
        .isInstanceOfSatisfying(
            CredentialException.class, e -> assertThat(e.code()).isEqualTo(Code.REVOKED));
  }

  @Test
  @DisplayName("A suspended credential fails with SUSPENDED and verifies again once reinstated")
  void suspendedCredential_failsThenVerifiesAfterReinstatement() throws Exception {
    StatusListEntry entry = suspensions.allocate(new Random(6));
    JsonObject doda = issue(entry);
    suspensions.set(entry.index());
    publish(suspensions);
    assertThatThrownBy(() -> checking.verify(doda))
        .isInstanceOfSatisfying(
            CredentialException.class, e -> assertThat(e.code()).isEqualTo(Code.SUSPENDED));
    suspensions.clear(entry.index());
    publish(suspensions);
    assertThat(checking.report(doda).result(Check.STATUS).outcome()).isEqualTo(Outcome.PASSED);
  }

  @Test
  @DisplayName("A forged status list (signed by someone else) is a verification error, not a pass")
  void forgedStatusList_isVerificationError() throws Exception {
    StatusListEntry entry = revocations.allocate(new Random(7));
    JsonObject doda = issue(entry);
    publish(revocations);
    JsonObject list = published.get(REVOCATIONS);
    JsonObject subject =
        Json.createObjectBuilder(list.getJsonObject("credentialSubject"))
            .add("encodedList", Bitstring.ofLength(Bitstring.MIN_BITS * 2).encode())
            .build();
    published.put(
        REVOCATIONS, Json.createObjectBuilder(list).add("credentialSubject", subject).build());
    assertThatThrownBy(() -> checking.verify(doda))
        .isInstanceOfSatisfying(
            CredentialException.class,
            e -> assertThat(e.code()).isEqualTo(Code.STATUS_VERIFICATION_ERROR));
  }

  @Test
  @DisplayName("Without a status checker a credential with status is 'not checked', never passed")
  void noChecker_reportsNotChecked() throws Exception {
    JsonObject doda = issue(revocations.allocate(new Random(8)));
    assertThat(plain.report(doda).result(Check.STATUS).outcome()).isEqualTo(Outcome.NOT_CHECKED);
  }

  @Test
  @DisplayName("A status entry of an unknown type is refused rather than trusted")
  void unknownStatusType_isUnsupported() throws Exception {
    JsonObject doda =
        plain.issue(
            unsigned(
                Json.createObjectBuilder()
                    .add("id", "https://broker.example/status/x#1")
                    .add("type", "RevocationList2020Status")
                    .build()),
            BROKER,
            Cryptosuite.EDDSA_RDFC_2022);
    assertThatThrownBy(() -> checking.verify(doda))
        .isInstanceOfSatisfying(
            CredentialException.class,
            e -> assertThat(e.code()).isEqualTo(Code.UNSUPPORTED_STATUS_TYPE));
  }

  private JsonObject issue(StatusListEntry entry) throws CredentialException {
    return plain.issue(unsigned(entry.toJson()), BROKER, Cryptosuite.EDDSA_RDFC_2022);
  }

  private static JsonObject unsigned(JsonObject status) {
    return Json.createObjectBuilder()
        .add("@context", Json.createArrayBuilder().add("https://www.w3.org/ns/credentials/v2"))
        .add("type", Json.createArrayBuilder().add("VerifiableCredential"))
        .add("issuer", ISSUER)
        .add("validFrom", "2026-01-01T00:00:00Z")
        .add("credentialSubject", Json.createObjectBuilder().add("id", "urn:uuid:7c9b9d58-doda"))
        .add("credentialStatus", status)
        .build();
  }

  private void publish(StatusList list) throws CredentialException {
    JsonObject unsignedList =
        new StatusListCredential(list.url(), ISSUER, list.purpose(), list.bits(), NOW, null)
            .toUnsignedCredential();
    published.put(list.url(), plain.issue(unsignedList, BROKER, Cryptosuite.EDDSA_RDFC_2022));
  }
}
