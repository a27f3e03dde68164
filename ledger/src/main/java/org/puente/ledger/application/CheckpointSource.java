package org.puente.ledger.application;

import org.puente.ledger.LedgerException;
import org.puente.ledger.model.ConsistencyProof;

/**
 * The port through which a witness reaches a log it watches: in production an HTTP client to the
 * other country's node (in the server), in tests and on one machine the log itself ({@link
 * LogView})).
 */
public interface CheckpointSource {
  /** The log's latest signed checkpoint (a C2SP signed note). */
  String latestCheckpointNote() throws LedgerException;

  /** RFC 9162 §2.1.4 consistency proof between two sizes of the log. */
  ConsistencyProof consistencyProof(long oldSize, long newSize) throws LedgerException;
}
