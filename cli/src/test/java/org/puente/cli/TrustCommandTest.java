package org.puente.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.puente.cli.demo.DemoCluster;
import org.puente.cli.demo.DemoNode;
import org.puente.cli.demo.DemoPlan;
import org.puente.server.auth.Role;
import org.puente.server.node.Jurisdiction;

/**
 * {@code puente trust} against a running CBP node: a node-admin accredits an issuer, lists, checks
 * and withdraws it; an officer's token and a cross-jurisdiction entry are refused by the node (exit
 * 1, its problem on stderr); bad usage exits 2.
 */
class TrustCommandTest {
  private static final String BROKER = "did:web:agencia-aduanal.example";
  private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*\"([0-9a-f-]{36})\"");

  private static Path dir;
  private static DemoCluster cluster;
  private static DemoNode cbp;

  private record Run(int status, String out, String err) {}

  @BeforeAll
  static void startNode() throws Exception {
    Path base = Path.of(System.getProperty("java.io.tmpdir"), "puente-test-nodes");
    Files.createDirectories(base);
    base.toFile().setExecutable(true, false);
    dir = Files.createTempDirectory(base, "trust-");
    dir.toFile().setExecutable(true, false);
    int port;
    try (ServerSocket s = new ServerSocket(0)) {
      port = s.getLocalPort();
    }
    cluster = DemoCluster.start(dir, DemoPlan.nodes(port).subList(0, 1));
    cbp = cluster.nodes().get(0);
  }

  @AfterAll
  static void stopNode() throws IOException {
    if (cluster != null) {
      cluster.close();
    }
  }

  private static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int status = Main.run(new PrintWriter(out), new PrintWriter(err), args);
    return new Run(status, out.toString(), err.toString());
  }

  private static String admin() {
    return cbp.token(Role.NODE_ADMIN, Jurisdiction.US, Optional.empty());
  }

  @Test
  void adminAccredits_checks_lists_andWithdraws() {
    Run added =
        run(
            "trust",
            "add",
            "--node",
            cbp.url(),
            "--token",
            admin(),
            "--issuer",
            BROKER,
            "--type",
            "EntrySummaryCredential",
            "--jurisdiction",
            "US",
            "--id-scheme",
            "FILER_CODE",
            "--national-id",
            "A1B",
            "--valid-until",
            "2030-01-01T00:00:00Z");
    assertThat(added.status()).as(added.err()).isZero();
    Matcher m = ID.matcher(added.out());
    assertThat(m.find()).as(added.out()).isTrue();
    String id = m.group(1);

    String[] check = {
      "trust",
      "check",
      "--node",
      cbp.url(),
      "--token",
      admin(),
      "--issuer",
      BROKER,
      "--type",
      "EntrySummaryCredential",
      "--jurisdiction",
      "US"
    };
    Run accredited = run(check);
    assertThat(accredited.status()).as(accredited.err()).isZero();
    assertThat(accredited.out()).contains("\"accredited\": true", id);

    // the node's own data directory mints a node-admin token, no --token needed
    Run listed =
        run(
            "trust",
            "list",
            "--node",
            cbp.url(),
            "--data-dir",
            dir.resolve(cbp.plan().name()).toString(),
            "--as-jurisdiction",
            "US",
            "--issuer",
            BROKER);
    assertThat(listed.status()).as(listed.err()).isZero();
    assertThat(listed.out()).contains(id, "\"nationalId\": \"A1B\"");

    Run withdrawn = run("trust", "withdraw", "--node", cbp.url(), "--token", admin(), id);
    assertThat(withdrawn.status()).as(withdrawn.err()).isZero();
    Run after = run(check);
    assertThat(after.status()).isEqualTo(Main.NEGATIVE);
    assertThat(after.out()).contains("\"accredited\": false");
    Run again = run("trust", "withdraw", "--node", cbp.url(), "--token", admin(), id);
    assertThat(again.status()).isEqualTo(Main.NEGATIVE);
    assertThat(again.err()).contains("409", "conflict");
  }

  @Test
  void theNodeRefusesWhatTheTokenDoesNotAllow() {
    String officer = cbp.token(Role.OFFICER, Jurisdiction.US, Optional.of("2304"));
    List<String> add =
        List.of(
            "trust",
            "add",
            "--node",
            cbp.url(),
            "--issuer",
            BROKER,
            "--type",
            "DodaCredential",
            "--id-scheme",
            "PATENTE",
            "--national-id",
            "3910",
            "--valid-until",
            "2030-01-01T00:00:00Z",
            "--jurisdiction");
    Run byOfficer = run(concat(add, "US", "--token", officer));
    assertThat(byOfficer.status()).isEqualTo(Main.NEGATIVE);
    assertThat(byOfficer.err()).contains("403", "role-not-allowed");
    Run otherCountry = run(concat(add, "MX", "--token", admin()));
    assertThat(otherCountry.status()).isEqualTo(Main.NEGATIVE);
    assertThat(otherCountry.err()).contains("403", "jurisdiction-mismatch");
  }

  @Test
  void badUsage_exitsTwo() {
    Run neither = run("trust", "list", "--node", cbp.url());
    assertThat(neither.status()).isEqualTo(Main.UNUSABLE);
    assertThat(neither.err()).contains("--token or --data-dir");
    Run unreachable = run("trust", "list", "--node", "http://127.0.0.1:9", "--token", "x");
    assertThat(unreachable.status()).isEqualTo(Main.UNUSABLE);
  }

  private static String[] concat(List<String> head, String... tail) {
    return java.util.stream.Stream.concat(head.stream(), java.util.Arrays.stream(tail))
        .toArray(String[]::new);
  }
}
