package org.puente.ledger.model;

import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.List;

/**
 * An independent oracle: RFC 9162 §2.1 written directly over lists, with its own SHA-256 calls and
 * no shared code with {@link MerkleTree} or {@link DomainSeparation}.
 */
final class NaiveMerkle {
  private final List<byte[]> entries;

  NaiveMerkle(List<byte[]> entries) {
    this.entries = entries;
  }

  static byte[] sha(byte prefix, byte[]... parts) {
    try {
      MessageDigest d = MessageDigest.getInstance("SHA-256");
      if (prefix >= 0) {
        d.update(prefix);
      }
      for (byte[] p : parts) {
        d.update(p);
      }
      return d.digest();
    } catch (Exception e) {
      throw new AssertionError(e);
    }
  }

  byte[] mth(int from, int to) {
    int n = to - from;
    if (n == 0) {
      return sha((byte) -1);
    }
    if (n == 1) {
      return sha((byte) 0, entries.get(from));
    }
    int k = 1;
    while (k * 2 < n) {
      k *= 2;
    }
    return sha((byte) 1, mth(from, from + k), mth(from + k, to));
  }

  List<byte[]> path(int m, int from, int to) {
    int n = to - from;
    List<byte[]> out = new ArrayList<>();
    if (n <= 1) {
      return out;
    }
    int k = 1;
    while (k * 2 < n) {
      k *= 2;
    }
    if (m < k) {
      out.addAll(path(m, from, from + k));
      out.add(mth(from + k, to));
    } else {
      out.addAll(path(m - k, from + k, to));
      out.add(mth(from, from + k));
    }
    return out;
  }

  List<byte[]> subproof(int m, int from, int to, boolean b) {
    int n = to - from;
    List<byte[]> out = new ArrayList<>();
    if (m == n) {
      if (!b) {
        out.add(mth(from, to));
      }
      return out;
    }
    int k = 1;
    while (k * 2 < n) {
      k *= 2;
    }
    if (m <= k) {
      out.addAll(subproof(m, from, from + k, b));
      out.add(mth(from + k, to));
    } else {
      out.addAll(subproof(m - k, from + k, to, false));
      out.add(mth(from, from + k));
    }
    return out;
  }

  /** A reader over this oracle, for feeding the production algorithms. */
  HashReader reader() {
    return (height, index) -> {
      int from = (int) (index << height);
      return new Hash(mth(from, from + (1 << height)));
    };
  }
}
