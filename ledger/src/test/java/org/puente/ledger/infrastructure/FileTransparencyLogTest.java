package org.puente.ledger.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.puente.credentials.keys.KeyType;
import org.puente.credentials.keys.MultikeyPair;
import org.puente.ledger.LedgerException;
import org.puente.ledger.LedgerException.Code;
import org.puente.ledger.application.TransparencyLog;
import org.puente.ledger.model.Checkpoint;
import org.puente.ledger.model.DomainSeparation;
import org.puente.ledger.model.Hash;
import org.puente.ledger.model.MerkleTree;
import org.puente.ledger.model.NoteSigner;
import org.puente.ledger.model.Receipt;
import org.puente.ledger.model.SignedNote;

class FileTransparencyLogTest {
  static final MultikeyPair KEY = MultikeyPair.generate(KeyType.ED25519, new SecureRandom());
  static final NoteSigner SIGNER = NoteSigner.log("cbp.example/laredo-2304", KEY);

  @TempDir Path dir;

  static byte[] entry(long i) {
    return ("filing-" + i).getBytes(StandardCharsets.UTF_8);
  }

  // An independent oracle root over the entries 0..size-1 (plain recursion, own SHA-256).
  static Hash oracleRoot(int size) throws Exception {
    List<byte[]> hashes = new ArrayList<>();
    for (int i = 0; i < size; i++) {
      MessageDigest d = MessageDigest.getInstance("SHA-256");
      d.update((byte) 0);
      hashes.add(d.digest(entry(i)));
    }
    return new Hash(mth(hashes));
  }

  private static byte[] mth(List<byte[]> hashes) throws Exception {
    if (hashes.size() == 1) {
      return hashes.get(0);
    }
    if (hashes.isEmpty()) {
      return MessageDigest.getInstance("SHA-256").digest();
    }
    int k = Integer.highestOneBit(hashes.size() - 1);
    MessageDigest d = MessageDigest.getInstance("SHA-256");
    d.update((byte) 1);
    d.update(mth(hashes.subList(0, k)));
    d.update(mth(hashes.subList(k, hashes.size())));
    return d.digest();
  }

  @Test
  void append_concurrentThreads_everyIndexOnceAndRootMatchesOracle() throws Exception {
    int n = 70_000 / 64; // crosses several full tiles and a level-1 tile
    try (TransparencyLog log = TransparencyLog.open(FileTileStore.open(dir), SIGNER, 64)) {
      List<CompletableFuture<Long>> acks = new ArrayList<>();
      List<byte[]> submitted = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        byte[] e = ("concurrent-" + i).getBytes(StandardCharsets.UTF_8);
        submitted.add(e);
        acks.add(log.appendAsync(e));
      }
      for (int i = 0; i < n; i++) {
        long index = acks.get(i).get();
        assertThat(log.entry(index)).isEqualTo(submitted.get(i));
      }
      assertThat(acks.stream().map(CompletableFuture::join).distinct().count()).isEqualTo(n);
      assertThat(log.size()).isEqualTo(n);
    }
  }

  @Test
  void tiles_afterManyAppends_followTlogTilesLayoutAndProofsVerify() throws Exception {
    int n = 256 * 256 + 300; // a full level-1 tile, partial tiles on levels 0..2
    try (TransparencyLog log = TransparencyLog.open(FileTileStore.open(dir), SIGNER, 4096)) {
      List<CompletableFuture<Long>> acks = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        acks.add(log.appendAsync(entry(i)));
      }
      acks.forEach(CompletableFuture::join);
      assertThat(log.rootHash(n)).isEqualTo(oracleRoot(n));
      assertThat(log.rootHash(1000)).isEqualTo(oracleRoot(1000));
      assertThat(Files.size(dir.resolve("tile/0/000"))).isEqualTo(8192);
      assertThat(Files.size(dir.resolve("tile/1/000"))).isEqualTo(8192);
      assertThat(dir.resolve("tile/0/257.p/44")).exists();
      assertThat(dir.resolve("tile/1/001.p/1")).exists();
      assertThat(dir.resolve("tile/2/000.p/1")).exists();
      assertThat(dir.resolve("tile/entries/257.p/44")).exists();
      Hash root = log.rootHash(n);
      for (long index : new long[] {0, 255, 256, 65535, 65536, n - 1}) {
        MerkleTree.verifyInclusion(
            log.inclusionProof(index, n), DomainSeparation.leafHash(entry(index)), root);
      }
      for (long old : new long[] {1, 256, 4097, 65536, n - 1}) {
        MerkleTree.verifyConsistency(log.consistencyProof(old, n), oracleRoot((int) old), root);
      }
    }
  }

  @Test
  void reopen_afterCheckpoint_sameRootAndReceiptVerifiesOffline() throws Exception {
    SignedNote note;
    try (TransparencyLog log = TransparencyLog.open(FileTileStore.open(dir), SIGNER)) {
      appendAll(log, 300);
      note = log.checkpoint();
    }
    try (TransparencyLog log = TransparencyLog.open(FileTileStore.open(dir), SIGNER)) {
      assertThat(log.latestCheckpoint()).contains(note);
      Checkpoint checkpoint = Checkpoint.open(note, SIGNER.verifierKey(), SIGNER.name());
      assertThat(checkpoint.rootHash()).isEqualTo(oracleRoot(300));
      assertThat(log.append(entry(300))).isEqualTo(300);
      Receipt receipt = Receipt.parse(log.receipt(7).toJson());
      assertThat(receipt.verify(SIGNER.verifierKey()).size()).isEqualTo(300);
      assertThat(receipt.entry()).isEqualTo(entry(7));
    }
  }

  @Test
  void receipt_tamperedEntryOrForeignKey_isRefused() throws Exception {
    try (TransparencyLog log = TransparencyLog.open(FileTileStore.open(dir), SIGNER)) {
      appendAll(log, 20);
      Receipt receipt = log.receipt(3);
      Receipt forged = new Receipt(entry(4), receipt.proof(), receipt.signedCheckpoint());
      assertCode(() -> forged.verify(SIGNER.verifierKey()), Code.INCLUSION_PROOF_FAILED);
      NoteSigner other =
          NoteSigner.log(SIGNER.name(), MultikeyPair.generate(KeyType.ED25519, new SecureRandom()));
      assertCode(() -> receipt.verify(other.verifierKey()), Code.UNKNOWN_SIGNER);
      assertCode(() -> Receipt.parse("{\"type\":\"x\"}"), Code.MALFORMED_NOTE);
    }
  }

  @Test
  void readTile_truncatedFile_isRefusedWithCode() throws Exception {
    try (TransparencyLog log = TransparencyLog.open(FileTileStore.open(dir), SIGNER)) {
      appendAll(log, 300);
    }
    try (FileTileStore store = FileTileStore.open(dir)) {
      Path tile = dir.resolve("tile/0/000");
      Files.write(tile, java.util.Arrays.copyOf(Files.readAllBytes(tile), 8000));
      assertCode(() -> store.readTile(0, 0), Code.TRUNCATED_TILE);
    }
  }

  @Test
  void open_tornJournalTail_isCutAndAcknowledgedEntriesRemain() throws Exception {
    try (TransparencyLog log = TransparencyLog.open(FileTileStore.open(dir), SIGNER)) {
      appendAll(log, 10);
    }
    Files.write(dir.resolve("journal"), new byte[] {0, 0, 1, 0, 9, 9}, StandardOpenOption.APPEND);
    try (TransparencyLog log = TransparencyLog.open(FileTileStore.open(dir), SIGNER)) {
      assertThat(log.size()).isEqualTo(10);
      assertThat(log.append(entry(10))).isEqualTo(10);
      assertThat(log.rootHash(11)).isEqualTo(oracleRoot(11));
    }
  }

  @Test
  void open_journalRotation_survivesReopen() throws Exception {
    try (TransparencyLog log = TransparencyLog.open(FileTileStore.open(dir, 20_000), SIGNER, 8)) {
      appendAll(log, 600);
    }
    assertThat(Files.size(dir.resolve("journal"))).isLessThan(40_000);
    try (TransparencyLog log = TransparencyLog.open(FileTileStore.open(dir), SIGNER)) {
      assertThat(log.size()).isEqualTo(600);
      assertThat(log.rootHash(600)).isEqualTo(oracleRoot(600));
    }
  }

  @Test
  void append_tooLargeEntry_isRefused() throws Exception {
    try (TransparencyLog log = TransparencyLog.open(FileTileStore.open(dir), SIGNER)) {
      assertCode(() -> log.append(new byte[70_000]), Code.INPUT_TOO_LARGE);
      assertCode(() -> log.inclusionProof(0, 1), Code.OUT_OF_RANGE);
    }
  }

  /** Appends entries 0..n-1 concurrently (group commit) and waits for every acknowledgement. */
  static void appendAll(TransparencyLog log, int n) {
    List<CompletableFuture<Long>> acks = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      acks.add(log.appendAsync(entry(i)));
    }
    acks.forEach(CompletableFuture::join);
  }

  interface Call {
    void run() throws Exception;
  }

  static void assertCode(Call call, Code code) {
    assertThatThrownBy(call::run)
        .isInstanceOfSatisfying(LedgerException.class, e -> assertThat(e.code()).isEqualTo(code));
  }
}
