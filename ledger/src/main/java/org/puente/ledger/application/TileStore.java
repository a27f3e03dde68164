package org.puente.ledger.application;

import java.util.List;
import java.util.Optional;
import org.puente.ledger.LedgerException;
import org.puente.ledger.model.Tile;

/**
 * The port through which the log keeps its tiles (C2SP tlog-tiles) and its latest signed
 * checkpoint. Adapters: the file-system store here; a PostgreSQL store in the server.
 *
 * <p><b>Warning:</b> {@link #commit} must be atomic and durable when it returns: either every tile
 * of the batch and the new size survive a crash, or none does. The sequencer acknowledges appends
 * only after it returns.
 */
public interface TileStore extends AutoCloseable {
  /** The number of entries durably committed. */
  long treeSize() throws LedgerException;

  /**
   * The stored tile {@code (level, index)} ({@code level} -1 for entry bundles): the full tile if
   * there is one, else the widest partial tile; empty if neither exists. Adapters check the bytes
   * against the width ({@link org.puente.ledger.model.Tiles#check}).
   */
  Optional<Tile> readTile(int level, long index) throws LedgerException;

  /** Durably and atomically stores one batch: the new and grown tiles, and the new tree size. */
  void commit(long newTreeSize, List<Tile> tiles) throws LedgerException;

  /** The latest signed checkpoint (a signed note), if one was published. */
  Optional<String> readCheckpoint() throws LedgerException;

  /** Durably replaces the published checkpoint. */
  void writeCheckpoint(String signedNote) throws LedgerException;

  @Override
  void close() throws LedgerException;
}
