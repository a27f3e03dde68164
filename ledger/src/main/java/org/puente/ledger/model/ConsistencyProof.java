package org.puente.ledger.model;

import java.util.List;

/**
 * An RFC 9162 §2.1.4 consistency proof: the hashes that show the tree of {@code oldSize} leaves is
 * a prefix of the tree of {@code newSize} leaves.
 */
public record ConsistencyProof(long oldSize, long newSize, List<Hash> path) {
  public ConsistencyProof {
    if (oldSize < 0 || oldSize > newSize) {
      throw new IllegalArgumentException(
          "consistency needs 0 <= oldSize <= newSize, found " + oldSize + " and " + newSize);
    }
    path = List.copyOf(path);
  }
}
