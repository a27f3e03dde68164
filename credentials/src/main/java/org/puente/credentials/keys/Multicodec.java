package org.puente.credentials.keys;

import java.io.ByteArrayOutputStream;
import java.util.Arrays;

/** Unsigned LEB128 varint prefixes of the multicodec table (multiformats unsigned-varint). */
final class Multicodec {
  private Multicodec() {}

  static byte[] prefix(int code, byte[] payload) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(payload.length + 3);
    int value = code;
    while ((value & ~0x7f) != 0) {
      out.write((value & 0x7f) | 0x80);
      value >>>= 7;
    }
    out.write(value);
    out.writeBytes(payload);
    return out.toByteArray();
  }

  /** Returns {code, offset of the payload}; -1 code when the varint is malformed. */
  static int[] readPrefix(byte[] bytes) {
    int code = 0;
    int shift = 0;
    for (int i = 0; i < Math.min(bytes.length, 4); i++) {
      int b = bytes[i] & 0xff;
      code |= (b & 0x7f) << shift;
      if ((b & 0x80) == 0) {
        return new int[] {code, i + 1};
      }
      shift += 7;
    }
    return new int[] {-1, 0};
  }

  static byte[] payload(byte[] bytes, int offset) {
    return Arrays.copyOfRange(bytes, offset, bytes.length);
  }
}
