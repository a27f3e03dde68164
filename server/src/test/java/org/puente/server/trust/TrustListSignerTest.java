package org.puente.server.trust;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.nimbusds.jose.JWSObject;
import com.nimbusds.jose.util.Base64URL;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.puente.credentials.keys.KeyType;
import org.puente.credentials.keys.MultikeyPair;
import org.puente.server.api.NodeException;
import org.puente.server.node.Jurisdiction;

class TrustListSignerTest {
  private static final String DID = "did:web:anam-nuevo-laredo.example";
  private final MultikeyPair key =
      MultikeyPair.generate(KeyType.ED25519, new SecureRandom())
          .withVerificationMethod(DID + "#k1");
  private final Instant issued = Instant.parse("2026-03-01T12:00:00Z");
  private final TrustList list =
      new TrustList(
          DID,
          issued,
          issued.plusSeconds(3600),
          List.of(
              new TrustEntry(
                  UUID.fromString("3b0f6f0e-8d2c-4a47-9a0c-4b1d35e1b7a1"),
                  "did:web:aceros-del-norte.example",
                  "MillTestReportCredential",
                  Jurisdiction.MX,
                  NationalIdScheme.RFC,
                  "ADN850101AB1",
                  issued.minusSeconds(86_400),
                  issued.plusSeconds(86_400 * 365),
                  issued,
                  DID,
                  Optional.empty())));

  @Test
  void signThenVerify_roundTripsEntries() throws NodeException {
    String jws = TrustListSigner.sign(list, key);
    TrustList back = TrustListSigner.verify(jws, key.publicKey(), DID + "#k1");
    assertThat(back.entries()).hasSize(1);
    assertThat(back.entries().get(0).nationalId()).isEqualTo("ADN850101AB1");
    assertThat(back.notAfter()).isEqualTo(list.notAfter());
  }

  @Test
  void signature_verifiesWithTheMultikeyItself() throws Exception {
    JWSObject jws = JWSObject.parse(TrustListSigner.sign(list, key));
    byte[] signingInput = jws.getSigningInput();
    key.publicKey()
        .verify(signingInput, jws.getSignature().decode()); // oracle: the credentials module
  }

  @Test
  void tamperedPayload_isRefused() {
    String[] parts = TrustListSigner.sign(list, key).split("\\.");
    String payload =
        new String(Base64URL.from(parts[1]).decode(), java.nio.charset.StandardCharsets.UTF_8);
    String forged =
        parts[0]
            + "."
            + Base64URL.encode(payload.replace("ADN850101AB1", "XXX850101AB1"))
            + "."
            + parts[2];
    assertThatThrownBy(() -> TrustListSigner.verify(forged, key.publicKey(), DID + "#k1"))
        .isInstanceOfSatisfying(
            NodeException.class,
            e -> assertThat(e.code()).isEqualTo(NodeException.Code.INVALID_TRUST_LIST))
        .hasMessageContaining("does not verify");
  }

  @Test
  void otherKeyOrKid_isRefused() {
    String jws = TrustListSigner.sign(list, key);
    MultikeyPair other = MultikeyPair.generate(KeyType.ED25519, new SecureRandom());
    assertThatThrownBy(() -> TrustListSigner.verify(jws, other.publicKey(), DID + "#k1"))
        .hasMessageContaining("does not verify");
    assertThatThrownBy(() -> TrustListSigner.verify(jws, key.publicKey(), DID + "#k2"))
        .hasMessageContaining("expected kid");
  }

  @Test
  void entry_withSchemeOfOtherJurisdiction_isRefused() {
    assertThatThrownBy(
            () ->
                new TrustEntry(
                    UUID.randomUUID(),
                    "did:web:x.example",
                    "MillTestReportCredential",
                    Jurisdiction.US,
                    NationalIdScheme.RFC,
                    "ADN850101AB1",
                    issued,
                    issued.plusSeconds(1),
                    issued,
                    "t",
                    Optional.empty()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("RFC identifiers are MX's");
  }
}
