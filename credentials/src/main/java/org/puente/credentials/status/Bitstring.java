package org.puente.credentials.status;

import com.apicatalog.multibase.Multibase;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.puente.credentials.CredentialException;
import org.puente.credentials.CredentialException.Code;

/**
 * The bitstring of a Bitstring Status List: index 0 is the most significant bit of the first byte.
 * Encoded as multibase base64url (no padding) of the GZIP-compressed bytes.
 *
 * @see <a href="https://www.w3.org/TR/vc-bitstring-status-list/#bitstring-encoding">Bitstring
 *     Status List §3.2 Bitstring Encoding</a>
 */
public final class Bitstring {
  /** The spec's minimum length, 16 KiB of bits, which gives group privacy (§6.1). */
  public static final int MIN_BITS = 131_072;

  /**
   * The largest list Puente decodes: 16 MiB of bits (134,217,728 entries). A GZIP bomb stops here.
   */
  public static final int MAX_BYTES = 16 * 1024 * 1024;

  private final byte[] bytes;

  private Bitstring(byte[] bytes) {
    this.bytes = bytes;
  }

  /** An all-zero list of at least {@link #MIN_BITS} bits, rounded up to whole bytes. */
  public static Bitstring ofLength(int bits) {
    if (bits < MIN_BITS || bits > MAX_BYTES * 8L) {
      throw new IllegalArgumentException(
          "a status list must hold "
              + MIN_BITS
              + " to "
              + (MAX_BYTES * 8L)
              + " bits, asked "
              + bits);
    }
    return new Bitstring(new byte[(bits + 7) / 8]);
  }

  /** The number of bits. */
  public int length() {
    return bytes.length * 8;
  }

  /** The bit at {@code index}. */
  public boolean get(int index) {
    checkIndex(index);
    return (bytes[index >>> 3] & (0x80 >>> (index & 7))) != 0;
  }

  /** Sets or clears the bit at {@code index}. */
  public void set(int index, boolean value) {
    checkIndex(index);
    if (value) {
      bytes[index >>> 3] |= (byte) (0x80 >>> (index & 7));
    } else {
      bytes[index >>> 3] &= (byte) ~(0x80 >>> (index & 7));
    }
  }

  /**
   * The value of a {@code size}-bit status entry at entry position {@code index} (bits {@code
   * index*size} to {@code index*size+size-1}, most significant first).
   */
  public int entry(int index, int size) {
    int value = 0;
    for (int i = 0; i < size; i++) {
      value = (value << 1) | (get(index * size + i) ? 1 : 0);
    }
    return value;
  }

  private void checkIndex(int index) {
    if (index < 0 || index >= length()) {
      throw new IndexOutOfBoundsException(
          "status list index " + index + " outside 0.." + (length() - 1));
    }
  }

  /** {@code encodedList}: multibase base64url of the GZIP-compressed bitstring. */
  public String encode() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (GZIPOutputStream gzip = new GZIPOutputStream(out)) {
      gzip.write(bytes);
    } catch (IOException e) {
      throw new UncheckedIOException("in-memory GZIP failed", e);
    }
    return Multibase.BASE_64_URL.encode(out.toByteArray());
  }

  /**
   * Decodes an {@code encodedList}, refusing anything but multibase base64url ({@code u}) and any
   * list that inflates beyond {@link #MAX_BYTES}.
   */
  public static Bitstring decode(String encodedList) throws CredentialException {
    if (encodedList == null || encodedList.isEmpty() || encodedList.charAt(0) != 'u') {
      throw new CredentialException(
          Code.MALFORMED_MULTIBASE,
          "encodedList must be multibase base64url (starting with 'u'), found '"
              + abbreviate(encodedList)
              + "'");
    }
    byte[] compressed;
    try {
      compressed = Multibase.BASE_64_URL.decode(encodedList);
    } catch (RuntimeException e) {
      throw new CredentialException(
          Code.MALFORMED_MULTIBASE, "encodedList is not valid base64url: " + e.getMessage(), e);
    }
    return new Bitstring(inflate(compressed));
  }

  private static byte[] inflate(byte[] compressed) throws CredentialException {
    try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(compressed))) {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      byte[] buffer = new byte[8192];
      int total = 0;
      for (int n; (n = in.read(buffer)) > 0; ) {
        total += n;
        if (total > MAX_BYTES) {
          throw new CredentialException(
              Code.INPUT_TOO_LARGE, "status list inflates beyond " + MAX_BYTES + " bytes: refused");
        }
        out.write(buffer, 0, n);
      }
      byte[] bits = out.toByteArray();
      if (bits.length * 8 < MIN_BITS) {
        throw new CredentialException(
            Code.STATUS_LIST_LENGTH_ERROR,
            "status list holds " + bits.length * 8 + " bits, fewer than the minimum " + MIN_BITS);
      }
      return bits;
    } catch (IOException e) {
      throw new CredentialException(
          Code.MALFORMED_INPUT, "encodedList is not GZIP data: " + e.getMessage(), e);
    }
  }

  /** A copy, so a published list and the one being edited never share bytes. */
  public Bitstring copy() {
    return new Bitstring(bytes.clone());
  }

  private static String abbreviate(String s) {
    return s == null ? "null" : s.length() > 24 ? s.substring(0, 24) + "…" : s;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Bitstring b && Arrays.equals(bytes, b.bytes);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(bytes);
  }
}
