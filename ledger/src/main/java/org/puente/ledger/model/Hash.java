package org.puente.ledger.model;

import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Objects;

/** A SHA-256 Merkle tree hash (RFC 9162 §2.1.1): always 32 bytes. */
public record Hash(byte[] bytes) {
  /** Length of every hash in this log. */
  public static final int SIZE = 32;

  public Hash {
    Objects.requireNonNull(bytes, "bytes");
    if (bytes.length != SIZE) {
      throw new IllegalArgumentException(
          "hash must be 32 bytes, found " + bytes.length + ": " + HexFormat.of().formatHex(bytes));
    }
    bytes = bytes.clone();
  }

  /** Reads the hash at {@code offset} in a tile. */
  public static Hash at(byte[] tile, int offset) {
    return new Hash(Arrays.copyOfRange(tile, offset, offset + SIZE));
  }

  /** Parses 64 hex digits. */
  public static Hash ofHex(String hex) {
    return new Hash(HexFormat.of().parseHex(hex));
  }

  @Override
  public byte[] bytes() {
    return bytes.clone();
  }

  /** Lower-case hex. */
  public String hex() {
    return HexFormat.of().formatHex(bytes);
  }

  /** Standard base64 (RFC 4648 §4), as in checkpoints. */
  public String base64() {
    return Base64.getEncoder().encodeToString(bytes);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Hash that && Arrays.equals(bytes, that.bytes);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(bytes);
  }

  @Override
  public String toString() {
    return hex();
  }
}
