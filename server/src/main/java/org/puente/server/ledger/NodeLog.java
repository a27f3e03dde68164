package org.puente.server.ledger;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.puente.ledger.LedgerException;
import org.puente.ledger.application.TransparencyLog;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * What the node commits to its transparency log. Its stores never call the log directly: triggers
 * on {@code issued_credential}, {@code received_credential}, {@code verification_report}, {@code
 * status_entry} and {@code trust_entry} write an outbox row in the same transaction as the record
 * (V2__ledger.sql), so no write can bypass the log and a crash cannot separate them. {@link #drain}
 * appends the outbox rows in order (one group commit) and deletes them once durable. After a crash
 * between the two, rows are appended again: at least once, each carrying its outbox id.
 *
 * <p>The outbox is a queue: every row is inserted, read once and deleted, so its dead rows pile up
 * between autovacuum's visits (a minute apart by default), and each drain's index scan walks over
 * them. Once it has deleted {@code vacuumAfter} rows the drain vacuums the table itself, without
 * truncating it (no exclusive lock against the inserting requests).
 */
public final class NodeLog {
  private static final Logger LOG = LoggerFactory.getLogger(NodeLog.class);
  private static final int BATCH = 1000;

  private final TransparencyLog log;
  private final JdbcClient jdbc;
  private final int vacuumAfter;
  private long deletedSinceVacuum;
  private long vacuums;

  /**
   * The node's log, fed from the outbox in the node's database, which the drain vacuums after every
   * {@code vacuumAfter} rows it deleted.
   */
  public NodeLog(TransparencyLog log, JdbcClient jdbc, int vacuumAfter) {
    if (vacuumAfter < 1) {
      throw new IllegalArgumentException("vacuumAfter must be at least 1: " + vacuumAfter);
    }
    this.log = log;
    this.jdbc = jdbc;
    this.vacuumAfter = vacuumAfter;
  }

  /** The log itself. */
  public TransparencyLog log() {
    return log;
  }

  /** Appends an entry now (durable when it returns) and returns its index. */
  public long append(byte[] entry) throws LedgerException {
    return log.append(entry);
  }

  /**
   * Appends the outbox rows waiting when it is called (in passes of up to 1,000 while passes come
   * back full); returns how many.
   */
  public synchronized int drain() throws LedgerException {
    int total = 0;
    while (true) {
      List<Row> rows =
          jdbc.sql(
                  "SELECT id, (jsonb_build_object('outbox', id) || entry)::text FROM ledger_outbox"
                      + " ORDER BY id LIMIT ?")
              .param(BATCH)
              .query((r, n) -> new Row(r.getLong(1), r.getString(2)))
              .list();
      if (rows.isEmpty()) {
        return total;
      }
      List<CompletableFuture<Long>> pending = new ArrayList<>(rows.size());
      rows.forEach(r -> pending.add(log.appendAsync(r.entry().getBytes(StandardCharsets.UTF_8))));
      for (CompletableFuture<Long> p : pending) {
        await(p);
      }
      deletedSinceVacuum +=
          jdbc.sql("DELETE FROM ledger_outbox WHERE id <= ?")
              .param(rows.get(rows.size() - 1).id())
              .update();
      total += rows.size();
      if (deletedSinceVacuum >= vacuumAfter) {
        vacuum();
      }
      if (rows.size() < BATCH) {
        // What was waiting is in the log. Rows committed since then wait for the next run, so
        // that under load each run appends a large batch: every sequencer commit rewrites the
        // partial tiles it touches, and looping at once would commit a few rows at a time.
        return total;
      }
    }
  }

  /**
   * Vacuums the outbox (outside any transaction: the drain runs on its own thread). A failure is
   * logged and the vacuum tried again after the next rows; autovacuum still runs. (A role that does
   * not own the table gets a warning from PostgreSQL, not an error, and the table is skipped.)
   */
  private void vacuum() {
    deletedSinceVacuum = 0;
    try {
      jdbc.sql("VACUUM (TRUNCATE FALSE) ledger_outbox").update();
      vacuums++;
    } catch (RuntimeException e) {
      LOG.warn("the log outbox was not vacuumed; trying again later: {}", e.toString());
    }
  }

  /** How many times the drain has vacuumed the outbox (for tests and metrics). */
  public synchronized long vacuums() {
    return vacuums;
  }

  /** {@link #drain} for a scheduler: failures are logged and retried on the next run. */
  public void drainQuietly() {
    try {
      drain();
    } catch (LedgerException | RuntimeException e) {
      LOG.warn("log outbox not drained: {}", e.toString());
    }
  }

  private static void await(CompletableFuture<Long> pending) throws LedgerException {
    try {
      pending.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new LedgerException(LedgerException.Code.NOT_SEQUENCED, "interrupted", e);
    } catch (java.util.concurrent.ExecutionException e) {
      if (e.getCause() instanceof LedgerException le) {
        throw le;
      }
      throw new LedgerException(LedgerException.Code.STORAGE_FAILED, e.getCause().toString(), e);
    }
  }

  private record Row(long id, String entry) {}
}
