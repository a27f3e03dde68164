package org.puente.credentials.jsonld;

import java.security.MessageDigest;
import java.util.Arrays;

/**
 * A growable byte buffer: lines are written into it from pre-encoded pieces and the digest is fed
 * once per hash instead of once per piece. Each thread reuses one ({@link #forThisThread}), so a
 * canonicalisation allocates no buffer; one grown past {@value #MAX_KEPT} bytes is not kept.
 */
final class ByteSink {
  private static final int MAX_KEPT = 1 << 20;
  private static final ThreadLocal<ByteSink> PER_THREAD =
      ThreadLocal.withInitial(() -> new ByteSink(32 * 1024));

  private byte[] bytes;
  private int size;

  ByteSink(int capacity) {
    bytes = new byte[Math.max(16, capacity)];
  }

  /**
   * This thread's sink, emptied. Only one user at a time per thread: {@link Rdfc10} takes it for
   * one canonicalisation and never calls out while holding it.
   */
  static ByteSink forThisThread() {
    ByteSink sink = PER_THREAD.get();
    if (sink.bytes.length > MAX_KEPT) {
      sink = new ByteSink(32 * 1024);
      PER_THREAD.set(sink);
    }
    sink.clear();
    return sink;
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
