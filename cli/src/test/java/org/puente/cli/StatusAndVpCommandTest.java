package org.puente.cli;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.puente.cli.VcCommandTest.Result;

/**
 * {@code puente status ...} and {@code puente vp ...}: a revocation and a presentation, by hand.
 */
class StatusAndVpCommandTest {
  @TempDir Path dir;

  private static JsonObject json(String text) {
    return Json.createReader(new StringReader(text)).readObject();
  }

  private Path write(String name, String content) throws Exception {
    Path file = dir.resolve(name);
    Files.writeString(file, content);
    return file;
  }

  private Path key(String name, String type) throws Exception {
    Path key = dir.resolve(name);
    assertThat(VcCommandTest.run("keys", "new", "--type", type, "--out", key.toString()).status())
        .isZero();
    return key;
  }

  private static String controller(Path key) throws Exception {
    return json(Files.readString(key)).getString("controller");
  }

  @Test
  @DisplayName("A broker revokes a DODA: status check exits 0 before and 1 (REVOKED) after")
  void revoke_thenCheck_exitsOneWithRevoked() throws Exception {
    Path key = key("broker.key.json", "ed25519");
    Path state = dir.resolve("revocations.json");
    String url = "https://broker.example/status/1";
    assertThat(
            VcCommandTest.run(
                    "status",
                    "new",
                    "--url",
                    url,
                    "--purpose",
                    "revocation",
                    "--list",
                    state.toString())
                .status())
        .isZero();
    Result allocated = VcCommandTest.run("status", "allocate", "--list", state.toString());
    assertThat(allocated.status()).as(allocated.err()).isZero();
    JsonObject entry = json(allocated.out());
    String unsigned =
        """
        {"@context": ["https://www.w3.org/ns/credentials/v2"],
         "type": ["VerifiableCredential"], "issuer": "%s", "validFrom": "2020-01-01T00:00:00Z",
         "credentialSubject": {"id": "urn:doda:3002400123456"}, "credentialStatus": %s}
        """
            .formatted(controller(key), entry.toString());
    Result issued =
        VcCommandTest.run(
            "vc",
            "issue",
            "--key",
            key.toString(),
            "--suite",
            "eddsa-rdfc-2022",
            write("doda.json", unsigned).toString());
    assertThat(issued.status()).as(issued.err()).isZero();
    Path doda = write("doda.signed.json", issued.out());

    // Publish the list as it is (nothing revoked): suspend-then-lift is not needed, revoke nothing.
    Result listBefore =
        VcCommandTest.run(
            "status",
            "revoke",
            "--list",
            state.toString(),
            "--key",
            key.toString(),
            "--index",
            Integer.toString(otherIndex(state)));
    assertThat(listBefore.status()).as(listBefore.err()).isZero();
    Result good =
        VcCommandTest.run(
            "status",
            "check",
            "--status-list",
            write("list0.json", listBefore.out()).toString(),
            doda.toString());
    assertThat(good.status()).as(good.err()).isZero();

    Result listAfter =
        VcCommandTest.run(
            "status",
            "revoke",
            "--list",
            state.toString(),
            "--key",
            key.toString(),
            "--index",
            entry.getString("statusListIndex"));
    assertThat(listAfter.status()).as(listAfter.err()).isZero();
    Result revoked =
        VcCommandTest.run(
            "status",
            "check",
            "--status-list",
            write("list1.json", listAfter.out()).toString(),
            doda.toString());
    assertThat(revoked.status()).isEqualTo(Main.NEGATIVE);
    assertThat(revoked.err()).contains("REVOKED");
  }

  /** Allocates a second index so that revoking it leaves the DODA's index clear. */
  private static int otherIndex(Path state) {
    Result other = VcCommandTest.run("status", "allocate", "--list", state.toString());
    return Integer.parseInt(json(other.out()).getString("statusListIndex"));
  }

  @Test
  @DisplayName("A carrier presents to CBP: the right challenge exits 0, a replay exits 1")
  void vpCreateVerify_challengeBound() throws Exception {
    Path mill = key("mill.key.json", "ed25519");
    Path carrier = key("carrier.key.json", "p256");
    String unsigned =
        """
        {"@context": ["https://www.w3.org/ns/credentials/v2"],
         "type": ["VerifiableCredential"], "issuer": "%s", "validFrom": "2020-01-01T00:00:00Z",
         "credentialSubject": {"id": "urn:heat:24A117"}}
        """
            .formatted(controller(mill));
    Result mtr =
        VcCommandTest.run(
            "vc",
            "issue",
            "--key",
            mill.toString(),
            "--suite",
            "eddsa-rdfc-2022",
            write("mtr.json", unsigned).toString());
    assertThat(mtr.status()).as(mtr.err()).isZero();
    Result vp =
        VcCommandTest.run(
            "vp",
            "create",
            "--key",
            carrier.toString(),
            "--suite",
            "ecdsa-rdfc-2019",
            "--challenge",
            "c-123",
            "--domain",
            "https://cbp.example/2304",
            write("mtr.signed.json", mtr.out()).toString());
    assertThat(vp.status()).as(vp.err()).isZero();
    Path vpFile = write("vp.json", vp.out());

    Result ok =
        VcCommandTest.run(
            "vp",
            "verify",
            "--challenge",
            "c-123",
            "--domain",
            "https://cbp.example/2304",
            vpFile.toString());
    assertThat(ok.status()).as(ok.err()).isZero();
    assertThat(json(ok.out()).getString("holder")).isEqualTo(controller(carrier));

    Result replay = VcCommandTest.run("vp", "verify", "--challenge", "c-999", vpFile.toString());
    assertThat(replay.status()).isEqualTo(Main.NEGATIVE);
    assertThat(json(replay.out()).getString("code")).isEqualTo("WRONG_CHALLENGE");

    Result missing =
        VcCommandTest.run(
            "vp", "verify", "--challenge", "c-123", dir.resolve("nope.json").toString());
    assertThat(missing.status()).isEqualTo(Main.UNUSABLE);
  }
}
