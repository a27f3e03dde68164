package org.puente.cli;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.PrintWriter;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.puente.cli.demo.DemoCluster;
import org.puente.cli.demo.DemoNode;
import org.puente.cli.demo.DemoPlan;
import org.puente.cli.demo.DemoScenario;
import org.puente.cli.load.LeanHttpClient;
import org.puente.cli.load.LoadRun;
import org.puente.cli.load.LoopbackOnly;
import org.puente.credentials.Credentials;
import org.puente.documents.credentials.CredentialType;
import org.puente.server.access.AccessRecords;
import org.puente.server.access.AccessRule;
import org.puente.server.access.AccessRules;
import org.puente.server.auth.Caller;
import org.puente.server.auth.Role;
import org.puente.server.node.Jurisdiction;
import org.puente.server.store.GroupCommit;
import org.puente.server.vcapi.VcApiService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code puente bench ...}: load runs against a local node (loopback only). */
@Command(
    name = "bench",
    description = "Load runs against a local node (loopback only).",
    subcommands = {BenchCommand.VerifyHttp.class})
final class BenchCommand {
  private BenchCommand() {}

  /**
   * {@code puente bench verify-http}: starts a CBP node on the embedded PostgreSQL, has it issue a
   * USMCA certification of origin, then measures {@code POST /credentials/verify} over HTTP and, in
   * the same run, in-process verification of the same credential with the node's own facade (same
   * resolver, same status checker): rate, p50, p99, and the HTTP overhead.
   */
  @Command(name = "verify-http", description = "HTTP verify rate beside in-process verify rate.")
  static final class VerifyHttp implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Option(names = "--data-dir", description = "node data (default ./puente-bench-data)")
    Path dataDir = Path.of("puente-bench-data");

    @Option(names = "--port", description = "HTTP port of the node (default 8460)")
    int port = 8460;

    @Option(names = "--workers", description = "closed-loop workers (default 4)")
    int workers = 4;

    @Option(names = "--ops", description = "operations per measured run (default 4000)")
    long ops = 4000;

    @Option(names = "--seconds", description = "time bound per measured run (default 30)")
    long seconds = 30;

    @Option(
        names = "--warmup-seconds",
        description =
            "warm-up of each path before any measurement (default 60): the HTTP path runs far more"
                + " code than the engine, and on 2 cores the JIT needs about a minute to compile it")
    long warmupSeconds = 60;

    @Override
    public Integer call() throws Exception {
      PrintWriter out = spec.commandLine().getOut();
      List<DemoPlan.Node> plan = DemoPlan.nodes(port).subList(0, 1);
      try (DemoCluster cluster = DemoCluster.start(dataDir, plan)) {
        DemoNode node = cluster.nodes().get(0);
        URI verifyUrl = LoopbackOnly.check(URI.create(node.url() + "/credentials/verify"));
        HttpClient http = HttpClient.newHttpClient();
        JsonObject vc = issue(http, node);
        String officer = node.token(Role.OFFICER, Jurisdiction.US, Optional.of("2304"));
        String body = Json.createObjectBuilder().add("verifiableCredential", vc).build().toString();
        byte[] request =
            LeanHttpClient.post(
                verifyUrl,
                Map.of("Authorization", "Bearer " + officer, "Content-Type", "application/json"),
                body.getBytes(StandardCharsets.UTF_8));
        Queue<LeanHttpClient> clients = new ConcurrentLinkedQueue<>();
        ThreadLocal<LeanHttpClient> client =
            ThreadLocal.withInitial(
                () -> {
                  LeanHttpClient c = new LeanHttpClient(verifyUrl);
                  clients.add(c);
                  return c;
                });
        VcApiService service = node.context().getBean(VcApiService.class);
        Credentials facade = service.credentials();
        AccessRecords records = node.context().getBean(AccessRecords.class);
        AccessRule verifyRule =
            AccessRules.TABLE.stream()
                .filter(r -> r.id().equals("vcapi.verify"))
                .findFirst()
                .orElseThrow();
        Caller caller =
            new Caller("bench-officer", Set.of(Role.OFFICER), Jurisdiction.US, Optional.of("2304"));
        JsonObject requestJson = Json.createObjectBuilder().add("verifiableCredential", vc).build();
        LoadRun.Operation overHttp =
            () -> {
              LeanHttpClient.Response r = client.get().exchange(request);
              if (r.status() != 200 || !r.body().contains("\"verified\":true")) {
                throw new IllegalStateException("verify answered " + r.status());
              }
            };
        LoadRun.Operation inProcess =
            () -> {
              if (!facade.report(vc).verified()) {
                throw new IllegalStateException("not verified in process");
              }
            };
        // What the endpoint does behind HTTP: the same service call, its writes deferred and
        // committed with an access record in one group commit, exactly as the access filter does.
        LoadRun.Operation inProcessStored =
            () -> {
              JsonObject result;
              List<GroupCommit.Op> writes;
              try (GroupCommit.Deferral d = records.commits().defer()) {
                result = service.verifyCredential(requestJson, caller);
                writes = d.writes();
              }
              records.record(
                  Optional.of(caller), "POST", "/credentials/verify", verifyRule, 200, writes);
              if (!result.getBoolean("verified")) {
                throw new IllegalStateException("not verified in process");
              }
            };
        Duration bound = Duration.ofSeconds(seconds);
        Duration warmup = Duration.ofSeconds(warmupSeconds);
        LoadRun.run("warm-up http", workers, Long.MAX_VALUE, warmup, overHttp);
        LoadRun.run("warm-up in-process", workers, Long.MAX_VALUE, warmup, inProcess);
        LoadRun.run("warm-up in-process+store", workers, Long.MAX_VALUE, warmup, inProcessStored);
        LoadRun.Result local = LoadRun.run("verify in-process", workers, ops, bound, inProcess);
        LoadRun.Result stored =
            LoadRun.run("verify+store in-process", workers, ops, bound, inProcessStored);
        LoadRun.Result remote = LoadRun.run("verify over HTTP", workers, ops, bound, overHttp);
        out.println(local.summary());
        out.println(stored.summary());
        out.println(remote.summary());
        out.printf(
            Locale.ROOT,
            "storing (credential, report, access record; one group commit): %.2fx the time per"
                + " verification in process%n",
            local.throughput() / stored.throughput());
        out.printf(
            Locale.ROOT,
            "HTTP over the same stored verification in process: %.2fx%n",
            stored.throughput() / remote.throughput());
        out.printf(
            Locale.ROOT,
            "HTTP / in-process: %.2fx the time per verification (rate %.1f vs %.1f ops/s);"
                + " p50 %+.3f ms over in-process%n",
            local.throughput() / remote.throughput(),
            remote.throughput(),
            local.throughput(),
            (remote.percentile(0.5).toNanos() - local.percentile(0.5).toNanos()) / 1e6);
        out.flush();
        clients.forEach(LeanHttpClient::close);
        return remote.failures() == 0 && local.failures() == 0 && stored.failures() == 0 ? 0 : 1;
      }
    }

    private static JsonObject issue(HttpClient http, DemoNode node) throws Exception {
      JsonObject credential =
          DemoScenario.unsignedExample(CredentialType.USMCA_CERTIFICATION_OF_ORIGIN, Instant.now());
      String token = node.token(Role.ISSUER_ADMIN, Jurisdiction.US, Optional.empty());
      HttpResponse<String> r =
          http.send(
              HttpRequest.newBuilder(URI.create(node.url() + "/credentials/issue"))
                  .header("Authorization", "Bearer " + token)
                  .header("Content-Type", "application/json")
                  .POST(
                      HttpRequest.BodyPublishers.ofString(
                          Json.createObjectBuilder()
                              .add("credential", credential)
                              .build()
                              .toString()))
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      if (r.statusCode() != 201) {
        throw new IllegalStateException("issue answered " + r.statusCode() + ": " + r.body());
      }
      return Json.createReader(new StringReader(r.body()))
          .readObject()
          .getJsonObject("verifiableCredential");
    }
  }
}
