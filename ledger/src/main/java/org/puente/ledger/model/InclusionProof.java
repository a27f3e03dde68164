package org.puente.ledger.model;

import java.util.List;

/**
 * An RFC 9162 §2.1.3 inclusion proof: the audit path that leads from leaf {@code index} to the root
 * of the tree of {@code treeSize} leaves.
 */
public record InclusionProof(long index, long treeSize, List<Hash> path) {
  public InclusionProof {
    if (index < 0 || index >= treeSize) {
      throw new IllegalArgumentException(
          "leaf index " + index + " is outside a tree of size " + treeSize);
    }
    path = List.copyOf(path);
  }
}
