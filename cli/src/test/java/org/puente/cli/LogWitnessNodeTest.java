package org.puente.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.puente.cli.demo.DemoCluster;
import org.puente.cli.demo.DemoNode;
import org.puente.cli.demo.DemoPlan;
import org.puente.server.auth.Role;
import org.puente.server.node.Jurisdiction;

/**
 * {@code puente log witness --node} against two running authority nodes (CBP and ANAM of the demo
 * plan, on one embedded PostgreSQL): each operator registers the other country's node and the
 * node's latest checkpoint comes back cosigned by the other's witness, checked offline.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LogWitnessNodeTest {
  private DemoCluster cluster;
  private String lastOut;
  private String lastErr;

  @BeforeAll
  void startBothAuthorities() throws Exception {
    List<DemoPlan.Node> plan = DemoPlan.nodes(DemoCommandTest.freeBasePort()).subList(0, 2);
    cluster = DemoCluster.start(DemoCommandTest.dataDir(), plan);
  }

  @AfterAll
  void stop() throws Exception {
    if (cluster != null) {
      cluster.close();
    }
  }

  private int run(String... args) {
    VcCommandTest.Result result = VcCommandTest.run(args);
    lastOut = result.out();
    lastErr = result.err();
    return result.status();
  }

  private static String admin(DemoNode node, Jurisdiction j) {
    return node.serviceToken(Role.NODE_ADMIN, j, Duration.ofMinutes(10));
  }

  private int register(DemoNode node, DemoNode peer, String... more) {
    Jurisdiction mine = DemoPlan.jurisdiction(node.plan());
    List<String> args =
        new java.util.ArrayList<>(
            List.of(
                "log",
                "witness",
                "--node",
                node.url(),
                "--token",
                admin(node, mine),
                "--peer",
                peer.url()));
    args.addAll(List.of(more));
    return run(args.toArray(String[]::new));
  }

  @Test
  void witnessOnNode_eachCountryCosignsTheOthersLog() {
    DemoNode us = cluster.node("cbp-laredo-2304");
    DemoNode mx = cluster.node("anam-nuevo-laredo-240");

    // CBP registers ANAM first: ANAM does not know CBP's DID yet, so it refuses CBP's checkpoint.
    assertThat(register(us, mx)).as(lastOut + lastErr).isEqualTo(1);
    assertThat(lastOut)
        .contains("registered localhost:" + mx.plan().port() + "/log (MX, " + mx.did())
        .contains("mutual TLS at " + mx.peerUrl().orElseThrow())
        .contains("NOT cosigned")
        .contains("peer-not-registered")
        .contains("has the peer registered this node");
    // ANAM registers CBP: its round is cosigned by CBP, which already watches ANAM's log.
    assertThat(register(mx, us)).as(lastOut + lastErr).isZero();
    assertThat(lastOut).contains("cosigned by localhost:" + us.plan().port() + "/witness");

    // Later rounds need no registration; the peer is kept by the node.
    assertThat(run("log", "witness", "--node", us.url(), "--token", admin(us, Jurisdiction.US)))
        .as(lastOut + lastErr)
        .isZero();
    assertThat(lastOut)
        .containsPattern(
            "checkpoint [0-9]+ of localhost:"
                + us.plan().port()
                + "/log \\(root [0-9a-f]{64}\\) cosigned by localhost:"
                + mx.plan().port()
                + "/witness, verified: "
                + us.url()
                + "/log/witnessed/[0-9]+");
  }

  @Test
  void witnessOnNode_wrongPinOrMissingToken_isRefusedWithACode() {
    DemoNode us = cluster.node("cbp-laredo-2304");
    DemoNode mx = cluster.node("anam-nuevo-laredo-240");

    assertThat(register(us, mx, "--peer-witness-key", "localhost/witness+01234567+BAAA"))
        .isEqualTo(2);
    assertThat(lastErr).contains("invalid-key");
    assertThat(register(us, us)).isEqualTo(2);
    assertThat(lastErr).contains("409").contains("same-jurisdiction");
    assertThat(run("log", "witness", "--node", us.url())).isEqualTo(2);
    assertThat(lastErr).contains("--token");
    assertThat(run("log", "witness", "--dir", "x")).isEqualTo(2);
    assertThat(lastErr).contains("--node");
  }
}
