package org.puente.credentials.jsonld;

import java.security.MessageDigest;
import java.util.Arrays;

/**
 * A growable byte buffer, reused within one canonicalisation: lines are written into it from
 * pre-encoded pieces and the digest is fed once per hash instead of once per piece.
 */
final class ByteSink {
  private byte[] bytes;
  private int size;

  ByteSink(int capacity) {
    bytes = new byte[Math.max(16, capacity)];
  }

  void put(byte[] piece) {
    int end = size + piece.length;
    if (end > bytes.length) {
      bytes = Arrays.copyOf(bytes, Math.max(end, bytes.length * 2));
    }
    System.arraycopy(piece, 0, bytes, size, piece.length);
    size = end;
  }

  void clear() {
    size = 0;
  }

  /** The digest of the bytes written since the last {@link #clear}; {@code digest} is reset. */
  byte[] digest(MessageDigest digest) {
    digest.reset();
    digest.update(bytes, 0, size);
    return digest.digest();
  }
}
