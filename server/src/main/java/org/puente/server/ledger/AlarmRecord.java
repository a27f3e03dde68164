package org.puente.server.ledger;

import java.time.Instant;
import java.util.Objects;

/**
 * One fork alarm as operators see it ({@code GET /log/alarms}).
 *
 * @param id row id
 * @param kind FORK, INCONSISTENT or ROLLBACK
 * @param origin the watched log
 * @param reason what contradicted what
 * @param seen the signed checkpoint accepted before
 * @param offered the signed checkpoint that contradicts it
 * @param raisedAt when the witness saw it
 */
public record AlarmRecord(
    long id,
    String kind,
    String origin,
    String reason,
    String seen,
    String offered,
    Instant raisedAt) {
  public AlarmRecord {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(origin, "origin");
    Objects.requireNonNull(raisedAt, "raisedAt");
  }
}
