package org.puente.ledger.model;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.puente.ledger.LedgerException;
import org.puente.ledger.LedgerException.Code;

/** Tile arithmetic and encodings of C2SP tlog-tiles. */
public final class Tiles {
  private Tiles() {}

  /** Tile width exponent: a tile spans 2^8 nodes of its level. */
  public static final int HEIGHT = 8;

  /**
   * C2SP tlog-tiles §"Partial Tiles": the width of the rightmost tile at {@code level} for a tree
   * of {@code size} leaves, floor(size / 256^level) mod 256 (0 = no partial tile).
   */
  public static int partialWidth(long size, int level) {
    return (int) ((size >>> (HEIGHT * level)) & 0xff);
  }

  /** The index of the rightmost (partial) tile at {@code level} for a tree of {@code size}. */
  public static long partialIndex(long size, int level) {
    return size >>> (HEIGHT * (level + 1));
  }

  /**
   * The Merkle tree hash of {@code count} (a power of two) consecutive hashes of a tile starting at
   * hash {@code offset}: the tile is a subtree of height 8 whose leaves are its hashes.
   */
  public static Hash subtreeHash(byte[] hashes, int offset, int count) {
    if (Integer.bitCount(count) != 1) {
      throw new IllegalArgumentException("subtree width must be a power of two: " + count);
    }
    Hash[] level = new Hash[count];
    for (int i = 0; i < count; i++) {
      level[i] = Hash.at(hashes, (offset + i) * Hash.SIZE);
    }
    for (int n = count; n > 1; n /= 2) {
      for (int i = 0; i < n / 2; i++) {
        level[i] = DomainSeparation.nodeHash(level[2 * i], level[2 * i + 1]);
      }
    }
    return level[0];
  }

  /** Encodes an entry bundle (big-endian uint16 length-prefixed entries). */
  public static byte[] encodeBundle(List<byte[]> entries) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (byte[] entry : entries) {
      DomainSeparation.appendBundleEntry(out, entry);
    }
    return out.toByteArray();
  }

  /** Decodes an entry bundle, which must hold exactly {@code width} entries. */
  public static List<byte[]> decodeBundle(TileId id, byte[] data) throws LedgerException {
    List<byte[]> entries = new ArrayList<>(id.width());
    int at = 0;
    while (at < data.length) {
      if (at + 2 > data.length) {
        throw truncated(id, "entry length prefix cut at byte " + at);
      }
      int length = ((data[at] & 0xff) << 8) | (data[at + 1] & 0xff);
      if (at + 2 + length > data.length) {
        throw truncated(id, "entry " + entries.size() + " of " + length + " bytes is cut short");
      }
      entries.add(Arrays.copyOfRange(data, at + 2, at + 2 + length));
      at += 2 + length;
    }
    if (entries.size() != id.width()) {
      throw truncated(id, "holds " + entries.size() + " entries, expected " + id.width());
    }
    return entries;
  }

  /** Checks a tile's byte length against its width; refuses a truncated or padded tile. */
  public static Tile check(Tile tile) throws LedgerException {
    TileId id = tile.id();
    if (id.isEntries()) {
      decodeBundle(id, tile.raw());
    } else if (tile.raw().length != id.width() * Hash.SIZE) {
      throw truncated(
          id, "has " + tile.raw().length + " bytes, expected " + id.width() * Hash.SIZE);
    }
    return tile;
  }

  /** The bytes of a tile, without a defensive copy (adapters write them). */
  public static byte[] bytesOf(Tile tile) {
    return tile.raw();
  }

  private static LedgerException truncated(TileId id, String why) {
    return new LedgerException(Code.TRUNCATED_TILE, "tile " + id.path() + " " + why);
  }
}
