package org.puente.server.ledger;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.puente.ledger.LedgerException;
import org.puente.ledger.LedgerException.Code;
import org.puente.ledger.application.TileStore;
import org.puente.ledger.model.Tile;
import org.puente.ledger.model.TileId;
import org.puente.ledger.model.Tiles;

/**
 * The ledger's {@link TileStore} in the node's PostgreSQL (tables {@code ledger_log}, {@code
 * ledger_tile}): one log per origin. {@link #commit} is one transaction, so a batch of the ledger's
 * group-commit sequencer costs one WAL flush ({@code synchronous_commit = on}): an acknowledged
 * append survives a crash. Only the widest version of a tile is kept; narrower {@code .p/W} tiles
 * are its prefix (C2SP tlog-tiles §"Partial Tiles").
 */
public final class PgTileStore implements TileStore {
  private static final String UPSERT_TILE =
      "INSERT INTO ledger_tile (origin, level, idx, width, data) VALUES (?, ?, ?, ?, ?)"
          + " ON CONFLICT (origin, level, idx) DO UPDATE SET width = EXCLUDED.width,"
          + " data = EXCLUDED.data WHERE ledger_tile.width < EXCLUDED.width";

  private final DataSource dataSource;
  private final String origin;

  private PgTileStore(DataSource dataSource, String origin) {
    this.dataSource = dataSource;
    this.origin = origin;
  }

  /** Opens (creating if absent) the log {@code origin} in the node's database. */
  public static PgTileStore open(DataSource dataSource, String origin) throws LedgerException {
    PgTileStore store = new PgTileStore(dataSource, origin);
    store.update(
        "INSERT INTO ledger_log (origin) VALUES (?) ON CONFLICT (origin) DO NOTHING", origin);
    return store;
  }

  /** The log's origin. */
  public String origin() {
    return origin;
  }

  @Override
  public long treeSize() throws LedgerException {
    try (Connection c = dataSource.getConnection();
        PreparedStatement s =
            c.prepareStatement("SELECT tree_size FROM ledger_log WHERE origin = ?")) {
      s.setString(1, origin);
      try (ResultSet r = s.executeQuery()) {
        return r.next() ? r.getLong(1) : 0;
      }
    } catch (SQLException e) {
      throw failed("read the tree size", e);
    }
  }

  @Override
  public Optional<Tile> readTile(int level, long index) throws LedgerException {
    try (Connection c = dataSource.getConnection();
        PreparedStatement s =
            c.prepareStatement(
                "SELECT width, data FROM ledger_tile WHERE origin = ? AND level = ? AND idx = ?")) {
      s.setString(1, origin);
      s.setShort(2, (short) level);
      s.setLong(3, index);
      try (ResultSet r = s.executeQuery()) {
        if (!r.next()) {
          return Optional.empty();
        }
        return Optional.of(
            Tiles.check(new Tile(new TileId(level, index, r.getShort(1)), r.getBytes(2))));
      }
    } catch (SQLException e) {
      throw failed("read tile " + level + "/" + index, e);
    }
  }

  @Override
  public void commit(long newTreeSize, List<Tile> tiles) throws LedgerException {
    try (Connection c = dataSource.getConnection()) {
      c.setAutoCommit(false);
      try {
        writeTiles(c, tiles);
        try (PreparedStatement s =
            c.prepareStatement(
                "UPDATE ledger_log SET tree_size = ? WHERE origin = ? AND tree_size <= ?")) {
          s.setLong(1, newTreeSize);
          s.setString(2, origin);
          s.setLong(3, newTreeSize);
          if (s.executeUpdate() != 1) {
            throw new LedgerException(
                Code.STORAGE_FAILED,
                "the stored tree of " + origin + " is larger than " + newTreeSize);
          }
        }
        c.commit();
      } catch (SQLException | LedgerException | RuntimeException e) {
        c.rollback();
        throw e;
      } finally {
        c.setAutoCommit(true);
      }
    } catch (SQLException e) {
      throw failed("commit a batch", e);
    }
  }

  private void writeTiles(Connection c, List<Tile> tiles) throws SQLException {
    try (PreparedStatement s = c.prepareStatement(UPSERT_TILE)) {
      for (Tile tile : tiles) {
        s.setString(1, origin);
        s.setShort(2, (short) tile.id().level());
        s.setLong(3, tile.id().index());
        s.setShort(4, (short) tile.id().width());
        s.setBytes(5, Tiles.bytesOf(tile));
        s.addBatch();
      }
      s.executeBatch();
    }
  }

  @Override
  public Optional<String> readCheckpoint() throws LedgerException {
    try (Connection c = dataSource.getConnection();
        PreparedStatement s =
            c.prepareStatement("SELECT checkpoint FROM ledger_log WHERE origin = ?")) {
      s.setString(1, origin);
      try (ResultSet r = s.executeQuery()) {
        return r.next() ? Optional.ofNullable(r.getString(1)) : Optional.empty();
      }
    } catch (SQLException e) {
      throw failed("read the checkpoint", e);
    }
  }

  @Override
  public void writeCheckpoint(String signedNote) throws LedgerException {
    update("UPDATE ledger_log SET checkpoint = ? WHERE origin = ?", signedNote, origin);
  }

  private void update(String sql, String... params) throws LedgerException {
    try (Connection c = dataSource.getConnection();
        PreparedStatement s = c.prepareStatement(sql)) {
      for (int i = 0; i < params.length; i++) {
        s.setString(i + 1, params[i]);
      }
      s.executeUpdate();
    } catch (SQLException e) {
      throw failed("write", e);
    }
  }

  private LedgerException failed(String what, SQLException e) {
    return new LedgerException(
        Code.STORAGE_FAILED, "could not " + what + " of log " + origin + ": " + e.getMessage(), e);
  }

  /** The DataSource belongs to the node; nothing to close here. */
  @Override
  public void close() {}
}
