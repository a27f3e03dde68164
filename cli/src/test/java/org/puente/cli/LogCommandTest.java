package org.puente.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LogCommandTest {
  @TempDir Path tmp;

  private String lastOut;
  private String lastErr;

  private int run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int status = Main.run(new PrintWriter(out), new PrintWriter(err), args);
    lastOut = out.toString();
    lastErr = err.toString();
    return status;
  }

  private Path key(String name) {
    Path file = tmp.resolve(name + ".key.json");
    assertThat(run("keys", "new", "--out", file.toString())).isZero();
    return file;
  }

  private Path file(String name, String content) throws Exception {
    Path file = tmp.resolve(name);
    Files.writeString(file, content, StandardCharsets.UTF_8);
    return file;
  }

  @Test
  void appendCheckpointProveVerifyReceipt_roundTrip() throws Exception {
    Path key = key("us");
    String dir = tmp.resolve("us-log").toString();
    String origin = "cbp.example/laredo-2304";
    assertThat(
            run(
                "log",
                "append",
                "--dir",
                dir,
                "--key",
                key.toString(),
                "--origin",
                origin,
                file("a", "filing A").toString(),
                file("b", "filing B").toString()))
        .isZero();
    assertThat(lastOut.lines()).containsExactly("0", "1");
    assertThat(run("log", "checkpoint", "--dir", dir, "--key", key.toString())).isZero();
    assertThat(lastOut).startsWith(origin + "\n2\n").contains("\u2014 " + origin + " ");
    assertThat(run("log", "vkey", "--key", key.toString(), "--origin", origin)).isZero();
    Path vkey = file("us.vkey", lastOut.strip());
    Path receipt = tmp.resolve("receipt.json");
    assertThat(run("log", "prove", "--dir", dir, "--index", "1", "--out", receipt.toString()))
        .isZero();
    assertThat(run("log", "verify-receipt", receipt.toString(), "--key", vkey.toString())).isZero();
    assertThat(lastOut).contains("verified: entry 1 is in " + origin + " at tree size 2");
    assertThat(run("log", "verify", "--dir", dir, "--key", vkey.toString())).isZero();
    assertThat(run("log", "prove", "--dir", dir, "--old", "1")).isZero();
    assertThat(lastOut).startsWith("consistency 1 2\n");

    String tampered =
        Files.readString(receipt)
            .replace(
                java.util.Base64.getEncoder()
                    .encodeToString("filing B".getBytes(StandardCharsets.UTF_8)),
                java.util.Base64.getEncoder()
                    .encodeToString("filing C".getBytes(StandardCharsets.UTF_8)));
    Path bad = file("bad.json", tampered);
    assertThat(run("log", "verify-receipt", bad.toString(), "--key", vkey.toString()))
        .isEqualTo(Main.NEGATIVE);
    assertThat(lastErr).contains("INCLUSION_PROOF_FAILED");
    assertThat(run("log", "verify-receipt", file("junk", "{").toString(), "--key", vkey.toString()))
        .isEqualTo(Main.UNUSABLE);
    assertThat(lastErr).contains("MALFORMED_NOTE");
  }

  @Test
  void witness_cosignsTheOtherCountrysCheckpoint() throws Exception {
    Path usKey = key("us");
    Path mxKey = key("mx");
    Path mxWitnessKey = key("mx-witness");
    String us = tmp.resolve("us-log").toString();
    String mx = tmp.resolve("mx-log").toString();
    run(
        "log",
        "append",
        "--dir",
        us,
        "--key",
        usKey.toString(),
        "--origin",
        "cbp.example/log",
        file("a", "filing A").toString());
    run("log", "checkpoint", "--dir", us, "--key", usKey.toString());
    run("log", "vkey", "--key", usKey.toString(), "--origin", "cbp.example/log");
    String usVkey = lastOut.strip();
    int status =
        run(
            "log",
            "witness",
            "--dir",
            mx,
            "--key",
            mxKey.toString(),
            "--origin",
            "anam.example/log",
            "--witness-key",
            mxWitnessKey.toString(),
            "--name",
            "anam.example/w",
            "--watch",
            us,
            "--log-key",
            usVkey,
            "--publish");
    assertThat(status).as(lastErr).isZero();
    assertThat(lastOut).contains("\u2014 anam.example/w ");
    run("log", "vkey", "--key", mxWitnessKey.toString(), "--origin", "anam.example/w", "--witness");
    String witnessVkey = lastOut.strip();
    Path receipt = tmp.resolve("r.json");
    run("log", "prove", "--dir", us, "--index", "0", "--out", receipt.toString());
    assertThat(
            run(
                "log",
                "verify-receipt",
                receipt.toString(),
                "--key",
                usVkey,
                "--witness",
                witnessVkey))
        .isZero();
    assertThat(lastOut).contains("witnessed");
  }

  @Test
  void verify_truncatedTile_exitsUnusableWithCode() throws Exception {
    Path key = key("us");
    String dir = tmp.resolve("log").toString();
    run("log", "append", "--dir", dir, "--key", key.toString(), file("a", "x").toString());
    run("log", "checkpoint", "--dir", dir, "--key", key.toString());
    run("log", "vkey", "--key", key.toString());
    String vkey = lastOut.strip();
    // A journal rotated at size 1 (nothing left to heal the tile from), then a damaged tile.
    byte[] magic = "PUENTE-JOURNAL-1\n".getBytes(StandardCharsets.US_ASCII);
    Files.write(
        tmp.resolve("log/journal"),
        java.nio.ByteBuffer.allocate(magic.length + 8).put(magic).putLong(1).array());
    Files.write(tmp.resolve("log/tile/0/000.p/1"), new byte[5]);
    assertThat(run("log", "verify", "--dir", dir, "--key", vkey)).isEqualTo(Main.UNUSABLE);
    assertThat(lastErr).contains("TRUNCATED_TILE");
  }
}
