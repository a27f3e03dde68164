package org.puente.credentials.interop;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.puente.credentials.Credentials;
import org.puente.credentials.CredentialsVerificationTestAccess;
import org.puente.credentials.di.Cryptosuite;
import org.puente.credentials.keys.KeyType;
import org.puente.credentials.keys.MultikeyPair;

/**
 * Puente and the digitalbazaar stack (@digitalbazaar/vc 7, eddsa-rdfc-2022 and ecdsa-rdfc-2019
 * cryptosuites) verify each other's credentials, on the USMCA certification of origin.
 */
class DigitalBazaarInteropTest {
  @TempDir Path dir;

  @ParameterizedTest(name = "{0} / {1}")
  @CsvSource({"ED25519, eddsa-rdfc-2022", "P256, ecdsa-rdfc-2019", "P384, ecdsa-rdfc-2019"})
  void puenteSigns_nodeVerifies_andRejectsTampering(KeyType type, String suiteId) throws Exception {
    NodeInterop.project();
    MultikeyPair key = CredentialsVerificationTestAccess.key(type, 9);
    Credentials credentials = CredentialsVerificationTestAccess.credentials();
    JsonObject signed =
        credentials.issue(
            CredentialsVerificationTestAccess.usmca(key), key, Cryptosuite.fromId(suiteId));
    Path good = write("puente-signed.json", signed.toString());
    Path bad =
        write("tampered.json", signed.toString().replace("ADN-2026-000417", "ADN-2026-000418"));

    NodeInterop.Run ok = NodeInterop.node("di.mjs", "verify", good.toString());
    NodeInterop.Run tampered = NodeInterop.node("di.mjs", "verify", bad.toString());

    assertThat(ok.status()).as(ok.out() + ok.err()).isZero();
    assertThat(ok.out()).contains("\"verified\":true");
    assertThat(tampered.status()).as(tampered.err()).isEqualTo(1);
  }

  @ParameterizedTest(name = "{0} / {1}")
  @CsvSource({"ED25519, eddsa-rdfc-2022", "P256, ecdsa-rdfc-2019", "P384, ecdsa-rdfc-2019"})
  void nodeSigns_puenteVerifies(KeyType type, String suiteId) throws Exception {
    NodeInterop.project();
    MultikeyPair key = CredentialsVerificationTestAccess.key(type, 11);
    Path keyFile = write("key.json", key.toKeyFile().toString());
    Path unsigned = write("unsigned.json", CredentialsVerificationTestAccess.usmca(key).toString());

    NodeInterop.Run run =
        NodeInterop.node(
            "di.mjs",
            "sign",
            suiteId,
            keyFile.toString(),
            unsigned.toString(),
            "--created",
            "2026-06-01T00:00:00Z");

    assertThat(run.status()).as(run.err()).isZero();
    JsonObject signed = Json.createReader(new StringReader(run.out())).readObject();
    assertThat(signed.getJsonObject("proof").getString("cryptosuite")).isEqualTo(suiteId);
    Credentials credentials = CredentialsVerificationTestAccess.credentials();
    assertThat(credentials.verify(signed).proof().method().publicKey()).isEqualTo(key.publicKey());
  }

  private Path write(String name, String content) throws Exception {
    return Files.writeString(dir.resolve(name), content);
  }
}
