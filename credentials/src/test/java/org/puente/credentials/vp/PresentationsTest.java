package org.puente.credentials.vp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.puente.credentials.CredentialException;
import org.puente.credentials.CredentialException.Code;
import org.puente.credentials.Credentials;
import org.puente.credentials.DidResolver;
import org.puente.credentials.di.Cryptosuite;
import org.puente.credentials.keys.DidKey;
import org.puente.credentials.keys.KeyType;
import org.puente.credentials.keys.MultikeyPair;

class PresentationsTest {
  private static final Instant NOW = Instant.parse("2026-06-15T12:00:00Z");
  private static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);
  private static final Credentials CREDENTIALS = Credentials.builder().clock(CLOCK).build();
  private static final Presentations PRESENTATIONS =
      new Presentations(CREDENTIALS, DidResolver.didKey(), CLOCK);
  private static final MultikeyPair MILL = key(KeyType.ED25519, 3);
  private static final MultikeyPair CARRIER = key(KeyType.P256, 4);
  private static final String CHALLENGE = "7f1c0e9a-booth-3";
  private static final String DOMAIN = "https://cbp.example/ports/2304";

  private static MultikeyPair key(KeyType type, int fill) {
    byte[] secret = new byte[type.secretLength()];
    Arrays.fill(secret, (byte) fill);
    return MultikeyPair.fromSecret(type, secret, null);
  }

  private static JsonObject millTestReport() throws CredentialException {
    JsonObject unsigned =
        Json.createObjectBuilder()
            .add("@context", Json.createArrayBuilder().add(Presentations.VC_V2))
            .add("type", Json.createArrayBuilder().add("VerifiableCredential"))
            .add("issuer", DidKey.did(MILL.publicKey()))
            .add("validFrom", "2026-01-01T00:00:00Z")
            .add("credentialSubject", Json.createObjectBuilder().add("id", "urn:heat:24A117"))
            .build();
    return CREDENTIALS.issue(unsigned, MILL, Cryptosuite.EDDSA_RDFC_2022);
  }

  private static JsonObject present(String challenge, String domain) throws CredentialException {
    return PRESENTATIONS.create(
        List.of(millTestReport()),
        DidKey.did(CARRIER.publicKey()),
        CARRIER,
        Cryptosuite.ECDSA_RDFC_2019,
        challenge,
        domain);
  }

  @Test
  @DisplayName("A carrier presents a mill test report to CBP Laredo; it verifies with both checks")
  void verify_matchingChallengeAndDomain_verifiesPresentationAndCredential() throws Exception {
    VerifiedPresentation verified =
        PRESENTATIONS.verify(present(CHALLENGE, DOMAIN), CHALLENGE, DOMAIN);
    assertThat(verified.holder()).isEqualTo(DidKey.did(CARRIER.publicKey()));
    assertThat(verified.credentials())
        .singleElement()
        .satisfies(vc -> assertThat(vc.issuer()).isEqualTo(DidKey.did(MILL.publicKey())));
    assertThat(verified.proof().proof().proofPurpose()).isEqualTo("authentication");
  }

  @Test
  void verify_replayedWithAnotherChallenge_isWrongChallenge() throws Exception {
    JsonObject vp = present(CHALLENGE, DOMAIN);
    assertCode(() -> PRESENTATIONS.verify(vp, "another-challenge", DOMAIN), Code.WRONG_CHALLENGE);
  }

  @Test
  void verify_presentedToAnotherPort_isWrongDomain() throws Exception {
    JsonObject vp = present(CHALLENGE, DOMAIN);
    assertCode(
        () -> PRESENTATIONS.verify(vp, CHALLENGE, "https://cbp.example/ports/2506"),
        Code.WRONG_DOMAIN);
  }

  @Test
  void verify_challengeEditedAfterSigning_isInvalidSignature() throws Exception {
    JsonObject vp = present(CHALLENGE, DOMAIN);
    JsonObject proof =
        Json.createObjectBuilder(vp.getJsonObject("proof")).add("challenge", "x").build();
    JsonObject edited = Json.createObjectBuilder(vp).add("proof", proof).build();
    assertCode(() -> PRESENTATIONS.verify(edited, "x", DOMAIN), Code.INVALID_SIGNATURE);
  }

  @Test
  void verify_holderClaimsSomeoneElse_isHolderNotController() throws Exception {
    JsonObject vp =
        PRESENTATIONS.create(
            List.of(millTestReport()),
            DidKey.did(MILL.publicKey()),
            CARRIER,
            Cryptosuite.ECDSA_RDFC_2019,
            CHALLENGE,
            DOMAIN);
    assertCode(() -> PRESENTATIONS.verify(vp, CHALLENGE, DOMAIN), Code.HOLDER_NOT_CONTROLLER);
  }

  @Test
  void verify_enclosedCredentialTampered_failsWithItsOwnCodeAndPosition() throws Exception {
    JsonObject mtr = millTestReport();
    JsonObject tampered =
        Json.createObjectBuilder(mtr)
            .add("credentialSubject", Json.createObjectBuilder().add("id", "urn:heat:99Z999"))
            .build();
    JsonObject vp =
        PRESENTATIONS.create(
            List.of(mtr, tampered),
            DidKey.did(CARRIER.publicKey()),
            CARRIER,
            Cryptosuite.ECDSA_RDFC_2019,
            CHALLENGE,
            DOMAIN);
    assertThatThrownBy(() -> PRESENTATIONS.verify(vp, CHALLENGE, DOMAIN))
        .isInstanceOfSatisfying(
            CredentialException.class,
            e -> {
              assertThat(e.code()).isEqualTo(Code.INVALID_SIGNATURE);
              assertThat(e.getMessage()).startsWith("verifiableCredential[1]");
            });
  }

  @Test
  void verify_credentialProofPassedOffAsPresentation_isWrongProofPurpose() throws Exception {
    JsonObject vc = millTestReport();
    JsonObject fake =
        Json.createObjectBuilder(vc)
            .add("type", Json.createArrayBuilder().add("VerifiablePresentation"))
            .build();
    assertCode(() -> PRESENTATIONS.verify(fake, CHALLENGE, DOMAIN), Code.WRONG_PROOF_PURPOSE);
  }

  @ParameterizedTest
  @EnumSource(
      value = Code.class,
      names = {"INVALID_CONTEXT", "INVALID_TYPE"})
  void verify_malformedPresentation_isRefusedBeforeCrypto(Code expected) throws Exception {
    JsonObject vp = present(CHALLENGE, DOMAIN);
    JsonObject broken =
        expected == Code.INVALID_CONTEXT
            ? Json.createObjectBuilder(vp)
                .add("@context", Json.createArrayBuilder().add("https://example.org/ctx"))
                .build()
            : Json.createObjectBuilder(vp)
                .add("type", Json.createArrayBuilder().add("VerifiableCredential"))
                .build();
    assertCode(() -> PRESENTATIONS.verify(broken, CHALLENGE, DOMAIN), expected);
  }

  private interface Call {
    void run() throws Exception;
  }

  private static void assertCode(Call call, Code code) {
    assertThatThrownBy(call::run)
        .isInstanceOfSatisfying(
            CredentialException.class, e -> assertThat(e.code()).isEqualTo(code));
  }
}
