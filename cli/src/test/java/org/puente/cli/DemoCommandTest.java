package org.puente.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The demo's whole scenario, end to end: six nodes on one embedded PostgreSQL, four credentials
 * issued by the trade parties and verified (and trusted) by both customs nodes over HTTP, and each
 * customs node's log cosigned by the other country's witness.
 */
class DemoCommandTest {
  @Test
  void demoOnce_bothAuthoritiesTrustAllFourCredentials() throws Exception {
    Path dir = dataDir();
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int status =
        Main.run(
            new PrintWriter(out),
            new PrintWriter(err),
            "demo",
            "--once",
            "--data-dir",
            dir.toString(),
            "--base-port",
            Integer.toString(freeBasePort()));
    String printed = out.toString();
    assertThat(status).as(printed + err).isZero();
    Matcher trusted =
        Pattern.compile("(cbp-laredo-2304|anam-nuevo-laredo-240)\\s+\\S+\\s+TRUSTED")
            .matcher(printed);
    int count = 0;
    while (trusted.find()) {
      count++;
    }
    assertThat(count).as(printed).isEqualTo(8);
    assertThat(printed)
        .contains("MillTestReport", "UsmcaCertificationOfOrigin", "CartaPorte", "Doda")
        .contains("Officer token for cbp-laredo-2304");
    assertThat(printed)
        .containsPattern(
            "CBP \\(US\\) takes peer calls at https://localhost:[0-9]+ \\(advertised in its DID"
                + " document, did:web:localhost%3A[0-9]+\\)")
        .containsPattern(
            "ANAM \\(MX\\) takes peer calls at https://localhost:[0-9]+ \\(advertised in its DID"
                + " document, did:web:localhost%3A[0-9]+\\)")
        .containsPattern(
            "The CBP \\(US\\) log checkpoint [1-9][0-9]* was cosigned by ANAM \\(MX\\):"
                + " http://localhost:[0-9]+/log/witnessed/[1-9][0-9]*")
        .containsPattern(
            "The ANAM \\(MX\\) log checkpoint [1-9][0-9]* was cosigned by CBP \\(US\\):"
                + " http://localhost:[0-9]+/log/witnessed/[1-9][0-9]*");
    assertThat(dir.resolve("postgres/PG_VERSION")).exists();
  }

  static Path dataDir() throws IOException {
    Path base = Path.of(System.getProperty("java.io.tmpdir"), "puente-test-nodes");
    Files.createDirectories(base);
    base.toFile().setExecutable(true, false);
    base.toFile().setReadable(true, false);
    Path dir = Files.createTempDirectory(base, "demo-");
    dir.toFile().setExecutable(true, false);
    return dir;
  }

  static int freeBasePort() throws IOException {
    for (int attempt = 0; attempt < 50; attempt++) {
      int base = ThreadLocalRandom.current().nextInt(20_000, 40_000);
      if (allFree(base)) {
        return base;
      }
    }
    throw new IOException("no eight free consecutive ports found");
  }

  private static boolean allFree(int base) {
    for (int p = base; p < base + 8; p++) { // six HTTP ports, two peer ports
      try (ServerSocket s = new ServerSocket(p)) {
        s.setReuseAddress(true);
      } catch (IOException e) {
        return false;
      }
    }
    return true;
  }
}
