package org.puente.server.ledger;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.puente.server.PuenteServerApplication;
import org.puente.server.auth.NodeTokens;
import org.puente.server.auth.Role;
import org.puente.server.node.DataDirectory;
import org.puente.server.node.Jurisdiction;

/**
 * A US node run as a child JVM on a data directory, for crash tests and load runs: start, wait for
 * health, SIGKILL, restart on the same directory.
 */
final class NodeProcess {
  private final Path dataDir;
  private final int port;
  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  private Process process;

  NodeProcess(Path dataDir) throws IOException {
    this.dataDir = dataDir;
    try (ServerSocket s = new ServerSocket(0)) {
      this.port = s.getLocalPort();
    }
  }

  int port() {
    return port;
  }

  URI uri(String path) {
    return URI.create("http://localhost:" + port + path);
  }

  /** Starts the node and waits until it reports healthy. */
  void start(String... extraArgs) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-Xmx512m");
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.add(PuenteServerApplication.class.getName());
    command.add("--puente.node.role=us");
    command.add("--puente.node.name=ledger-crash");
    command.add("--puente.node.data-dir=" + dataDir);
    command.add("--server.port=" + port);
    command.addAll(List.of(extraArgs));
    Path log = dataDir.resolveSibling(dataDir.getFileName() + ".log");
    process =
        new ProcessBuilder(command)
            .redirectErrorStream(true)
            .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
            .start();
    awaitUp();
  }

  /** SIGKILL (POSIX): no shutdown hook runs. */
  void kill() throws InterruptedException {
    process.destroyForcibly();
    process.waitFor(30, TimeUnit.SECONDS);
  }

  /** A one-hour node-admin token of this node's own issuer. */
  String adminToken() throws IOException {
    return NodeTokens.loadOrCreate(new DataDirectory(dataDir), new SecureRandom())
        .mint(
            "ledger-test",
            List.of(Role.NODE_ADMIN),
            Jurisdiction.US,
            Optional.empty(),
            Duration.ofHours(1),
            Clock.systemUTC());
  }

  private void awaitUp() throws InterruptedException {
    Instant deadline = Instant.now().plus(Duration.ofMinutes(4));
    while (Instant.now().isBefore(deadline)) {
      if (!process.isAlive()) {
        throw new AssertionError("the node process exited early; see " + dataDir + ".log");
      }
      try {
        HttpResponse<String> r =
            http.send(
                HttpRequest.newBuilder(uri("/actuator/health")).build(),
                HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() == 200) {
          return;
        }
      } catch (IOException notYet) {
        // starting
      }
      Thread.sleep(250);
    }
    throw new AssertionError("the node did not come up on port " + port);
  }

  /** Stops the node gracefully if it runs. */
  void close() throws InterruptedException {
    if (process != null && process.isAlive()) {
      process.destroy();
      process.waitFor(60, TimeUnit.SECONDS);
    }
  }
}
