package org.puente.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.puente.server.auth.NodeTokens;
import org.puente.server.auth.Role;
import org.puente.server.node.DataDirectory;
import org.puente.server.node.Jurisdiction;

/**
 * Crash safety: a node started as a child process is killed with SIGKILL while writers are in the
 * middle of writes; restarted on the same data directory, it must hold every write it acknowledged
 * (201) and every record it holds must be whole. The write endpoint today is the trust registry;
 * the lead points {@link #write} at credential issuance.
 */
class NodeCrashIT {
  private static final Pattern ID = Pattern.compile("\"id\":\"([0-9a-f-]{36})\"");

  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  private Path dataDir;
  private Process node;

  @BeforeEach
  void dataDir() throws IOException {
    Path base = Path.of(System.getProperty("java.io.tmpdir"), "puente-test-nodes");
    Files.createDirectories(base);
    dataDir = Files.createTempDirectory(base, "crash-");
  }

  @AfterEach
  void cleanUp() throws Exception {
    if (node != null && node.isAlive()) {
      node.destroy();
      node.waitFor(60, TimeUnit.SECONDS);
    }
    NodeTestBase.deleteTree(dataDir);
  }

  @Test
  @DisplayName("kill -9 during writes loses no acknowledged record and leaves no half-written one")
  void killDuringWrites_restart_keepsEveryAcknowledgedWrite() throws Exception {
    int port = freePort();
    node = start(port);
    awaitUp(port);
    String token = adminToken();
    Set<String> acknowledged = ConcurrentHashMap.newKeySet();
    AtomicBoolean stop = new AtomicBoolean();
    List<Thread> writers = new ArrayList<>();
    for (int w = 0; w < 4; w++) {
      Thread t = new Thread(() -> writeUntilFailure(port, token, acknowledged, stop));
      t.start();
      writers.add(t);
    }
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
    while (acknowledged.size() < 40 && System.nanoTime() < deadline) {
      Thread.sleep(20);
    }
    node.destroyForcibly(); // SIGKILL on POSIX: no shutdown hook runs
    node.waitFor(30, TimeUnit.SECONDS);
    stop.set(true);
    for (Thread t : writers) {
      t.join(30_000);
    }
    assertThat(acknowledged).hasSizeGreaterThanOrEqualTo(40);

    node = start(port);
    awaitUp(port);
    Set<String> stored = storedIds(port, token);
    assertThat(stored).containsAll(acknowledged);
    // at most the writes in flight at the kill may be stored without an acknowledgement
    assertThat(stored.size() - acknowledged.size()).isBetween(0, 4);
  }

  private void writeUntilFailure(
      int port, String token, Set<String> acknowledged, AtomicBoolean stop) {
    while (!stop.get()) {
      try {
        HttpResponse<String> r = write(port, token);
        if (r.statusCode() != 201) {
          return;
        }
        Matcher m = ID.matcher(r.body());
        if (m.find()) {
          acknowledged.add(m.group(1));
        }
      } catch (IOException e) {
        return; // the node died: this write is not acknowledged
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
    }
  }

  /** One write: a trust registry entry. */
  private HttpResponse<String> write(int port, String token)
      throws IOException, InterruptedException {
    String body =
        "{\"issuerDid\":\"did:web:broker-"
            + UUID.randomUUID()
            + ".example\",\"credentialType\":\"EntrySummaryCredential\",\"jurisdiction\":\"US\","
            + "\"idScheme\":\"FILER_CODE\",\"nationalId\":\"Q2W\",\"validFrom\":\"2026-01-01T00:00:00Z\","
            + "\"validUntil\":\"2030-01-01T00:00:00Z\"}";
    return http.send(
        HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/trust/entries"))
            .timeout(Duration.ofSeconds(30))
            .header("Authorization", "Bearer " + token)
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private Set<String> storedIds(int port, String token) throws IOException, InterruptedException {
    HttpResponse<String> r =
        http.send(
            HttpRequest.newBuilder(
                    URI.create("http://localhost:" + port + "/api/v1/trust/entries?limit=1000"))
                .header("Authorization", "Bearer " + token)
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(r.statusCode()).isEqualTo(200);
    // every stored entry is whole: it parses back into a validated TrustEntry on the server, and
    // each object carries all of its members
    assertThat(r.body().split("\"validUntil\"").length - 1)
        .isEqualTo(r.body().split("\"issuerDid\"").length - 1);
    return ID.matcher(r.body()).results().map(m -> m.group(1)).collect(Collectors.toSet());
  }

  private String adminToken() throws IOException {
    return NodeTokens.loadOrCreate(new DataDirectory(dataDir), new SecureRandom())
        .mint(
            "crash-test",
            List.of(Role.NODE_ADMIN),
            Jurisdiction.US,
            Optional.empty(),
            Duration.ofHours(1),
            Clock.systemUTC());
  }

  private Process start(int port) throws IOException {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-Xmx384m");
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.add(PuenteServerApplication.class.getName());
    command.add("--puente.node.role=us");
    command.add("--puente.node.name=crash");
    command.add("--puente.node.data-dir=" + dataDir);
    command.add("--server.port=" + port);
    command.add("--spring.main.banner-mode=off");
    Path log = dataDir.resolveSibling(dataDir.getFileName() + ".log");
    return new ProcessBuilder(command)
        .redirectErrorStream(true)
        .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
        .start();
  }

  private void awaitUp(int port) throws InterruptedException {
    Instant deadline = Instant.now().plus(Duration.ofMinutes(4));
    while (Instant.now().isBefore(deadline)) {
      assertThat(node.isAlive()).as("the node process exited early").isTrue();
      try {
        HttpResponse<String> r =
            http.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/actuator/health"))
                    .build(),
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

  private static int freePort() throws IOException {
    try (ServerSocket s = new ServerSocket(0)) {
      return s.getLocalPort();
    }
  }
}
