package org.puente.credentials.status;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.apicatalog.multibase.Multibase;
import java.io.ByteArrayOutputStream;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.puente.credentials.CredentialException;
import org.puente.credentials.CredentialException.Code;

class BitstringTest {
  /** The spec's example of an empty 131,072-entry list (Bitstring Status List §2.2, example 2). */
  private static final String SPEC_EMPTY_LIST =
      "uH4sIAAAAAAAAA-3BMQEAAADCoPVPbQwfoAAAAAAAAAAAAAAAAAAAAIC3AYbSVKsAQAAA";

  @Test
  void decode_specEmptyList_isAllZeroAndEqualsOurs() throws Exception {
    Bitstring spec = Bitstring.decode(SPEC_EMPTY_LIST);
    assertThat(spec.length()).isEqualTo(131_072);
    assertThat(spec).isEqualTo(Bitstring.ofLength(131_072));
    // GZIP bytes may differ between libraries: compare decoded bits, not encodings.
    assertThat(Bitstring.decode(Bitstring.ofLength(131_072).encode())).isEqualTo(spec);
  }

  @Test
  void set_indexZero_isMostSignificantBitOfFirstByte() throws Exception {
    Bitstring bits = Bitstring.ofLength(Bitstring.MIN_BITS);
    bits.set(0, true);
    bits.set(9, true);
    byte[] raw = gunzip(bits.encode());
    assertThat(raw[0] & 0xff).isEqualTo(0x80);
    assertThat(raw[1] & 0xff).isEqualTo(0x40);
    assertThat(bits.entry(4, 2)).isEqualTo(1); // bits 8,9 = 0,1
  }

  @Test
  void decode_gzipBomb_isRefusedAsTooLarge() throws Exception {
    byte[] huge = new byte[Bitstring.MAX_BYTES + 1024];
    String encoded = Multibase.BASE_64_URL.encode(gzip(huge));
    assertThatThrownBy(() -> Bitstring.decode(encoded))
        .isInstanceOfSatisfying(
            CredentialException.class, e -> assertThat(e.code()).isEqualTo(Code.INPUT_TOO_LARGE));
  }

  @Test
  void decode_listShorterThanMinimum_isLengthError() throws Exception {
    String encoded = Multibase.BASE_64_URL.encode(gzip(new byte[1024]));
    assertThatThrownBy(() -> Bitstring.decode(encoded))
        .isInstanceOfSatisfying(
            CredentialException.class,
            e -> assertThat(e.code()).isEqualTo(Code.STATUS_LIST_LENGTH_ERROR));
  }

  @Test
  void decode_notBase64url_isMalformedMultibase() {
    assertThatThrownBy(() -> Bitstring.decode("zH4sI"))
        .isInstanceOfSatisfying(
            CredentialException.class,
            e -> assertThat(e.code()).isEqualTo(Code.MALFORMED_MULTIBASE));
  }

  @Test
  void decode_notGzip_isMalformedInput() {
    String encoded = Multibase.BASE_64_URL.encode(new byte[] {1, 2, 3, 4});
    assertThatThrownBy(() -> Bitstring.decode(encoded))
        .isInstanceOfSatisfying(
            CredentialException.class, e -> assertThat(e.code()).isEqualTo(Code.MALFORMED_INPUT));
  }

  private static byte[] gzip(byte[] data) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
      gz.write(data);
    }
    return out.toByteArray();
  }

  private static byte[] gunzip(String encoded) throws Exception {
    try (var in =
        new java.util.zip.GZIPInputStream(
            new java.io.ByteArrayInputStream(Multibase.BASE_64_URL.decode(encoded)))) {
      return in.readAllBytes();
    }
  }
}
