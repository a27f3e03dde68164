package org.puente.server.credentials;

/**
 * A position in one of this node's Bitstring Status Lists (W3C Bitstring Status List §2.1).
 *
 * @param listId the status list's identifier
 * @param index the bit's index
 */
public record StatusListEntry(String listId, int index) {
  public StatusListEntry {
    StoredText.requireId(listId, "listId");
    if (index < 0) {
      throw new IllegalArgumentException("status index must be >= 0, found " + index);
    }
  }
}
