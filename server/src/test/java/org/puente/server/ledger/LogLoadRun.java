package org.puente.server.ledger;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Semaphore;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.puente.credentials.keys.KeyType;
import org.puente.credentials.keys.MultikeyPair;
import org.puente.ledger.application.TransparencyLog;
import org.puente.ledger.model.NoteSigner;
import org.puente.server.store.NodeDatabase;

/**
 * Load run of the log on PostgreSQL (not a test; run by hand, see README "Transparency log"):
 * appends N entries of ~200 bytes (JSON with 160 random base64 characters) with up to {@code
 * inFlight} unacknowledged appends at a time (many clients), each acknowledged only after its batch
 * committed ({@code synchronous_commit = on}); then times inclusion and consistency proofs and
 * reports storage bytes per entry.
 *
 * <p>Arguments: {@code entries [inFlight] [dataDir]}.
 */
public final class LogLoadRun {
  private LogLoadRun() {}

  public static void main(String[] args) throws Exception {
    long n = Long.parseLong(args[0]);
    int inFlight = args.length > 1 ? Integer.parseInt(args[1]) : 4096;
    Path dir =
        args.length > 2
            ? Path.of(args[2])
            : Files.createTempDirectory(
                Path.of(System.getProperty("java.io.tmpdir"), "puente-test-nodes"), "load-");
    try (NodeDatabase db = NodeDatabase.embedded(dir.resolve("postgres"))) {
      DataSource ds = db.dataSource();
      Flyway.configure().dataSource(ds).locations("classpath:db/migration").load().migrate();
      settings(ds);
      PgTileStore store = PgTileStore.open(ds, "load.puente.test/log");
      MultikeyPair key = MultikeyPair.fromSecret(KeyType.ED25519, new byte[32], null);
      try (TransparencyLog log =
          TransparencyLog.open(store, NoteSigner.log(store.origin(), key), 4096)) {
        appendAll(log, n, inFlight);
        proofs(log);
        storage(ds, log.size());
      }
    }
  }

  private static void appendAll(TransparencyLog log, long n, int inFlight) throws Exception {
    Semaphore window = new Semaphore(inFlight);
    java.util.SplittableRandom random = new java.util.SplittableRandom(7);
    byte[] pad = new byte[120]; // incompressible: PostgreSQL compresses large bytea values
    long start = System.nanoTime();
    long reportAt = start;
    List<CompletableFuture<Long>> last = new ArrayList<>();
    long base = log.size();
    for (long i = 0; i < n; i++) {
      window.acquire();
      random.nextBytes(pad);
      String padding = java.util.Base64.getEncoder().encodeToString(pad);
      byte[] entry =
          ("{\"event\":\"load\",\"n\":" + (base + i) + ",\"pad\":\"" + padding + "\"}")
              .getBytes(StandardCharsets.UTF_8);
      CompletableFuture<Long> f = log.appendAsync(entry);
      f.whenComplete((index, e) -> window.release());
      if (n - i <= inFlight) {
        last.add(f);
      }
      if (System.nanoTime() - reportAt > 10_000_000_000L) {
        reportAt = System.nanoTime();
        System.out.printf(Locale.ROOT, "  %,d appended%n", i);
      }
    }
    for (CompletableFuture<Long> f : last) {
      f.get();
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    System.out.printf(
        Locale.ROOT,
        "appended %,d entries in %.1f s: %,.0f acknowledged appends/s (in flight <= %d)%n",
        n,
        seconds,
        n / seconds,
        inFlight);
  }

  private static void proofs(TransparencyLog log) throws Exception {
    long size = log.size();
    java.util.Random random = new java.util.Random(1);
    int rounds = 2000;
    long t = System.nanoTime();
    for (int i = 0; i < rounds; i++) {
      log.inclusionProof(Math.floorMod(random.nextLong(), size), size);
    }
    double inclusion = (System.nanoTime() - t) / 1e3 / rounds;
    t = System.nanoTime();
    for (int i = 0; i < rounds; i++) {
      log.consistencyProof(1 + Math.floorMod(random.nextLong(), size - 1), size);
    }
    double consistency = (System.nanoTime() - t) / 1e3 / rounds;
    System.out.printf(
        Locale.ROOT,
        "tree size %,d: inclusion proof %.0f us, consistency proof %.0f us (mean of %d)%n",
        size,
        inclusion,
        consistency,
        rounds);
  }

  private static void settings(DataSource ds) throws Exception {
    try (var c = ds.getConnection();
        var s = c.createStatement();
        var r =
            s.executeQuery(
                "SELECT current_setting('synchronous_commit'), current_setting('fsync'),"
                    + " current_setting('server_version')")) {
      r.next();
      System.out.printf(
          Locale.ROOT,
          "PostgreSQL %s, synchronous_commit=%s, fsync=%s, %d cores%n",
          r.getString(3),
          r.getString(1),
          r.getString(2),
          Runtime.getRuntime().availableProcessors());
    }
  }

  private static void storage(DataSource ds, long size) throws Exception {
    try (var c = ds.getConnection();
        var s = c.createStatement()) {
      try (var r = s.executeQuery("SELECT pg_total_relation_size('ledger_tile')")) {
        r.next();
        System.out.printf(
            Locale.ROOT,
            "storage as run: %,d bytes = %.0f bytes/entry%n",
            r.getLong(1),
            (double) r.getLong(1) / size);
      }
      s.execute("VACUUM (FULL, ANALYZE) ledger_tile");
      try (var r =
          s.executeQuery(
              "SELECT pg_total_relation_size('ledger_tile'), pg_relation_size('ledger_tile')")) {
        r.next();
        System.out.printf(
            Locale.ROOT,
            "storage after VACUUM FULL: %,d bytes total (%,d heap) = %.0f bytes/entry%n",
            r.getLong(1),
            r.getLong(2),
            (double) r.getLong(1) / size);
      }
    }
  }
}
