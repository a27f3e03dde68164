package org.puente.ledger.application;

import java.util.Map;
import java.util.Optional;
import org.puente.ledger.LedgerException;
import org.puente.ledger.model.VerifierKey;

/**
 * The port through which a {@link Witness} finds the key of a log it watches, by the log's origin.
 * A fixed map for the CLI; in the node, the configured logs plus the peers an operator registered
 * at run time (kept in the node's database, so a restart keeps them).
 */
@FunctionalInterface
public interface WatchedLogs {
  /** The verifier key of the watched log {@code origin}, or empty if it is not watched. */
  Optional<VerifierKey> logKey(String origin) throws LedgerException;

  /** A fixed set of watched logs (origin → log key). */
  static WatchedLogs of(Map<String, VerifierKey> logs) {
    Map<String, VerifierKey> copy = Map.copyOf(logs);
    return origin -> Optional.ofNullable(copy.get(origin));
  }
}
