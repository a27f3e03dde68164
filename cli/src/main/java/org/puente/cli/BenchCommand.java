package org.puente.cli;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.ByteArrayInputStream;
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
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.function.Function;
import org.puente.cli.demo.DemoCluster;
import org.puente.cli.demo.DemoNode;
import org.puente.cli.demo.DemoPlan;
import org.puente.cli.demo.DemoScenario;
import org.puente.cli.load.CpuMeter;
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
import picocli.CommandLine.ParameterException;
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

    @Option(names = "--ops", description = "operations per path, over all rounds (default 4000)")
    long ops = 4000;

    @Option(
        names = "--seconds",
        description = "time bound of each path in each measured round (default 10)")
    long seconds = 10;

    @Option(
        names = "--rounds",
        description =
            "measured rounds (default 4); each runs the paths in turn, and every second round"
                + " runs them in the reverse order of the one before")
    int rounds = 4;

    @Option(
        names = "--warmup-seconds",
        description =
            "warm-up of each path before any measurement (default 60): the HTTP path runs far more"
                + " code than the engine, and on 2 cores the JIT needs about a minute to compile it")
    long warmupSeconds = 60;

    @Override
    public Integer call() throws Exception {
      PrintWriter out = spec.commandLine().getOut();
      if (rounds < 1 || workers < 1 || seconds < 1) {
        throw new ParameterException(
            spec.commandLine(), "--rounds, --workers and --seconds must be at least 1");
      }
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
        LoadRun.Operation overHttp =
            () -> {
              LeanHttpClient.Response r = client.get().exchange(request);
              if (r.status() != 200 || !r.body().contains("\"verified\":true")) {
                throw new IllegalStateException("verify answered " + r.status());
              }
            };
        // The in-process paths start from the bytes the HTTP request carries, read by the same
        // bounded reader as the endpoint: any verifier of a credential from outside its process
        // parses it first, so parsing is not something HTTP adds. The parsed path shows what the
        // engine alone costs.
        byte[] vcBytes = vc.toString().getBytes(StandardCharsets.UTF_8);
        byte[] requestBytes = body.getBytes(StandardCharsets.UTF_8);
        LoadRun.Operation parsedInProcess =
            () -> {
              if (!facade.report(vc).verified()) {
                throw new IllegalStateException("not verified in process");
              }
            };
        LoadRun.Operation inProcess =
            () -> {
              JsonObject credential = facade.read(new ByteArrayInputStream(vcBytes));
              if (!facade.report(credential).verified()) {
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
                JsonObject requestJson = facade.read(new ByteArrayInputStream(requestBytes));
                result = service.verifyCredential(requestJson, caller);
                writes = d.writes();
              }
              records.record(
                  Optional.of(caller), "POST", "/credentials/verify", verifyRule, 200, writes);
              if (!result.getBoolean("verified")) {
                throw new IllegalStateException("not verified in process");
              }
            };
        Tier localTier = new Tier("verify in-process", inProcess);
        Tier storedTier = new Tier("verify+store in-process", inProcessStored);
        Tier remoteTier = new Tier("verify over HTTP", overHttp);
        List<Tier> paths =
            List.of(
                localTier,
                new Tier("verify parsed in-process", parsedInProcess),
                storedTier,
                remoteTier);
        CpuMeter cpu = CpuMeter.of(Optional.of(dataDir.resolve("postgres/postmaster.pid")));
        Duration bound = Duration.ofSeconds(seconds);
        // Warm-up and measurement both take the paths in turn, so that none of them goes cold (and
        // loses compiled code) while the others run, and a slow phase of the machine falls on all
        // of them alike. The measured rounds go in mirrored pairs (LoadRun.roundOrder): what a path
        // leaves behind (PostgreSQL's autovacuum and checkpoints after the writing paths, garbage)
        // is then paid as often by the path before it as by the one after it.
        long warmEnd = System.nanoTime() + Duration.ofSeconds(warmupSeconds).toNanos();
        for (int turn = 0; System.nanoTime() < warmEnd; turn++) {
          Tier t = paths.get(turn % paths.size());
          long left = Math.max(1, warmEnd - System.nanoTime());
          LoadRun.run(
              "warm-up",
              workers,
              Long.MAX_VALUE,
              Duration.ofNanos(Math.min(left, 5_000_000_000L)),
              t.op);
        }
        for (int round = 0; round < rounds; round++) {
          for (int i : LoadRun.roundOrder(round, paths.size())) {
            Tier t = paths.get(i);
            CpuMeter.Sample before = cpu.sample();
            long commitsBefore = records.commits().transactions();
            t.results.add(LoadRun.run(t.name, workers, Math.max(1, ops / rounds), bound, t.op));
            t.cpu = t.cpu.plus(cpu.sample().since(before));
            t.commits += records.commits().transactions() - commitsBefore;
          }
        }
        for (Tier t : paths) {
          t.total = LoadRun.Result.combine(t.name, t.results);
          out.println(t.total.summary() + "  " + t.cpuPerOperation());
        }
        LoadRun.Result local = localTier.total;
        LoadRun.Result stored = storedTier.total;
        LoadRun.Result remote = remoteTier.total;
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
        return paths.stream().allMatch(t -> t.total.failures() == 0) ? 0 : 1;
      }
    }

    /** One measured path: its rounds and the CPU they used. */
    private static final class Tier {
      final String name;
      final LoadRun.Operation op;
      final List<LoadRun.Result> results = new ArrayList<>();
      CpuMeter.Sample cpu = CpuMeter.ZERO;
      long commits;
      LoadRun.Result total;

      Tier(String name, LoadRun.Operation op) {
        this.name = name;
        this.op = op;
      }

      /**
       * CPU per operation of this JVM (node and load threads), of its load threads alone (over
       * HTTP: the client) and of PostgreSQL.
       */
      String cpuPerOperation() {
        double n = Math.max(1, total.operations());
        Function<Duration, String> perOperation =
            d -> String.format(Locale.ROOT, "%.0f us", d.toNanos() / 1e3 / n);
        return String.format(
            Locale.ROOT,
            "cpu/op: jvm %s (load threads %s), db %s%s",
            cpu.jvm().map(perOperation).orElse("n/a"),
            Optional.of(total.workerCpu()).filter(d -> !d.isZero()).map(perOperation).orElse("n/a"),
            cpu.database().map(perOperation).orElse("n/a"),
            commits == 0
                ? ""
                : String.format(Locale.ROOT, "; %.1f ops per group commit", n / commits));
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
