package org.puente.ledger.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.puente.credentials.keys.KeyType;
import org.puente.credentials.keys.MultikeyPair;
import org.puente.ledger.application.LogView;
import org.puente.ledger.application.TransparencyLog;
import org.puente.ledger.infrastructure.FileTileStore;
import org.puente.ledger.model.NoteSigner;

/**
 * The ledger load run (not a unit test): acknowledged appends per second with group commit
 * against a one-fsync-per-append baseline on the same disk, storage bytes per entry, and proof
 * generation latency at given tree sizes.
 *
 * <p>{@code java -cp ledger/target/ledger-benchmarks.jar org.puente.ledger.bench.LoadRun DIR
 * THREADS SECONDS SIZE...}
 */
public final class LoadRun {
  private static final NoteSigner SIGNER =
      NoteSigner.log("bench.example/log", MultikeyPair.generate(KeyType.ED25519, new SecureRandom()));

  private LoadRun() {}

  public static void main(String[] args) throws Exception {
    Path root = Path.of(args[0]);
    int threads = Integer.parseInt(args[1]);
    int seconds = Integer.parseInt(args[2]);
    double baseline = appendsPerSecond(root.resolve("baseline"), 1, 1, Math.max(3, seconds / 4));
    double batched = appendsPerSecond(root.resolve("batched"), 1024, threads, seconds);
    print("baseline (1 thread, batch 1 = one fsync per append): %.0f acked appends/s", baseline);
    print("group commit (%d threads, batch <= 1024): %.0f acked appends/s = %.1fx baseline",
        threads, batched, batched / baseline);
    for (int i = 3; i < args.length; i++) {
      sized(root.resolve("size-" + args[i]), Long.parseLong(args[i]));
    }
  }

  static byte[] entry(long i) {
    // ~100-byte entries, like a JSON line naming a filing and its digest.
    String s = String.format(Locale.ROOT,
        "{\"type\":\"filing\",\"seq\":%d,\"digest\":\"%064x\"}", i, i * 0x9E3779B97F4A7C15L);
    return s.getBytes(StandardCharsets.UTF_8);
  }

  static double appendsPerSecond(Path dir, int maxBatch, int threads, int seconds)
      throws Exception {
    try (TransparencyLog log = TransparencyLog.open(FileTileStore.open(dir), SIGNER, maxBatch)) {
      AtomicBoolean stop = new AtomicBoolean();
      AtomicLong acked = new AtomicLong();
      List<Thread> workers = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        Thread w = new Thread(() -> {
          for (long i = 0; !stop.get(); i++) {
            log.appendAsync(entry(i)).join();
            acked.incrementAndGet();
          }
        });
        w.start();
        workers.add(w);
      }
      Thread.sleep(1000); // warm-up
      long start = System.nanoTime();
      long before = acked.get();
      Thread.sleep(seconds * 1000L);
      long count = acked.get() - before;
      double elapsed = (System.nanoTime() - start) / 1e9;
      stop.set(true);
      for (Thread w : workers) {
        w.join();
      }
      return count / elapsed;
    }
  }

  static void sized(Path dir, long size) throws Exception {
    long start = System.nanoTime();
    try (TransparencyLog log = TransparencyLog.open(FileTileStore.open(dir), SIGNER, 8192)) {
      for (long from = 0; from < size; from += 100_000) {
        List<CompletableFuture<Long>> acks = new ArrayList<>();
        for (long i = from; i < Math.min(size, from + 100_000); i++) {
          acks.add(log.appendAsync(entry(i)));
        }
        acks.forEach(CompletableFuture::join);
      }
      log.checkpoint();
    }
    double build = (System.nanoTime() - start) / 1e9;
    long bytes = bytesUnder(dir.resolve("tile"));
    print("size %d: built in %.1f s (%.0f appends/s bulk); tiles+bundles %d bytes = %.1f bytes/entry"
        + " (entries ~%d bytes each)", size, build, size / build, bytes, (double) bytes / size,
        entry(size / 2).length);
    try (FileTileStore store = FileTileStore.open(dir)) {
      LogView view = new LogView(store);
      Random random = new Random(42);
      long[] inclusion = new long[2000];
      long[] consistency = new long[2000];
      for (int i = 0; i < inclusion.length; i++) {
        long t0 = System.nanoTime();
        view.inclusionProof(Math.floorMod(random.nextLong(), size), size);
        inclusion[i] = System.nanoTime() - t0;
        long old = 1 + Math.floorMod(random.nextLong(), size - 1);
        t0 = System.nanoTime();
        view.consistencyProof(old, size);
        consistency[i] = System.nanoTime() - t0;
      }
      print("size %d: inclusion proof median %.1f us, p99 %.1f us (first: %.1f us, cold)",
          size, pct(inclusion, 50), pct(inclusion, 99), inclusion[0] / 1e3);
      print("size %d: consistency proof median %.1f us, p99 %.1f us", size, pct(consistency, 50),
          pct(consistency, 99));
    }
  }

  static double pct(long[] nanos, int p) {
    long[] sorted = nanos.clone();
    Arrays.sort(sorted);
    return sorted[Math.min(sorted.length - 1, sorted.length * p / 100)] / 1e3;
  }

  static long bytesUnder(Path dir) throws IOException {
    try (Stream<Path> files = Files.walk(dir)) {
      return files.filter(Files::isRegularFile).mapToLong(f -> f.toFile().length()).sum();
    }
  }

  static void print(String format, Object... args) {
    System.out.println(String.format(Locale.ROOT, format, args));
  }
}
