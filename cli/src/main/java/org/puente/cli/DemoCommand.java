package org.puente.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.puente.cli.demo.DemoCluster;
import org.puente.cli.demo.DemoNode;
import org.puente.cli.demo.DemoPlan;
import org.puente.cli.demo.DemoScenario;
import org.puente.cli.demo.DemoScenario.Verdict;
import org.puente.cli.demo.DemoWitnessing;
import org.puente.server.auth.Role;
import org.puente.server.node.NodeRole;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code puente demo [--data-dir DIR] [--base-port N] [--once]}: starts a CBP node (Laredo 2304),
 * an ANAM node (Nuevo Laredo 240) and four trade party nodes on one embedded PostgreSQL, accredits
 * the parties, issues one consignment's credentials and verifies them on both authority nodes over
 * HTTP, prints what happened, and keeps the nodes running until Ctrl-C ({@code --once}: stops).
 */
@Command(
    name = "demo",
    description =
        "Run Puente's main job end to end: two customs nodes, four trade parties, one consignment.")
final class DemoCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(
      names = "--data-dir",
      description = "where the nodes keep keys and the database (default ./puente-data; reused)")
  Path dataDir = Path.of("puente-data");

  @Option(names = "--base-port", description = "first of six HTTP ports (default 8440)")
  int basePort = 8440;

  @Option(names = "--once", description = "run the scenario, print, and stop")
  boolean once;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    List<DemoPlan.Node> plan = DemoPlan.nodes(basePort);
    out.printf(
        Locale.ROOT,
        "Puente demo: starting %d nodes on one embedded PostgreSQL in %s ...%n",
        plan.size(),
        dataDir.toAbsolutePath().normalize());
    out.flush();
    DemoCluster cluster = DemoCluster.start(dataDir, plan);
    CountDownLatch stopped = new CountDownLatch(1);
    Thread hook = new Thread(() -> closeQuietly(cluster, stopped), "puente-demo-shutdown");
    Runtime.getRuntime().addShutdownHook(hook);
    try {
      List<Verdict> verdicts = new DemoScenario(cluster, Clock.systemUTC()).run(out);
      print(out, cluster, verdicts);
      DemoWitnessing.print(out, new DemoWitnessing(cluster).run());
      boolean allTrusted = verdicts.stream().allMatch(Verdict::trusted);
      if (once) {
        Runtime.getRuntime().removeShutdownHook(hook);
        closeQuietly(cluster, stopped);
        return allTrusted ? 0 : 1;
      }
      out.println("The nodes keep running. Ctrl-C stops them (the data stays for the next run).");
      out.flush();
      stopped.await();
      return 0;
    } catch (Exception e) {
      Runtime.getRuntime().removeShutdownHook(hook);
      closeQuietly(cluster, stopped);
      throw e;
    }
  }

  private static void print(PrintWriter out, DemoCluster cluster, List<Verdict> verdicts) {
    out.println();
    out.println("What each customs node concluded:");
    for (Verdict v : verdicts) {
      out.printf(
          Locale.ROOT,
          "  %-22s %-28s %-9s %s%n",
          v.authority(),
          v.credentialType(),
          v.trusted() ? "TRUSTED" : v.verified() ? "VERIFIED" : "REJECTED",
          v.trusted() ? v.receivedUrl() : v.code());
    }
    out.println();
    out.println("Where to look:");
    for (DemoNode node : cluster.nodes()) {
      out.printf(
          Locale.ROOT,
          "  %-26s %s  (%s, %s)%n",
          node.plan().name(),
          node.url(),
          node.plan().label(),
          node.did());
    }
    for (DemoNode node : cluster.nodes()) {
      if (node.plan().role() == NodeRole.TRADE) {
        continue;
      }
      var j = DemoPlan.jurisdiction(node.plan());
      String token =
          node.token(
              Role.OFFICER,
              j,
              Optional.of(
                  j == DemoPlan.jurisdiction(node.plan()) && node.plan().role() == NodeRole.US
                      ? "2304"
                      : "240"));
      out.printf(
          Locale.ROOT, "%nOfficer token for %s (valid 24 h):%n  %s%n", node.plan().name(), token);
      out.printf(
          Locale.ROOT,
          "  curl -H \"Authorization: Bearer $TOKEN\" %s/api/v1/credentials/received%n",
          node.url());
    }
    out.printf(
        Locale.ROOT,
        "%nPublic: DID documents at <node>/.well-known/did.json, trust lists at"
            + " <node>/api/v1/trust-list, status lists at <node>/credentials/status/revocation-1,"
            + " the API at <node>/swagger-ui.html%n");
    out.flush();
  }

  private static void closeQuietly(DemoCluster cluster, CountDownLatch stopped) {
    try {
      cluster.close();
    } catch (java.io.IOException | RuntimeException e) {
      System.err.println("puente demo: stopping: " + e.getMessage());
    } finally {
      stopped.countDown();
    }
  }
}
