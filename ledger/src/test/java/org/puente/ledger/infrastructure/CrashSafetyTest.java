package org.puente.ledger.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.puente.credentials.keys.KeyType;
import org.puente.credentials.keys.MultikeyPair;
import org.puente.ledger.application.LogView;
import org.puente.ledger.model.Checkpoint;
import org.puente.ledger.model.MerkleTree;
import org.puente.ledger.model.NoteSigner;
import org.puente.ledger.model.SignedNote;

class CrashSafetyTest {
  private static final String ORIGIN = "cbp.example/crash-test";

  @TempDir Path dir;

  private final Map<Long, String> acked = new ConcurrentHashMap<>();
  private final List<String> checkpoints = new CopyOnWriteArrayList<>();

  @Test
  @DisplayName(
      "kill -9 during a stream of appends loses no acknowledged entry and keeps every published"
          + " checkpoint consistent, across two crashes")
  void killDuringAppends_noAckedEntryLost_everyCheckpointConsistent() throws Exception {
    byte[] seed = new byte[32];
    new SecureRandom().nextBytes(seed);
    NoteSigner signer =
        NoteSigner.log(ORIGIN, MultikeyPair.fromSecret(KeyType.ED25519, seed, null));
    for (String run : List.of("first", "second")) {
      runAndKill(seed, run);
      assertConsistent(signer);
    }
    assertThat(acked).hasSizeGreaterThan(200);
    assertThat(checkpoints).hasSizeGreaterThan(2);
  }

  private void runAndKill(byte[] seed, String run) throws Exception {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Process child =
        new ProcessBuilder(
                java,
                "-cp",
                System.getProperty("java.class.path"),
                CrashAppender.class.getName(),
                dir.toString(),
                HexFormat.of().formatHex(seed),
                run,
                ORIGIN)
            .redirectError(ProcessBuilder.Redirect.INHERIT)
            .start();
    int before = acked.size();
    int checkpointsBefore = checkpoints.size();
    Thread reader = new Thread(() -> read(child));
    reader.start();
    await()
        .atMost(Duration.ofSeconds(60))
        .until(() -> acked.size() - before >= 300 && checkpoints.size() - checkpointsBefore >= 2);
    child.destroyForcibly(); // SIGKILL on POSIX: no shutdown hooks, no flushing
    child.waitFor(30, TimeUnit.SECONDS);
    reader.join(10_000);
  }

  private void read(Process child) {
    try (BufferedReader in =
        new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        String[] parts = line.split(" ", 3);
        if (parts.length == 3 && parts[0].equals("ACK")) {
          acked.put(Long.parseLong(parts[1]), parts[2]);
        } else if (parts.length == 2 && parts[0].equals("CHECKPOINT")) {
          checkpoints.add(new String(Base64.getDecoder().decode(parts[1]), StandardCharsets.UTF_8));
        }
      }
    } catch (Exception killedMidLine) {
      // the last line may be cut by the kill: everything before it was read
    }
  }

  private void assertConsistent(NoteSigner signer) throws Exception {
    try (FileTileStore store = FileTileStore.open(dir)) {
      LogView log = new LogView(store);
      long size = log.size();
      List<Long> missing = new ArrayList<>();
      for (Map.Entry<Long, String> ack : acked.entrySet()) {
        if (ack.getKey() >= size
            || !ack.getValue()
                .equals(new String(log.entry(ack.getKey()), StandardCharsets.UTF_8))) {
          missing.add(ack.getKey());
        }
      }
      assertThat(missing).as("acknowledged entries lost or changed").isEmpty();
      for (String note : checkpoints) {
        Checkpoint checkpoint =
            Checkpoint.open(SignedNote.parse(note), signer.verifierKey(), ORIGIN);
        assertThat(checkpoint.size()).isLessThanOrEqualTo(size);
        MerkleTree.verifyConsistency(
            log.consistencyProof(checkpoint.size(), size),
            checkpoint.rootHash(),
            log.rootHash(size));
      }
    }
  }
}
