package org.puente.server.access;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.puente.server.auth.Caller;
import org.puente.server.auth.Role;
import org.puente.server.store.GroupCommit;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The {@code access_record} table: appended to for every trade-data request; read by auditors. */
public final class AccessRecords {
  private final JdbcClient jdbc;
  private final GroupCommit commits;
  private final Clock clock;

  /**
   * Records through {@code jdbc}, in the group commits of {@code commits}, stamping with {@code
   * clock}.
   */
  public AccessRecords(JdbcClient jdbc, GroupCommit commits, Clock clock) {
    this.jdbc = jdbc;
    this.commits = commits;
    this.clock = clock;
  }

  /** Appends one record and returns once it is committed. */
  public void record(
      Optional<Caller> caller, String method, String path, AccessRule rule, int status) {
    record(caller, method, path, rule, status, List.of());
  }

  /**
   * Appends one record together with the trade-data writes the request made ({@code writes}, from a
   * {@link GroupCommit.Deferral}), all in one transaction, and returns once it is committed: there
   * is never a write without its record, nor a record of a write that was lost.
   */
  public void record(
      Optional<Caller> caller,
      String method,
      String path,
      AccessRule rule,
      int status,
      List<GroupCommit.Op> writes) {
    List<GroupCommit.Op> ops = new ArrayList<>(writes);
    ops.add(row(Timestamp.from(clock.instant()), caller, method, path, rule, status));
    commits.write(ops);
  }

  /** The group commits this journal writes through (for the writes it records). */
  public GroupCommit commits() {
    return commits;
  }

  private static GroupCommit.Row row(
      Timestamp at,
      Optional<Caller> caller,
      String method,
      String path,
      AccessRule rule,
      int status) {
    return GroupCommit.Row.of(
        "INSERT INTO access_record (at, subject, roles, jurisdiction, port, method, path, rule_id,"
            + " status) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        at,
        caller.map(Caller::subject).orElse("anonymous"),
        caller
            .map(c -> c.roles().stream().sorted().map(Role::claim).collect(Collectors.joining(",")))
            .orElse(""),
        caller.map(c -> c.jurisdiction().name()).orElse(null),
        caller.flatMap(Caller::port).orElse(null),
        method,
        path,
        rule.id(),
        status);
  }

  /**
   * The newest records first, at most {@code limit}, optionally only those after {@code afterId}.
   */
  public List<AccessRecord> newest(int limit, long afterId) {
    return jdbc.sql(
            "SELECT id, at, subject, roles, jurisdiction, port, method, path, rule_id, status"
                + " FROM access_record WHERE id > ? ORDER BY id DESC LIMIT ?")
        .params(afterId, limit)
        .query(
            (rs, n) ->
                new AccessRecord(
                    rs.getLong("id"),
                    rs.getTimestamp("at").toInstant(),
                    rs.getString("subject"),
                    rs.getString("roles"),
                    rs.getString("jurisdiction"),
                    rs.getString("port"),
                    rs.getString("method"),
                    rs.getString("path"),
                    rs.getString("rule_id"),
                    rs.getInt("status")))
        .list();
  }
}
