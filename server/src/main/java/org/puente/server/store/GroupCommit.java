package org.puente.server.store;

import java.sql.Types;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcOperations;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Group commit for the small writes that many concurrent requests make (access records, received
 * credentials with their reports): each caller hands its write over and waits until the transaction
 * holding it has committed, so an acknowledged write is as durable as with its own transaction; but
 * a writer thread puts every write that arrived while the previous commit was in flight into the
 * next transaction, so N concurrent requests cost one WAL flush, not N.
 *
 * <p>A batch is one transaction. If it fails, nothing of it is kept, and each of its writes is then
 * committed alone, so a write that fails (a constraint, bad data) costs its own caller the
 * exception and no other caller anything. A caller whose write cannot be committed gets the
 * failure; none is told "stored" for a write that was not.
 */
public final class GroupCommit implements AutoCloseable {
  /** Something a caller commits: a {@link Row} or a {@link Write}. */
  public sealed interface Op permits Row, Write {}

  /** One write, run on the writer thread inside the batch's transaction. */
  @FunctionalInterface
  public non-sealed interface Write extends Op {
    /** Performs the write (through the node's JdbcClient, which joins the transaction). */
    void run();
  }

  /**
   * One row to insert: the rows of a batch that share a statement go to PostgreSQL as one multi-row
   * {@code INSERT ... VALUES (...), (...), ...}, so a batch of N requests costs one statement per
   * table (one parse, one plan, one run of each statement trigger), not N. (The driver's own
   * rewrite of a JDBC batch, {@code reWriteBatchedInserts}, splits N rows into power-of-two
   * statements: 3 rows went as 2 + 1, 7 as 4 + 2 + 1.)
   *
   * <p>A row that two concurrent batches may both insert ({@code ON CONFLICT} on a unique key) has
   * a {@code key}: the rows of its statement go in the order of their keys. Two writers then take
   * the keys they share in the same order, so neither can hold one key while it waits for the
   * other's (a deadlock that PostgreSQL breaks after {@code deadlock_timeout} by aborting one
   * batch).
   *
   * @param sql an {@code INSERT INTO t (...) VALUES (?, ...)} statement, possibly followed by an
   *     {@code ON CONFLICT} clause: one row whose values are all placeholders
   * @param params its parameters, in order ({@code null} for SQL NULL), one per placeholder
   * @param key the row's unique key, or {@code null}: rows with keys go first, in key order, then
   *     the others in the order they came
   */
  public record Row(String sql, List<Object> params, String key) implements Op {
    /** Validates the statement and copies the parameters (which may hold nulls). */
    public Row {
      Insert shape = Insert.of(sql);
      if (shape.columns() != params.size()) {
        throw new IllegalArgumentException(
            "the statement has "
                + shape.columns()
                + " placeholders but the row "
                + params.size()
                + " values: "
                + sql);
      }
      params = Collections.unmodifiableList(new ArrayList<>(params));
    }

    /** A row without a key. */
    public Row(String sql, List<Object> params) {
      this(sql, params, null);
    }

    /** A row of {@code sql} with {@code params}. */
    public static Row of(String sql, Object... params) {
      return new Row(sql, Arrays.asList(params));
    }

    /** A row of {@code sql} with {@code params} and the unique key it may share with others. */
    public static Row keyed(String key, String sql, Object... params) {
      return new Row(sql, Arrays.asList(params), Objects.requireNonNull(key, "key"));
    }
  }

  /**
   * An {@code INSERT ... VALUES (?, ...) [tail]} split around its row of placeholders, so that the
   * rows of a batch can go as one {@code VALUES} list. Parsed once per statement text.
   */
  record Insert(String head, String tuple, String tail, int columns) {
    private static final Map<String, Insert> PARSED = new ConcurrentHashMap<>();

    /**
     * The shape of {@code sql}, which must start with {@code INSERT}, and have one {@code VALUES}
     * whose one row holds only {@code ?} placeholders, commas and white space; no placeholder
     * elsewhere.
     *
     * @throws IllegalArgumentException naming what the statement lacks
     */
    static Insert of(String sql) {
      Insert known = PARSED.get(sql);
      if (known != null) {
        return known;
      }
      Insert parsed = parse(sql);
      if (PARSED.size() < 1024) { // statement texts are constants; this only guards against misuse
        PARSED.put(sql, parsed);
      }
      return parsed;
    }

    private static Insert parse(String sql) {
      if (!sql.regionMatches(true, 0, "INSERT ", 0, 7)) {
        throw new IllegalArgumentException("a Row is an INSERT statement, not: " + sql);
      }
      int open = -1;
      for (int at = 1; at + "VALUES".length() <= sql.length(); at++) {
        int after = at + "VALUES".length();
        boolean word =
            sql.regionMatches(true, at, "VALUES", 0, "VALUES".length())
                && Character.isWhitespace(sql.charAt(at - 1))
                && (after == sql.length()
                    || Character.isWhitespace(sql.charAt(after))
                    || sql.charAt(after) == '(');
        if (word && open >= 0) {
          throw new IllegalArgumentException("a Row's statement has one VALUES, not: " + sql);
        }
        if (word) {
          open = after;
        }
      }
      if (open < 0) {
        throw new IllegalArgumentException("a Row's statement has one VALUES, not: " + sql);
      }
      while (open < sql.length() && Character.isWhitespace(sql.charAt(open))) {
        open++;
      }
      if (open == sql.length() || sql.charAt(open) != '(') {
        throw new IllegalArgumentException("a Row's VALUES is one row in parentheses: " + sql);
      }
      int columns = 0;
      boolean expectPlaceholder = true;
      int i = open + 1;
      for (; i < sql.length() && sql.charAt(i) != ')'; i++) {
        char c = sql.charAt(i);
        if (Character.isWhitespace(c)) {
          continue;
        }
        if (expectPlaceholder && c == '?') {
          columns++;
          expectPlaceholder = false;
        } else if (!expectPlaceholder && c == ',') {
          expectPlaceholder = true;
        } else {
          throw new IllegalArgumentException(
              "a Row's VALUES holds only ? placeholders, found '" + c + "' in: " + sql);
        }
      }
      if (i == sql.length() || columns == 0 || expectPlaceholder) {
        throw new IllegalArgumentException("a Row's VALUES row is (?, ...), not as in: " + sql);
      }
      String head = sql.substring(0, open);
      String tail = sql.substring(i + 1);
      if (head.indexOf('?') >= 0 || tail.indexOf('?') >= 0) {
        throw new IllegalArgumentException(
            "a Row's placeholders are all in its VALUES row (a batch repeats that row): " + sql);
      }
      return new Insert(head, sql.substring(open, i + 1), tail, columns);
    }

    /**
     * Most rows in one statement: {@link #MAX_PARAMETERS} parameters, half of the 65,535 that
     * PostgreSQL's protocol takes per statement, so no statement comes near that limit.
     */
    int maxRows() {
      return Math.max(1, MAX_PARAMETERS / columns);
    }

    /** The statement for {@code rows} rows. */
    String sql(int rows) {
      StringBuilder b =
          new StringBuilder(head.length() + rows * (tuple.length() + 2) + tail.length());
      b.append(head);
      for (int r = 0; r < rows; r++) {
        if (r > 0) {
          b.append(", ");
        }
        b.append(tuple);
      }
      return b.append(tail).toString();
    }
  }

  private static final int MAX_PARAMETERS = 32_767;

  private static final Comparator<Row> KEY_ORDER =
      Comparator.comparing(Row::key, Comparator.nullsLast(Comparator.naturalOrder()));

  private static final Logger LOG = LoggerFactory.getLogger(GroupCommit.class);

  private final TransactionTemplate tx;
  private final JdbcOperations jdbc;
  private final int maxBatch;
  private final Duration maxWait;
  private final BlockingQueue<Pending> queue = new LinkedBlockingQueue<>();
  private final List<Thread> writers;
  private final AtomicLong transactions = new AtomicLong();
  private final ThreadLocal<Deferral> deferral = new ThreadLocal<>();
  private volatile boolean closed;

  private record Pending(List<Op> ops, CompletableFuture<Void> done) {}

  /**
   * Starts {@code writers} writer threads, each taking the writes queued at the moment it is free
   * (several writers use several database connections, so batches run on several cores).
   *
   * @param tx transactions on the node's DataSource
   * @param jdbc statements on the same DataSource (they join the batch's transaction)
   * @param writers how many batches may be in flight at once
   * @param maxBatch most writes in one transaction
   * @param maxWait how long a caller waits for its commit before giving up with an error
   */
  public GroupCommit(
      TransactionTemplate tx, JdbcOperations jdbc, int writers, int maxBatch, Duration maxWait) {
    if (maxBatch < 1 || writers < 1) {
      throw new IllegalArgumentException(
          "writers and maxBatch must be at least 1, not " + writers + " and " + maxBatch);
    }
    this.tx = tx;
    this.jdbc = jdbc;
    this.maxBatch = maxBatch;
    this.maxWait = maxWait;
    List<Thread> started = new ArrayList<>();
    for (int i = 0; i < writers; i++) {
      Thread t = new Thread(this::loop, "puente-group-commit-" + i);
      t.setDaemon(true);
      t.start();
      started.add(t);
    }
    this.writers = List.copyOf(started);
  }

  /**
   * Runs {@code write} in the next batch and returns once that batch has committed.
   *
   * @throws RuntimeException the write's own failure, the commit's, or an {@link
   *     IllegalStateException} if the writer is closed or the commit took longer than the wait
   */
  public void write(Write write) {
    write(List.of(write));
  }

  /**
   * Runs {@code ops}, in order, in the next batch (all of them or none) and returns once that batch
   * has committed.
   *
   * @throws RuntimeException as {@link #write(Write)}
   */
  public void write(List<? extends Op> ops) {
    if (closed) {
      throw new IllegalStateException("the group-commit writer is closed");
    }
    CompletableFuture<Void> done = new CompletableFuture<>();
    queue.add(new Pending(List.copyOf(ops), done));
    try {
      done.get(maxWait.toMillis(), TimeUnit.MILLISECONDS);
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      throw cause instanceof RuntimeException r ? r : new IllegalStateException(cause);
    } catch (TimeoutException e) {
      throw new IllegalStateException(
          "the database did not commit within " + maxWait + "; the write may be lost", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while waiting for the commit", e);
    }
  }

  /**
   * Runs {@code ops} now ({@link #write(List)}), unless this thread has opened a {@link #defer()
   * deferral}: then it joins that deferral, whose owner commits it (with its own writes) before the
   * request's outcome is released.
   */
  public void writeOrDefer(List<? extends Op> ops) {
    Deferral open = deferral.get();
    if (open == null) {
      write(ops);
    } else {
      open.writes.addAll(ops);
    }
  }

  /**
   * Opens a deferral on this thread: until it is closed, {@link #writeOrDefer} collects writes
   * instead of committing them. Its owner then commits them in one {@link #write} together with its
   * own (the node's access filter commits a request's trade-data writes with its access record).
   */
  public Deferral defer() {
    if (deferral.get() != null) {
      throw new IllegalStateException("this thread already has an open deferral");
    }
    Deferral d = new Deferral();
    deferral.set(d);
    return d;
  }

  /** Writes collected on one thread, committed by whoever opened the deferral. */
  public final class Deferral implements AutoCloseable {
    private final List<Op> writes = new ArrayList<>();

    private Deferral() {}

    /** The collected writes, in the order they were made. */
    public List<Op> writes() {
      return List.copyOf(writes);
    }

    /** Stops collecting on this thread (the writes stay available to the owner). */
    @Override
    public void close() {
      deferral.remove();
    }
  }

  private void loop() {
    List<Pending> batch = new ArrayList<>(maxBatch);
    while (!closed || !queue.isEmpty()) {
      try {
        Pending first = queue.poll(100, TimeUnit.MILLISECONDS);
        if (first == null) {
          continue;
        }
        batch.add(first);
        queue.drainTo(batch, maxBatch - 1);
        commit(batch);
      } catch (InterruptedException e) {
        closed = true;
      } finally {
        batch.clear();
      }
    }
    for (Pending left = queue.poll(); left != null; left = queue.poll()) {
      left.done().completeExceptionally(new IllegalStateException("the writer stopped"));
    }
  }

  private void commit(List<Pending> batch) {
    try {
      transactions.incrementAndGet();
      tx.executeWithoutResult(status -> run(batch));
      batch.forEach(p -> p.done().complete(null));
    } catch (RuntimeException e) {
      if (batch.size() == 1) {
        batch.get(0).done().completeExceptionally(e);
        return;
      }
      // Nothing of the batch was kept: find the culprit(s) by committing each write alone.
      LOG.debug("a group commit of {} writes failed; committing them one by one", batch.size(), e);
      for (Pending p : batch) {
        commit(List.of(p));
      }
    }
  }

  /**
   * Runs the batch's operations in order, except that rows are held back and sent as one multi-row
   * statement per statement text, in the order the statements first appear, before the next {@link
   * Write} and at the end. (If that reordering breaks a constraint, say a reference to a row of a
   * later statement, the batch fails and each caller's operations are then committed alone, in
   * their own order.)
   */
  private void run(List<Pending> batch) {
    Map<String, List<Row>> rows = new LinkedHashMap<>();
    for (Pending p : batch) {
      for (Op op : p.ops()) {
        if (op instanceof Row r) {
          rows.computeIfAbsent(r.sql(), k -> new ArrayList<>()).add(r);
        } else if (op instanceof Write w) {
          flush(rows);
          w.run();
        }
      }
    }
    flush(rows);
  }

  private void flush(Map<String, List<Row>> rows) {
    rows.forEach(
        (sql, statementRows) -> {
          statementRows.sort(KEY_ORDER); // stable: rows without a key keep their order
          Insert shape = Insert.of(sql);
          for (int from = 0; from < statementRows.size(); from += shape.maxRows()) {
            List<Row> chunk =
                statementRows.subList(from, Math.min(statementRows.size(), from + shape.maxRows()));
            jdbc.update(
                shape.sql(chunk.size()),
                ps -> {
                  int p = 1;
                  for (Row row : chunk) {
                    for (Object v : row.params()) {
                      if (v == null) {
                        ps.setNull(p++, Types.NULL);
                      } else {
                        ps.setObject(p++, v);
                      }
                    }
                  }
                });
          }
        });
    rows.clear();
  }

  /**
   * How many transactions the writer has run (committed or not): writes per commit, for metrics.
   */
  public long transactions() {
    return transactions.get();
  }

  /** How many writes wait for the writer now. */
  public int pending() {
    return queue.size();
  }

  /** Commits what is queued, then stops the writer. */
  @Override
  public void close() {
    closed = true;
    try {
      for (Thread writer : writers) {
        writer.join(maxWait.toMillis());
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
