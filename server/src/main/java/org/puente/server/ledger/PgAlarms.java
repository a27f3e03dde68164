package org.puente.server.ledger;

import java.sql.Timestamp;
import java.util.List;
import org.puente.ledger.application.AlarmListener;
import org.puente.ledger.model.Alarm;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Keeps the witness's alarms for operators (table {@code ledger_alarm}) and logs each at ERROR. The
 * alarm is already an entry of the node's own log when {@link #raised} is called.
 */
public final class PgAlarms implements AlarmListener {
  private static final Logger LOG = LoggerFactory.getLogger(PgAlarms.class);

  private final JdbcClient jdbc;

  /** Alarms in the node's database. */
  public PgAlarms(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public void raised(Alarm alarm) {
    LOG.error("LOG ALARM {} on {}: {}", alarm.kind(), alarm.origin(), alarm.reason());
    jdbc.sql(
            "INSERT INTO ledger_alarm (kind, origin, reason, seen, offered, raised_at)"
                + " VALUES (?, ?, ?, ?, ?, ?)")
        .params(
            alarm.kind().name(),
            alarm.origin(),
            alarm.reason(),
            alarm.seen(),
            alarm.offered(),
            Timestamp.from(alarm.at()))
        .update();
  }

  /** The latest {@code limit} alarms, newest first. */
  public List<AlarmRecord> latest(int limit) {
    return jdbc.sql(
            "SELECT id, kind, origin, reason, seen, offered, raised_at FROM ledger_alarm"
                + " ORDER BY id DESC LIMIT ?")
        .param(limit)
        .query(
            (r, n) ->
                new AlarmRecord(
                    r.getLong(1),
                    r.getString(2),
                    r.getString(3),
                    r.getString(4),
                    r.getString(5),
                    r.getString(6),
                    r.getTimestamp(7).toInstant()))
        .list();
  }
}
