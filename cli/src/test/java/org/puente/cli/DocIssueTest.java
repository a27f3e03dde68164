package org.puente.cli;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.puente.credentials.Credentials;
import org.puente.credentials.keys.DidKey;
import org.puente.credentials.keys.KeyType;
import org.puente.credentials.keys.MultikeyPair;
import org.puente.documents.credentials.CredentialType;
import org.puente.documents.credentials.TradeCredentials;

/** {@code puente doc issue}: trade documents signed as their credential type, then verified. */
class DocIssueTest {
  @TempDir Path dir;

  @Test
  void consignmentAsCartaPorte_andMillTestReport_issueAndVerify() throws Exception {
    MultikeyPair key = MultikeyPair.generate(KeyType.ED25519, new SecureRandom());
    Path keyFile = dir.resolve("mill.key.json");
    Files.writeString(keyFile, key.toKeyFile().toString());
    Path consignment = Path.of("..", "examples", "documents", "steel-coil.consignment.json");

    JsonObject cartaPorte = issue(keyFile, "--type", "CartaPorte", consignment.toString());
    assertThat(cartaPorte.getJsonArray("type").getString(1)).isEqualTo("CartaPorte");
    assertThat(cartaPorte.getString("issuer")).isEqualTo(DidKey.did(key.publicKey()));

    Path mtr = dir.resolve("mtr.json");
    Files.writeString(mtr, TradeCredentials.example(CredentialType.MILL_TEST_REPORT).toString());
    JsonObject report = issue(keyFile, mtr.toString());
    assertThat(report.getJsonObject("proof").getString("cryptosuite")).isEqualTo("eddsa-rdfc-2022");

    Credentials credentials = Credentials.builder().build();
    assertThat(credentials.report(cartaPorte).verified()).isTrue();
    assertThat(credentials.report(report).verified()).isTrue();
  }

  @Test
  void consignmentWithoutType_isUnusable() throws Exception {
    MultikeyPair key = MultikeyPair.generate(KeyType.ED25519, new SecureRandom());
    Path keyFile = dir.resolve("k.key.json");
    Files.writeString(keyFile, key.toKeyFile().toString());
    StringWriter err = new StringWriter();
    int status =
        Main.run(
            new PrintWriter(new StringWriter()),
            new PrintWriter(err),
            "doc",
            "issue",
            "--key",
            keyFile.toString(),
            Path.of("..", "examples", "documents", "steel-coil.consignment.json").toString());
    assertThat(status).isEqualTo(Main.UNUSABLE);
    assertThat(err.toString()).contains("--type is required");
  }

  private static JsonObject issue(Path keyFile, String... args) throws Exception {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    String[] all = new String[args.length + 4];
    all[0] = "doc";
    all[1] = "issue";
    all[2] = "--key";
    all[3] = keyFile.toString();
    System.arraycopy(args, 0, all, 4, args.length);
    int status = Main.run(new PrintWriter(out), new PrintWriter(err), all);
    assertThat(status).as(out + "\n" + err).isZero();
    return Credentials.builder()
        .build()
        .read(new ByteArrayInputStream(out.toString().getBytes(StandardCharsets.UTF_8)));
  }
}
