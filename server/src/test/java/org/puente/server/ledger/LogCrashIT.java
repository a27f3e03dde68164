package org.puente.server.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.puente.ledger.model.Checkpoint;
import org.puente.ledger.model.ConsistencyProof;
import org.puente.ledger.model.Hash;
import org.puente.ledger.model.MerkleTree;
import org.puente.ledger.model.SignedNote;
import org.puente.ledger.model.TileId;
import org.puente.ledger.model.Tiles;
import org.puente.ledger.model.VerifierKey;
import org.puente.server.NodeProcess;
import org.puente.server.NodeTestBase;

/**
 * Crash safety of the log over PostgreSQL: four writers append over HTTP while the node is killed
 * with SIGKILL; restarted on the same data directory, the log (read back through its tiles) holds
 * every acknowledged entry at its acknowledged index, at most the in-flight entries more, and its
 * new checkpoint is consistent with one signed before the kill.
 */
class LogCrashIT {
  private static final Pattern INDEX = Pattern.compile("\"index\":(\\d+)");
  private static final int WRITERS = 4;

  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  private Path dataDir;
  private NodeProcess node;

  @BeforeEach
  void dataDir() throws IOException {
    dataDir = NodeTestBase.newTestDirectory("log-crash-");
    node = new NodeProcess(dataDir, "ledger-crash");
  }

  @AfterEach
  void cleanUp() throws Exception {
    node.close();
    NodeTestBase.deleteTree(dataDir);
  }

  @Test
  @DisplayName("kill -9 during appends loses no acknowledged entry; checkpoints stay consistent")
  void killDuringAppends_restart_keepsEveryAcknowledgedEntry() throws Exception {
    node.start();
    String token = node.adminToken();
    Map<Long, String> acknowledged = new ConcurrentHashMap<>();
    AtomicBoolean stop = new AtomicBoolean();
    List<Thread> writers = new ArrayList<>();
    for (int w = 0; w < WRITERS; w++) {
      Thread t = new Thread(() -> appendUntilFailure(token, acknowledged, stop));
      t.start();
      writers.add(t);
    }
    await().atMost(Duration.ofMinutes(2)).until(() -> acknowledged.size() >= 300);
    String before = get("/log/checkpoint");
    await().atMost(Duration.ofMinutes(2)).until(() -> acknowledged.size() >= 700);
    node.kill();
    stop.set(true);
    for (Thread t : writers) {
      t.join(30_000);
    }

    node.start();
    VerifierKey key =
        VerifierKey.parse(
            Pattern.compile("\"log\":\"([^\"]+)\"")
                .matcher(get("/log/keys"))
                .results()
                .findFirst()
                .orElseThrow()
                .group(1));
    Checkpoint old = Checkpoint.open(SignedNote.parse(before), key, key.name());
    Checkpoint now = Checkpoint.open(SignedNote.parse(get("/log/checkpoint")), key, key.name());
    assertThat(now.size())
        .isBetween((long) acknowledged.size(), (long) acknowledged.size() + WRITERS);

    List<byte[]> entries = readAllEntries(now.size());
    acknowledged.forEach(
        (index, entry) ->
            assertThat(new String(entries.get(index.intValue()), StandardCharsets.UTF_8))
                .isEqualTo(entry));
    String proof = get("/log/proof/consistency?old=" + old.size() + "&new=" + now.size());
    List<Hash> path =
        Pattern.compile("\"([A-Za-z0-9+/=]{44})\"")
            .matcher(proof)
            .results()
            .map(m -> new Hash(java.util.Base64.getDecoder().decode(m.group(1))))
            .toList();
    MerkleTree.verifyConsistency(
        new ConsistencyProof(old.size(), now.size(), path), old.rootHash(), now.rootHash());
  }

  private List<byte[]> readAllEntries(long size) throws Exception {
    List<byte[]> entries = new ArrayList<>();
    for (long n = 0; n * 256 < size; n++) {
      int width = (int) Math.min(256, size - n * 256);
      TileId id = new TileId(TileId.ENTRIES, n, width);
      HttpResponse<byte[]> r =
          http.send(
              HttpRequest.newBuilder(node.uri("/log/" + id.path())).build(),
              HttpResponse.BodyHandlers.ofByteArray());
      assertThat(r.statusCode()).as(id.path()).isEqualTo(200);
      entries.addAll(Tiles.decodeBundle(id, r.body()));
    }
    return entries;
  }

  private void appendUntilFailure(
      String token, Map<Long, String> acknowledged, AtomicBoolean stop) {
    while (!stop.get()) {
      String entry = "entry " + UUID.randomUUID();
      try {
        HttpResponse<String> r =
            http.send(
                HttpRequest.newBuilder(node.uri("/log/entries"))
                    .timeout(Duration.ofSeconds(30))
                    .header("Authorization", "Bearer " + token)
                    .header("Content-Type", "application/octet-stream")
                    .POST(HttpRequest.BodyPublishers.ofString(entry, StandardCharsets.UTF_8))
                    .build(),
                HttpResponse.BodyHandlers.ofString());
        Matcher m = INDEX.matcher(r.body());
        if (r.statusCode() != 201 || !m.find()) {
          return;
        }
        acknowledged.put(Long.parseLong(m.group(1)), entry);
      } catch (IOException e) {
        return; // the node died: this append is not acknowledged
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
    }
  }

  private String get(String path) throws IOException, InterruptedException {
    HttpResponse<String> r =
        http.send(
            HttpRequest.newBuilder(node.uri(path)).build(), HttpResponse.BodyHandlers.ofString());
    assertThat(r.statusCode()).as(path).isEqualTo(200);
    return r.body();
  }
}
