package org.puente.server.access;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.puente.server.auth.Caller;
import org.puente.server.auth.Role;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The {@code access_record} table: appended to for every trade-data request; read by auditors. */
public final class AccessRecords {
  private final JdbcClient jdbc;
  private final Clock clock;

  /** Records through {@code jdbc}, stamping with {@code clock}. */
  public AccessRecords(JdbcClient jdbc, Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  /** Appends one record. */
  public void record(
      Optional<Caller> caller, String method, String path, AccessRule rule, int status) {
    jdbc.sql(
            "INSERT INTO access_record (at, subject, roles, jurisdiction, port, method, path, rule_id,"
                + " status) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")
        .params(
            Timestamp.from(clock.instant()),
            caller.map(Caller::subject).orElse("anonymous"),
            caller
                .map(
                    c ->
                        c.roles().stream()
                            .sorted()
                            .map(Role::claim)
                            .collect(Collectors.joining(",")))
                .orElse(""),
            caller.map(c -> c.jurisdiction().name()).orElse(null),
            caller.flatMap(Caller::port).orElse(null),
            method,
            path,
            rule.id(),
            status)
        .update();
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
