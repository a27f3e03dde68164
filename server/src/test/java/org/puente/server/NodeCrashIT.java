package org.puente.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.puente.server.auth.Role;

/**
 * Crash safety: a node started as a child process is killed with SIGKILL while writers are in the
 * middle of writes; restarted on the same data directory, it must hold every write it acknowledged
 * (201) and every record it holds must be whole. The writes are credential issuances ({@code POST
 * /credentials/issue}): after the restart every acknowledged credential is stored, every stored one
 * still verifies (its signed content is whole) and holds its own status list index.
 */
class NodeCrashIT {

  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  private Path dataDir;
  private NodeProcess node;

  @BeforeEach
  void dataDir() throws IOException {
    dataDir = NodeTestBase.newTestDirectory("crash-");
    node = new NodeProcess(dataDir, "crash");
  }

  @AfterEach
  void cleanUp() throws Exception {
    node.close();
    NodeTestBase.deleteTree(dataDir);
  }

  @Test
  @DisplayName("kill -9 during writes loses no acknowledged record and leaves no half-written one")
  void killDuringWrites_restart_keepsEveryAcknowledgedWrite() throws Exception {
    int port = node.port();
    node.start();
    String token = node.token(List.of(Role.ISSUER_ADMIN), Optional.empty());
    Set<String> acknowledged = ConcurrentHashMap.newKeySet();
    AtomicBoolean stop = new AtomicBoolean();
    List<Thread> writers = new ArrayList<>();
    for (int w = 0; w < 4; w++) {
      Thread t = new Thread(() -> writeUntilFailure(port, token, acknowledged, stop));
      t.start();
      writers.add(t);
    }
    await().atMost(Duration.ofSeconds(60)).until(() -> acknowledged.size() >= 40);
    node.kill(); // SIGKILL on POSIX: no shutdown hook runs
    stop.set(true);
    for (Thread t : writers) {
      t.join(30_000);
    }
    assertThat(acknowledged).hasSizeGreaterThanOrEqualTo(40);

    node.start();
    String reader = node.token(List.of(Role.AUDITOR, Role.OFFICER), Optional.of("2304"));
    List<JsonObject> stored = stored(port, reader);
    Set<String> ids = stored.stream().map(c -> c.getString("id")).collect(Collectors.toSet());
    assertThat(ids).containsAll(acknowledged);
    // at most the writes in flight at the kill may be stored without an acknowledgement
    assertThat(ids.size() - acknowledged.size()).isBetween(0, 4);
    // every stored credential is whole: it verifies, and it holds a status index of its own
    for (JsonObject c : stored) {
      assertThat(verifies(port, reader, c.getString("content"))).as(c.getString("id")).isTrue();
    }
    assertThat(stored.stream().map(c -> c.getInt("statusIndex")).distinct().count())
        .isEqualTo(stored.size());
  }

  private void writeUntilFailure(
      int port, String token, Set<String> acknowledged, AtomicBoolean stop) {
    while (!stop.get()) {
      try {
        HttpResponse<String> r = issue(port, token);
        if (r.statusCode() != 201) {
          return;
        }
        acknowledged.add(json(r.body()).getJsonObject("verifiableCredential").getString("id"));
      } catch (IOException e) {
        return; // the node died: this write is not acknowledged
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
    }
  }

  private static JsonObject json(String text) {
    try (JsonReader reader = Json.createReader(new StringReader(text))) {
      return reader.readObject();
    }
  }

  /** One write: a credential issued by the node, with a revocation status entry. */
  private HttpResponse<String> issue(int port, String token)
      throws IOException, InterruptedException {
    String body =
        "{\"credential\":{\"@context\":[\"https://www.w3.org/ns/credentials/v2\","
            + "\"https://www.w3.org/ns/credentials/undefined-terms/v2\"],"
            + "\"type\":[\"VerifiableCredential\",\"PortNoteCredential\"],"
            + "\"credentialSubject\":{\"id\":\"did:example:coil-7\",\"heatNumber\":\"H-"
            + UUID.randomUUID()
            + "\"}}}";
    return post(port, "/credentials/issue", token, body);
  }

  private HttpResponse<String> post(int port, String path, String token, String body)
      throws IOException, InterruptedException {
    return http.send(
        HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
            .timeout(Duration.ofSeconds(30))
            .header("Authorization", "Bearer " + token)
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private List<JsonObject> stored(int port, String token) throws IOException, InterruptedException {
    HttpResponse<String> r =
        http.send(
            HttpRequest.newBuilder(
                    URI.create(
                        "http://localhost:" + port + "/api/v1/credentials/issued?limit=1000"))
                .header("Authorization", "Bearer " + token)
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
    try (JsonReader reader = Json.createReader(new StringReader(r.body()))) {
      return reader.readArray().getValuesAs(JsonObject.class);
    }
  }

  private boolean verifies(int port, String token, String content)
      throws IOException, InterruptedException {
    HttpResponse<String> r =
        post(port, "/credentials/verify", token, "{\"verifiableCredential\":" + content + "}");
    assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
    return json(r.body()).getBoolean("verified");
  }
}
