package org.puente.ledger.model;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Objects;
import org.puente.credentials.jsonld.JsonSupport;

/**
 * A witness's alarm: a log it watches showed a history that contradicts what it saw before. Both
 * signed checkpoints are kept as evidence; either is verifiable by anyone with the log's key.
 *
 * @param kind what contradiction was seen
 * @param origin the log's origin
 * @param reason what was expected and what was found
 * @param seen the signed checkpoint the witness had accepted before
 * @param offered the signed checkpoint that contradicts it
 * @param at when the witness saw it
 */
public record Alarm(
    Kind kind, String origin, String reason, String seen, String offered, Instant at) {
  /** The contradictions a witness detects. */
  public enum Kind {
    /** Two validly signed checkpoints of one size with different roots: a split view. */
    FORK,
    /** A larger checkpoint whose consistency proof from the one seen fails: rewritten history. */
    INCONSISTENT,
    /** A smaller checkpoint that is not a prefix of the one seen. */
    ROLLBACK
  }

  /** JSON {@code type} of an alarm entry in the witness's own log. */
  public static final String TYPE = "puente-log-alarm/v1";

  public Alarm {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(origin, "origin");
    Objects.requireNonNull(reason, "reason");
    Objects.requireNonNull(seen, "seen");
    Objects.requireNonNull(offered, "offered");
    Objects.requireNonNull(at, "at");
  }

  /** The log entry that records this alarm in the witness's own log (JSON, UTF-8). */
  public byte[] toEntry() {
    return JsonSupport.PROVIDER
        .createObjectBuilder()
        .add("type", TYPE)
        .add("kind", kind.name())
        .add("origin", origin)
        .add("reason", reason)
        .add("seen", seen)
        .add("offered", offered)
        .add("at", at.toString())
        .build()
        .toString()
        .getBytes(StandardCharsets.UTF_8);
  }
}
