package org.puente.server.credentials;

import java.security.GeneralSecurityException;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * A keyed pseudorandom permutation of {@code [0, size)}: the status list index given to the n-th
 * credential issued on a list. Bitstring Status List's privacy considerations ask issuers to place
 * credentials at random positions, so an index says nothing about when a credential was issued or
 * which credentials were issued together; a permutation does that with a plain counter behind it
 * (no collisions, no retries, every index usable) and without storing the positions already handed
 * out.
 *
 * <p>A balanced Feistel network over the smallest even number of bits that covers {@code size},
 * with HMAC-SHA256 under the list's secret key as round function, applied again while the result
 * falls outside the domain (cycle walking keeps it a permutation of {@code [0, size)}).
 */
public final class IndexPermutation {
  private static final int ROUNDS = 8;

  private final byte[] key;
  private final int size;
  private final int halfBits;
  private final int halfMask;

  /**
   * The permutation of {@code [0, size)} chosen by {@code key}.
   *
   * @param key the list's secret (at least 16 bytes)
   * @param size the list's length in bits (at least 1)
   */
  public IndexPermutation(byte[] key, int size) {
    if (key.length < 16) {
      throw new IllegalArgumentException("the key must have at least 16 bytes");
    }
    if (size < 1) {
      throw new IllegalArgumentException("size must be at least 1, not " + size);
    }
    this.key = key.clone();
    this.size = size;
    int bits = Math.max(2, 32 - Integer.numberOfLeadingZeros(size - 1));
    this.halfBits = (bits + 1) / 2;
    this.halfMask = (1 << halfBits) - 1;
  }

  /** The index of the {@code n}-th allocation ({@code 0 <= n < size}). */
  public int apply(int n) {
    if (n < 0 || n >= size) {
      throw new IllegalArgumentException("expected 0 <= n < " + size + ", found " + n);
    }
    Mac mac = mac();
    int x = n;
    do {
      x = feistel(mac, x);
    } while (x >= size);
    return x;
  }

  private int feistel(Mac mac, int x) {
    int left = x >>> halfBits;
    int right = x & halfMask;
    for (int round = 0; round < ROUNDS; round++) {
      int next = left ^ (round(mac, round, right) & halfMask);
      left = right;
      right = next;
    }
    return (left << halfBits) | right;
  }

  private static int round(Mac mac, int round, int half) {
    mac.update((byte) round);
    mac.update(
        new byte[] {(byte) (half >>> 24), (byte) (half >>> 16), (byte) (half >>> 8), (byte) half});
    byte[] out = mac.doFinal();
    return ((out[0] & 0xff) << 24)
        | ((out[1] & 0xff) << 16)
        | ((out[2] & 0xff) << 8)
        | out[3] & 0xff;
  }

  private Mac mac() {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(key, "HmacSHA256"));
      return mac;
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is missing from this JDK", e);
    }
  }

  @Override
  public String toString() {
    return "IndexPermutation[size=" + size + "]"; // never the key
  }
}
