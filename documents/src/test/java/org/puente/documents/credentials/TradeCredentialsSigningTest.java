package org.puente.documents.credentials;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.puente.credentials.CredentialException;
import org.puente.credentials.CredentialException.Code;
import org.puente.credentials.Credentials;
import org.puente.credentials.di.Cryptosuite;
import org.puente.credentials.keys.DidKey;
import org.puente.credentials.keys.KeyType;
import org.puente.credentials.keys.MultikeyPair;
import org.puente.credentials.vc.VerifiedCredential;

/**
 * Every trade credential type issues and verifies through the credentials engine with Puente's
 * bundled context, and the verified credential still passes the documents rules.
 */
class TradeCredentialsSigningTest {
  private static final Instant NOW = Instant.parse("2026-03-01T12:00:00Z");
  private static final Credentials CREDENTIALS =
      Credentials.builder().clock(Clock.fixed(NOW, ZoneOffset.UTC)).build();
  private static final MultikeyPair ISSUER = key(KeyType.ED25519, 7);
  private static final MultikeyPair CBP = key(KeyType.P256, 8);

  private static MultikeyPair key(KeyType type, int fill) {
    byte[] secret = new byte[type.secretLength()];
    Arrays.fill(secret, (byte) fill);
    return MultikeyPair.fromSecret(type, secret, null);
  }

  private static JsonObject issuedBy(CredentialType type, MultikeyPair key) {
    JsonObject example = TradeCredentials.example(type);
    JsonObject unsigned =
        Json.createObjectBuilder(example)
            .add("issuer", DidKey.did(key.publicKey()))
            .add("validFrom", "2026-01-01T00:00:00Z")
            .remove("validUntil")
            .build();
    return unsigned;
  }

  @ParameterizedTest
  @EnumSource(CredentialType.class)
  void issueVerify_everyType_bothSuites_andRulesStillHold(CredentialType type) throws Exception {
    for (Object[] pair :
        new Object[][] {
          {ISSUER, Cryptosuite.EDDSA_RDFC_2022}, {CBP, Cryptosuite.ECDSA_RDFC_2019}
        }) {
      MultikeyPair key = (MultikeyPair) pair[0];
      JsonObject signed = CREDENTIALS.issue(issuedBy(type, key), key, (Cryptosuite) pair[1]);
      VerifiedCredential verified = CREDENTIALS.verify(signed);
      assertThat(verified.issuer()).isEqualTo(DidKey.did(key.publicKey()));
      assertThat(TradeCredentials.create().validate(withoutProof(verified.credential())))
          .as("documents rules on the verified %s", type)
          .isEmpty();
    }
  }

  @ParameterizedTest
  @EnumSource(CredentialType.class)
  void verify_subjectEditedAfterSigning_isInvalidSignature(CredentialType type) throws Exception {
    JsonObject signed =
        CREDENTIALS.issue(issuedBy(type, ISSUER), ISSUER, Cryptosuite.EDDSA_RDFC_2022);
    JsonObject subject =
        Json.createObjectBuilder(signed.getJsonObject("credentialSubject"))
            .add("id", "urn:uuid:00000000-0000-4000-8000-000000000000")
            .build();
    JsonObject tampered =
        Json.createObjectBuilder(signed).add("credentialSubject", subject).build();
    assertThatThrownBy(() -> CREDENTIALS.verify(tampered))
        .isInstanceOfSatisfying(
            CredentialException.class, e -> assertThat(e.code()).isEqualTo(Code.INVALID_SIGNATURE));
  }

  private static JsonObject withoutProof(JsonObject vc) {
    return Json.createObjectBuilder(vc).remove("proof").build();
  }
}
