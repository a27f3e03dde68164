package org.puente.server.ledger;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * What an operator's monitoring scrapes ({@code /actuator/prometheus}): {@code
 * puente_ledger_alarms} (fork, inconsistency and rollback alarms the witness raised, all time — any
 * rise needs a person) and {@code puente_ledger_witnessed_size} (the largest size of this node's
 * log the other country's witness cosigned; it should follow the log's size).
 */
public final class LedgerMetrics {
  private final JdbcClient jdbc;

  /** Metrics read from the node's database at each scrape. */
  public LedgerMetrics(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** Registers the gauges. */
  public void bindTo(MeterRegistry registry) {
    Gauge.builder("puente.ledger.alarms", this, LedgerMetrics::alarms)
        .description("fork, inconsistency and rollback alarms raised by this node's witness")
        .register(registry);
    Gauge.builder("puente.ledger.witnessed.size", this, LedgerMetrics::witnessedSize)
        .description("largest size of this node's log cosigned by the other country's witness")
        .register(registry);
  }

  /** The number of alarms raised. */
  public double alarms() {
    return jdbc.sql("SELECT count(*) FROM ledger_alarm").query(Long.class).single();
  }

  /** The largest cosigned size, -1 when none. */
  public double witnessedSize() {
    return jdbc.sql("SELECT coalesce(max(tree_size), -1) FROM ledger_cosigned")
        .query(Long.class)
        .single();
  }
}
