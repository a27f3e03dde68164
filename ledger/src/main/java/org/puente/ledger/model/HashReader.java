package org.puente.ledger.model;

import org.puente.ledger.LedgerException;

/**
 * Reads the hash of a perfect subtree of the log: the node at {@code height} (0 = leaves) whose
 * leftmost leaf is {@code index << height}. Implementations read it from tiles or from memory.
 */
@FunctionalInterface
public interface HashReader {
  /** The Merkle tree hash of leaves {@code [index << height, (index + 1) << height)}. */
  Hash nodeHash(int height, long index) throws LedgerException;
}
