package org.puente.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

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
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.puente.server.auth.NodeTokens;
import org.puente.server.auth.Role;
import org.puente.server.node.DataDirectory;
import org.puente.server.node.Jurisdiction;

/**
 * A US node run as a child JVM on a data directory, for crash tests and load runs: start, wait for
 * health, SIGKILL, restart on the same directory.
 */
public final class NodeProcess {
  private final Path dataDir;
  private final String name;
  private final int port;
  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  private Process process;

  /** A node named {@code name} on {@code dataDir}, on a free port (not started). */
  public NodeProcess(Path dataDir, String name) throws IOException {
    this.dataDir = dataDir;
    this.name = name;
    try (ServerSocket s = new ServerSocket(0)) {
      this.port = s.getLocalPort();
    }
  }

  /** Its HTTP port. */
  public int port() {
    return port;
  }

  /** {@code path} on this node. */
  public URI uri(String path) {
    return URI.create("http://localhost:" + port + path);
  }

  /** Starts the node and waits until it reports healthy. */
  public void start(String... extraArgs) throws IOException {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-Xmx512m");
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.add(PuenteServerApplication.class.getName());
    command.add("--puente.node.role=us");
    command.add("--puente.node.name=" + name);
    command.add("--puente.node.data-dir=" + dataDir);
    command.add("--server.port=" + port);
    command.add("--spring.main.banner-mode=off");
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
  public void kill() throws InterruptedException {
    process.destroyForcibly();
    process.waitFor(30, TimeUnit.SECONDS);
  }

  /** A one-hour node-admin token of this node's own issuer. */
  public String adminToken() throws IOException {
    return token(List.of(Role.NODE_ADMIN), Optional.empty());
  }

  /** A one-hour US token of this node's own issuer with {@code roles} (and an officer's port). */
  public String token(List<Role> roles, Optional<String> portCode) throws IOException {
    return NodeTokens.loadOrCreate(new DataDirectory(dataDir), new SecureRandom())
        .mint(
            name + "-test",
            roles,
            Jurisdiction.US,
            portCode,
            Duration.ofHours(1),
            Clock.systemUTC());
  }

  private void awaitUp() {
    await()
        .atMost(Duration.ofMinutes(4))
        .pollInterval(Duration.ofMillis(250))
        .until(
            () -> {
              assertThat(process.isAlive())
                  .as("the node process exited early; see %s.log", dataDir)
                  .isTrue();
              return healthy();
            });
  }

  private boolean healthy() throws InterruptedException {
    try {
      return http.send(
                  HttpRequest.newBuilder(uri("/actuator/health")).build(),
                  HttpResponse.BodyHandlers.ofString())
              .statusCode()
          == 200;
    } catch (IOException notYet) {
      return false; // starting
    }
  }

  /** Stops the node gracefully if it runs. */
  public void close() throws InterruptedException {
    if (process != null && process.isAlive()) {
      process.destroy();
      process.waitFor(60, TimeUnit.SECONDS);
    }
  }
}
