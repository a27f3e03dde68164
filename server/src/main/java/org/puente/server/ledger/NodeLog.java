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
 */
public final class NodeLog {
  private static final Logger LOG = LoggerFactory.getLogger(NodeLog.class);
  private static final int BATCH = 1000;

  private final TransparencyLog log;
  private final JdbcClient jdbc;

  /** The node's log, fed from the outbox in the node's database. */
  public NodeLog(TransparencyLog log, JdbcClient jdbc) {
    this.log = log;
    this.jdbc = jdbc;
  }

  /** The log itself. */
  public TransparencyLog log() {
    return log;
  }

  /** Appends an entry now (durable when it returns) and returns its index. */
  public long append(byte[] entry) throws LedgerException {
    return log.append(entry);
  }

  /** Appends all waiting outbox rows; returns how many. */
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
      jdbc.sql("DELETE FROM ledger_outbox WHERE id <= ?")
          .param(rows.get(rows.size() - 1).id())
          .update();
      total += rows.size();
    }
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
