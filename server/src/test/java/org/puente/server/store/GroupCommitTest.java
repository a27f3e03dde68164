package org.puente.server.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.puente.server.NodeTestBase;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Group commit on the node's real PostgreSQL: writes that queue while a commit is in flight share
 * the next transaction, every caller returns only after its write is committed, and a failing write
 * is rolled back alone.
 */
class GroupCommitTest extends NodeTestBase {
  @Autowired JdbcClient jdbc;
  @Autowired TransactionTemplate tx;
  @Autowired JdbcTemplate jdbcTemplate;

  private String table;

  @BeforeEach
  void table() {
    table = "group_commit_" + UUID.randomUUID().toString().replace("-", "");
    jdbc.sql("CREATE TABLE " + table + " (k TEXT PRIMARY KEY)").update();
  }

  private GroupCommit.Write insert(String key) {
    return () -> jdbc.sql("INSERT INTO " + table + " (k) VALUES (?)").param(key).update();
  }

  private List<String> stored() {
    return jdbc.sql("SELECT k FROM " + table + " ORDER BY k").query(String.class).list();
  }

  /** Holds the writer thread inside a first write until {@code release} opens. */
  private static CompletableFuture<Void> holdWriter(GroupCommit commits, CountDownLatch release) {
    CountDownLatch inside = new CountDownLatch(1);
    CompletableFuture<Void> first =
        CompletableFuture.runAsync(
            () ->
                commits.write(
                    () -> {
                      inside.countDown();
                      try {
                        release.await();
                      } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                      }
                    }));
    try {
      inside.await();
    } catch (InterruptedException e) {
      throw new AssertionError(e);
    }
    return first;
  }

  @Test
  void writesQueuedDuringACommitShareTheNextTransaction() {
    try (GroupCommit commits = new GroupCommit(tx, jdbcTemplate, 1, 256, Duration.ofSeconds(30))) {
      CountDownLatch release = new CountDownLatch(1);
      CompletableFuture<Void> first = holdWriter(commits, release);
      List<CompletableFuture<Void>> writers = new ArrayList<>();
      for (int i = 0; i < 20; i++) {
        String key = String.format(java.util.Locale.ROOT, "k%02d", i);
        writers.add(CompletableFuture.runAsync(() -> commits.write(insert(key))));
      }
      await().until(() -> commits.pending() == 20);
      assertThat(stored()).isEmpty(); // nobody returned: nothing is acknowledged yet
      release.countDown();
      first.join();
      writers.forEach(CompletableFuture::join);
      assertThat(stored()).hasSize(20);
      assertThat(commits.transactions()).isEqualTo(2);
    }
  }

  @Test
  void keyedRowsOfAStatementGoInKeyOrder_soConcurrentBatchesTakeSharedKeysAlike() {
    String ordered = table + "_ordered";
    jdbc.sql("CREATE TABLE " + ordered + " (n BIGINT GENERATED ALWAYS AS IDENTITY, k TEXT UNIQUE)")
        .update();
    String keyedSql = "INSERT INTO " + ordered + " (k) VALUES (?) ON CONFLICT (k) DO NOTHING";
    String plainSql = "INSERT INTO " + ordered + " (k) VALUES (?)";
    try (GroupCommit commits = new GroupCommit(tx, jdbcTemplate, 1, 256, Duration.ofSeconds(30))) {
      CountDownLatch release = new CountDownLatch(1);
      CompletableFuture<Void> first = holdWriter(commits, release);
      List<CompletableFuture<Void>> callers = new ArrayList<>();
      for (String[] keys : new String[][] {{"c", "z"}, {"a", "y"}, {"b", "x"}, {"a", "w"}}) {
        callers.add(
            CompletableFuture.runAsync(
                () ->
                    commits.write(
                        List.of(
                            GroupCommit.Row.keyed(keys[0], keyedSql, keys[0]),
                            GroupCommit.Row.of(plainSql, keys[1])))));
        int queued = callers.size();
        await().until(() -> commits.pending() == queued); // arrival order is the list's
      }
      release.countDown();
      first.join();
      callers.forEach(CompletableFuture::join); // the second "a" is skipped, not an error
      assertThat(commits.transactions()).isEqualTo(2);
    }
    assertThat(jdbc.sql("SELECT k FROM " + ordered + " ORDER BY n").query(String.class).list())
        .as("keyed rows sorted by key; the rows without one in the order they came")
        .containsExactly("a", "b", "c", "z", "y", "x", "w");
  }

  @Test
  void aFailingWriteIsRolledBackAloneAndItsCallerGetsTheError() {
    try (GroupCommit commits = new GroupCommit(tx, jdbcTemplate, 1, 256, Duration.ofSeconds(30))) {
      commits.write(insert("taken"));
      CountDownLatch release = new CountDownLatch(1);
      CompletableFuture<Void> first = holdWriter(commits, release);
      CompletableFuture<Void> a = CompletableFuture.runAsync(() -> commits.write(insert("a")));
      await().until(() -> commits.pending() == 1);
      CompletableFuture<Void> dup =
          CompletableFuture.runAsync(() -> commits.write(insert("taken")));
      await().until(() -> commits.pending() == 2);
      CompletableFuture<Void> b = CompletableFuture.runAsync(() -> commits.write(insert("b")));
      await().until(() -> commits.pending() == 3);
      release.countDown();
      first.join();
      a.join();
      b.join();
      assertThatThrownBy(dup::join).hasCauseInstanceOf(DataIntegrityViolationException.class);
      assertThat(stored()).containsExactly("a", "b", "taken");
    }
  }

  @Test
  void aLoneFailingWriteLeavesNothing() {
    try (GroupCommit commits = new GroupCommit(tx, jdbcTemplate, 1, 256, Duration.ofSeconds(30))) {
      assertThatThrownBy(
              () ->
                  commits.write(
                      () -> {
                        insert("x").run();
                        insert("x").run();
                      }))
          .isInstanceOf(DataIntegrityViolationException.class);
      assertThat(stored()).isEmpty();
    }
  }

  private GroupCommit.Row row(String key) {
    return GroupCommit.Row.of("INSERT INTO " + table + " (k) VALUES (?)", key);
  }

  @Test
  void rowsOfManyCallersShareOneTransactionAndABadRowCostsOnlyItsCaller() {
    try (GroupCommit commits = new GroupCommit(tx, jdbcTemplate, 1, 256, Duration.ofSeconds(30))) {
      commits.write(List.of(row("taken")));
      CountDownLatch release = new CountDownLatch(1);
      CompletableFuture<Void> first = holdWriter(commits, release);
      List<CompletableFuture<Void>> good = new ArrayList<>();
      for (int i = 0; i < 10; i++) {
        String key = String.format(java.util.Locale.ROOT, "r%02d", i);
        good.add(
            CompletableFuture.runAsync(() -> commits.write(List.of(row(key), row(key + "b")))));
      }
      await().until(() -> commits.pending() == 10);
      CompletableFuture<Void> bad =
          CompletableFuture.runAsync(() -> commits.write(List.of(row("lost"), row("taken"))));
      await().until(() -> commits.pending() == 11);
      long before = commits.transactions();
      release.countDown();
      first.join();
      good.forEach(CompletableFuture::join);
      assertThatThrownBy(bad::join).hasCauseInstanceOf(DataIntegrityViolationException.class);
      List<String> stored = stored();
      assertThat(stored).hasSize(21).contains("r00", "r09b", "taken").doesNotContain("lost");
      // one failed batch, then each of the 11 callers alone
      assertThat(commits.transactions() - before).isEqualTo(12);
    }
  }

  @Test
  void aWriteAfterRowsSeesThemAndRowsAfterItFollowIt() {
    try (GroupCommit commits = new GroupCommit(tx, jdbcTemplate, 1, 256, Duration.ofSeconds(30))) {
      List<Long> seen = new ArrayList<>();
      commits.write(
          List.of(
              row("a"),
              row("b"),
              (GroupCommit.Write)
                  () ->
                      seen.add(
                          jdbc.sql("SELECT count(*) FROM " + table).query(Long.class).single()),
              row("c")));
      assertThat(seen).containsExactly(2L);
      assertThat(stored()).containsExactly("a", "b", "c");
    }
  }

  @Test
  void aRowMustBeAnInsert() {
    assertThatThrownBy(() -> GroupCommit.Row.of("DELETE FROM " + table))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aRowIsOneRowOfPlaceholdersWithOneValueEach() {
    String t = "INSERT INTO " + table;
    assertThatThrownBy(() -> GroupCommit.Row.of(t + " (k) VALUES (?, ?)", "a"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("2 placeholders but the row 1 values");
    assertThatThrownBy(() -> GroupCommit.Row.of(t + " (k) VALUES ('a')"))
        .hasMessageContaining("only ? placeholders");
    assertThatThrownBy(() -> GroupCommit.Row.of(t + " (k) VALUES (?), (?)", "a", "b"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> GroupCommit.Row.of(t + " (k) SELECT ?", "a"))
        .hasMessageContaining("one VALUES");
    assertThatThrownBy(() -> GroupCommit.Row.of(t + " (k) VALUES (?,)", "a"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(
            () ->
                GroupCommit.Row.of(
                    t + " (k) VALUES (?) ON CONFLICT (k) DO UPDATE SET k = ?", "a", "b"))
        .hasMessageContaining("all in its VALUES row");
    assertThat(
            GroupCommit.Row.of(t + " (k)\n VALUES\n (\n?\n) ON CONFLICT DO NOTHING", "a").params())
        .containsExactly("a");
  }

  /** Counts the INSERT statements run on {@code target} (a statement-level trigger). */
  private String countStatements(String target) {
    String counter = target + "_statements";
    jdbc.sql("CREATE TABLE " + counter + " (n INT NOT NULL)").update();
    jdbc.sql("INSERT INTO " + counter + " VALUES (0)").update();
    jdbc.sql(
            "CREATE FUNCTION "
                + counter
                + "() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN UPDATE "
                + counter
                + " SET n = n + 1; RETURN NULL; END $$")
        .update();
    jdbc.sql(
            "CREATE TRIGGER "
                + counter
                + " AFTER INSERT ON "
                + target
                + " FOR EACH STATEMENT EXECUTE FUNCTION "
                + counter
                + "()")
        .update();
    return counter;
  }

  private int statements(String counter) {
    return jdbc.sql("SELECT n FROM " + counter).query(Integer.class).single();
  }

  @Test
  void theRowsOfABatchGoAsOneStatementPerStatementText() {
    String counter = countStatements(table);
    String keyedSql = "INSERT INTO " + table + " (k) VALUES (?) ON CONFLICT (k) DO NOTHING";
    try (GroupCommit commits = new GroupCommit(tx, jdbcTemplate, 1, 256, Duration.ofSeconds(30))) {
      CountDownLatch release = new CountDownLatch(1);
      CompletableFuture<Void> first = holdWriter(commits, release);
      List<CompletableFuture<Void>> callers = new ArrayList<>();
      for (int i = 0; i < 7; i++) {
        String key = "p" + i;
        callers.add(
            CompletableFuture.runAsync(
                () ->
                    commits.write(
                        List.of(row(key), GroupCommit.Row.keyed("s", keyedSql, "shared")))));
      }
      await().until(() -> commits.pending() == 7);
      release.countDown();
      first.join();
      callers.forEach(CompletableFuture::join);
    }
    assertThat(stored()).containsExactly("p0", "p1", "p2", "p3", "p4", "p5", "p6", "shared");
    assertThat(statements(counter))
        .as("7 callers' rows of two statement texts: one statement each, not 4 + 2 + 1 each")
        .isEqualTo(2);
  }

  @Test
  void aBatchIsSplitOnlyAtPostgresqlsParameterLimit() {
    String counter = countStatements(table);
    List<GroupCommit.Op> many = new ArrayList<>();
    for (int i = 0; i < 40_000; i++) {
      many.add(row("m" + i));
    }
    try (GroupCommit commits = new GroupCommit(tx, jdbcTemplate, 1, 256, Duration.ofSeconds(30))) {
      commits.write(many);
    }
    assertThat(jdbc.sql("SELECT count(*) FROM " + table).query(Long.class).single())
        .isEqualTo(40_000L);
    assertThat(statements(counter)).as("32,767 parameters per statement").isEqualTo(2);
  }

  @Test
  void aClosedWriterRefusesWrites() {
    GroupCommit commits = new GroupCommit(tx, jdbcTemplate, 2, 8, Duration.ofSeconds(30));
    commits.write(insert("before"));
    commits.close();
    assertThatThrownBy(() -> commits.write(insert("after")))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("closed");
    assertThat(stored()).containsExactly("before");
  }
}
