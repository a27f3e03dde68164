package org.puente.cli;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code puente vc issue|verify}: output and exit statuses 0, 1 and 2. */
class VcCommandTest {
  @TempDir Path dir;

  record Result(int status, String out, String err) {}

  static Result run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int status = Main.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
    return new Result(status, out.toString(), err.toString());
  }

  Path keyFile(String type) throws Exception {
    Path key = dir.resolve(type + ".key.json");
    assertThat(run("keys", "new", "--type", type, "--out", key.toString()).status()).isZero();
    return key;
  }

  static Result issueEddsa(Path key, String file) {
    return run("vc", "issue", "--key", key.toString(), "--suite", "eddsa-rdfc-2022", file);
  }

  Path unsigned(Path key) throws Exception {
    JsonObject keyFile = Json.createReader(new StringReader(Files.readString(key))).readObject();
    String vc =
        """
        {"@context": ["https://www.w3.org/ns/credentials/v2", "https://w3id.org/puente/v1"],
         "type": ["VerifiableCredential", "UsmcaCertificationOfOrigin"],
         "issuer": "%s", "validFrom": "2020-01-01T00:00:00Z",
         "credentialSubject": {"type": "UsmcaCertificationOfOrigin", "hsCode": "720837"}}
        """
            .formatted(keyFile.getString("controller"));
    Path file = dir.resolve("unsigned.json");
    Files.writeString(file, vc);
    return file;
  }

  @Test
  void issueThenVerify_eddsaAndEcdsa_exitZeroAndVerifiedReport() throws Exception {
    for (String[] pair :
        new String[][] {{"ed25519", "eddsa-rdfc-2022"}, {"p384", "ecdsa-rdfc-2019"}}) {
      Path key = keyFile(pair[0]);
      Result issued =
          run("vc", "issue", "--key", key.toString(), "--suite", pair[1], unsigned(key).toString());
      assertThat(issued.status()).as(issued.err()).isZero();
      Path signed = dir.resolve("signed.json");
      Files.writeString(signed, issued.out());

      Result verified = run("vc", "verify", signed.toString());

      assertThat(verified.status()).as(verified.err()).isZero();
      JsonObject report = Json.createReader(new StringReader(verified.out())).readObject();
      assertThat(report.getBoolean("verified")).isTrue();
      assertThat(report.getJsonArray("checks")).hasSize(6);
    }
  }

  @Test
  void verify_tampered_exitOneWithFirstFailureOnStderr() throws Exception {
    Path key = keyFile("ed25519");
    String signed = issueEddsa(key, unsigned(key).toString()).out();
    Path tampered = dir.resolve("tampered.json");
    Files.writeString(tampered, signed.replace("720837", "720838"));

    Result result = run("vc", "verify", tampered.toString());

    assertThat(result.status()).isEqualTo(Main.NEGATIVE);
    assertThat(result.err()).contains("signature failed with INVALID_SIGNATURE");
    assertThat(result.out()).contains("\"verified\": false");
  }

  @Test
  void verify_unreadableInput_exitTwo() throws Exception {
    Path junk = dir.resolve("junk.json");
    Files.writeString(junk, "{not json");
    Result result = run("vc", "verify", junk.toString());
    assertThat(result.status()).isEqualTo(Main.UNUSABLE);
    assertThat(result.err()).contains("MALFORMED_INPUT");
    assertThat(run("vc", "verify", dir.resolve("missing.json").toString()).status())
        .isEqualTo(Main.UNUSABLE);
  }

  @Test
  void issueThenVerify_vcJwt_ed25519AndP256_exitZeroThenTamperedExitOne() throws Exception {
    for (String type : new String[] {"ed25519", "p256"}) {
      Path key = keyFile(type);
      Result issued =
          run(
              "vc",
              "issue",
              "--key",
              key.toString(),
              "--suite",
              "vc-jwt",
              unsigned(key).toString());
      assertThat(issued.status()).as(issued.err()).isZero();
      String jwt = issued.out().strip();
      assertThat(jwt.split("\\.")).hasSize(3);
      Path file = dir.resolve(type + ".jwt");
      Files.writeString(file, jwt + "\n");

      Result verified = run("vc", "verify", file.toString());
      assertThat(verified.status()).as(verified.err()).isZero();
      JsonObject report = Json.createReader(new StringReader(verified.out())).readObject();
      assertThat(report.getString("format")).isEqualTo("vc+jwt");
      assertThat(report.getString("algorithm")).isEqualTo(type.equals("p256") ? "ES256" : "EdDSA");

      String[] parts = jwt.split("\\.");
      String flipped =
          parts[2].charAt(0) == 'A' ? "B" + parts[2].substring(1) : "A" + parts[2].substring(1);
      Files.writeString(file, parts[0] + "." + parts[1] + "." + flipped);
      Result tampered = run("vc", "verify", file.toString());
      assertThat(tampered.status()).isEqualTo(Main.NEGATIVE);
      assertThat(tampered.err()).contains("INVALID_SIGNATURE");
    }
  }

  @Test
  void verify_contextDir_addsTrustedContexts() throws Exception {
    Path contexts = Files.createDirectories(dir.resolve("contexts"));
    Files.writeString(
        contexts.resolve("index.json"), "{\"https://example.org/trade/v1\": \"trade.jsonld\"}");
    Files.writeString(
        contexts.resolve("trade.jsonld"),
        "{\"@context\": {\"lot\": \"https://example.org/trade#lot\"}}");
    Path key = keyFile("ed25519");
    Path unsigned = unsigned(key);
    Files.writeString(
        unsigned,
        Files.readString(unsigned)
            .replace(
                "\"https://w3id.org/puente/v1\"",
                "\"https://w3id.org/puente/v1\", \"https://example.org/trade/v1\""));

    Result without = issueEddsa(key, unsigned.toString());
    Result with =
        run(
            "vc",
            "issue",
            "--context-dir",
            contexts.toString(),
            "--key",
            key.toString(),
            "--suite",
            "eddsa-rdfc-2022",
            unsigned.toString());

    assertThat(without.status()).isEqualTo(Main.UNUSABLE);
    assertThat(without.err()).contains("REMOTE_CONTEXT");
    assertThat(with.status()).as(with.err()).isZero();
  }
}
