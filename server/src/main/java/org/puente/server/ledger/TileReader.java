package org.puente.server.ledger;

import java.util.Arrays;
import java.util.Optional;
import org.puente.ledger.LedgerException;
import org.puente.ledger.application.TileStore;
import org.puente.ledger.model.Hash;
import org.puente.ledger.model.Tile;
import org.puente.ledger.model.TileId;
import org.puente.ledger.model.Tiles;

/**
 * Serves a C2SP tlog-tiles path from the {@link TileStore}, which keeps only the widest version of
 * each tile: a {@code .p/W} request is the stored tile's first {@code W} hashes (or entries); a
 * wider request than what exists is absent.
 */
final class TileReader {
  private final TileStore store;

  TileReader(TileStore store) {
    this.store = store;
  }

  /** The bytes of tile {@code id}, if the log has grown that far. */
  Optional<byte[]> read(TileId id) throws LedgerException {
    Optional<Tile> stored = store.readTile(id.level(), id.index());
    if (stored.isEmpty() || stored.get().id().width() < id.width()) {
      return Optional.empty();
    }
    Tile tile = stored.get();
    if (tile.id().width() == id.width()) {
      return Optional.of(tile.data());
    }
    if (!id.isEntries()) {
      return Optional.of(Arrays.copyOf(Tiles.bytesOf(tile), id.width() * Hash.SIZE));
    }
    return Optional.of(
        Tiles.encodeBundle(
            Tiles.decodeBundle(tile.id(), Tiles.bytesOf(tile)).subList(0, id.width())));
  }
}
