package org.puente.credentials.status;

import java.util.Objects;
import java.util.random.RandomGenerator;

/**
 * The issuer's side of one status list: allocates indexes to new credentials and flips their bits
 * to revoke or suspend them. Indexes are drawn at random (Bitstring Status List §6.1, group
 * privacy: neighbouring indexes say nothing about issue order). Not thread-safe: the store that
 * persists it serialises changes.
 */
public final class StatusList {
  private final String url;
  private final StatusPurpose purpose;
  private final Bitstring bits;
  private final Bitstring allocated;
  private int used;

  private StatusList(
      String url, StatusPurpose purpose, Bitstring bits, Bitstring allocated, int used) {
    this.url = Objects.requireNonNull(url, "url");
    this.purpose = Objects.requireNonNull(purpose, "purpose");
    this.bits = bits;
    this.allocated = allocated;
    this.used = used;
  }

  /** A new, empty list of {@code length} entries published at {@code url}. */
  public static StatusList create(String url, StatusPurpose purpose, int length) {
    return new StatusList(url, purpose, Bitstring.ofLength(length), Bitstring.ofLength(length), 0);
  }

  /** Restores a list from its stored status bits and allocation bits. */
  public static StatusList restore(
      String url, StatusPurpose purpose, Bitstring bits, Bitstring allocated) {
    if (bits.length() != allocated.length()) {
      throw new IllegalArgumentException("status and allocation bitstrings differ in length");
    }
    int used = 0;
    for (int i = 0; i < allocated.length(); i++) {
      used += allocated.get(i) ? 1 : 0;
    }
    return new StatusList(url, purpose, bits.copy(), allocated.copy(), used);
  }

  /** Allocates a fresh, random, never-used index and returns its entry. */
  public StatusListEntry allocate(RandomGenerator random) {
    if (used >= bits.length() / 2) {
      throw new IllegalStateException(
          "status list " + url + " is half full (" + used + " entries): start a new list");
    }
    int index;
    do {
      index = random.nextInt(bits.length());
    } while (allocated.get(index));
    allocated.set(index, true);
    used++;
    return new StatusListEntry(url + "#" + index, purpose, index, url, 1);
  }

  /** Sets the entry's bit: revoked (for good) or suspended. */
  public void set(int index) {
    requireAllocated(index);
    bits.set(index, true);
  }

  /**
   * Clears a suspension. Revocation is permanent: clearing a revocation bit is a caller's bug and
   * is refused.
   */
  public void clear(int index) {
    requireAllocated(index);
    if (purpose == StatusPurpose.REVOCATION) {
      throw new IllegalStateException("revocation is permanent: index " + index + " of " + url);
    }
    bits.set(index, false);
  }

  /** Whether the entry's bit is set. */
  public boolean isSet(int index) {
    return bits.get(index);
  }

  private void requireAllocated(int index) {
    if (!allocated.get(index)) {
      throw new IllegalArgumentException("index " + index + " of " + url + " was never allocated");
    }
  }

  public String url() {
    return url;
  }

  public StatusPurpose purpose() {
    return purpose;
  }

  /** A snapshot of the status bits, for publishing. */
  public Bitstring bits() {
    return bits.copy();
  }

  /** A snapshot of the allocation bits, for storing. */
  public Bitstring allocated() {
    return allocated.copy();
  }

  /** How many indexes have been handed out. */
  public int used() {
    return used;
  }
}
