package org.puente.ledger.application;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.puente.ledger.LedgerException;
import org.puente.ledger.LedgerException.Code;
import org.puente.ledger.model.Hash;
import org.puente.ledger.model.HashReader;
import org.puente.ledger.model.Tile;
import org.puente.ledger.model.TileId;
import org.puente.ledger.model.Tiles;

/**
 * Reads node hashes and entries out of a {@link TileStore}, with a small LRU cache of tiles. A node
 * at height h lives in the level h/8 tiles; heights between tile levels are recomputed from the
 * tile's hashes (C2SP tlog-tiles §"Merkle Tree").
 */
final class TileHashReader implements HashReader {
  private static final int CACHE_TILES = 4096;

  private final TileStore store;
  private final Map<Long, Tile> cache =
      new LinkedHashMap<>(64, 0.75f, true) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<Long, Tile> eldest) {
          return size() > CACHE_TILES;
        }
      };

  TileHashReader(TileStore store) {
    this.store = store;
  }

  @Override
  public Hash nodeHash(int height, long index) throws LedgerException {
    int level = height / Tiles.HEIGHT;
    int count = 1 << (height % Tiles.HEIGHT);
    long first = index << (height % Tiles.HEIGHT);
    int offset = (int) (first & 0xff);
    Tile tile = tile(level, first >>> Tiles.HEIGHT, offset + count);
    return Tiles.subtreeHash(Tiles.bytesOf(tile), offset, count);
  }

  /** Entry {@code index}, from its entry bundle. */
  byte[] entry(long index) throws LedgerException {
    int offset = (int) (index & 0xff);
    Tile tile = tile(TileId.ENTRIES, index >>> Tiles.HEIGHT, offset + 1);
    List<byte[]> entries = Tiles.decodeBundle(tile.id(), Tiles.bytesOf(tile));
    return entries.get(offset);
  }

  private synchronized Tile tile(int level, long index, int minWidth) throws LedgerException {
    long key = (index << 7) | (level + 1);
    Tile cached = cache.get(key);
    if (cached != null && cached.id().width() >= minWidth) {
      return cached;
    }
    Tile read = store.readTile(level, index).orElseThrow(() -> missing(level, index, minWidth));
    if (read.id().width() < minWidth) {
      throw missing(level, index, minWidth);
    }
    cache.put(key, read);
    return read;
  }

  private static LedgerException missing(int level, long index, int minWidth) {
    return new LedgerException(
        Code.TRUNCATED_TILE,
        "tile " + new TileId(level, index, minWidth).path() + " (or a wider one) is not stored");
  }
}
