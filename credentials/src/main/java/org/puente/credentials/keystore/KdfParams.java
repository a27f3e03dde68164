package org.puente.credentials.keystore;

/**
 * scrypt cost parameters (RFC 7914 §2): {@code N = 2^logN}, block size {@code r}, parallelism
 * {@code p}. Memory used is {@code 128 * r * N} bytes.
 *
 * @param logN log2 of the CPU/memory cost, 10..20
 * @param r block size, 1..16
 * @param p parallelism, 1..4
 */
public record KdfParams(int logN, int r, int p) {
  /** The default: N = 2^17, r = 8, p = 1 (128 MiB, the OWASP 2023 recommendation). */
  public static final KdfParams DEFAULT = new KdfParams(17, 8, 1);

  public KdfParams {
    if (logN < 10 || logN > 20 || r < 1 || r > 16 || p < 1 || p > 4) {
      throw new IllegalArgumentException(
          "scrypt parameters out of range (logN 10..20, r 1..16, p 1..4): "
              + logN
              + ", "
              + r
              + ", "
              + p);
    }
  }
}
