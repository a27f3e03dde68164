package org.puente.ledger.infrastructure;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import org.puente.ledger.LedgerException;
import org.puente.ledger.LedgerException.Code;
import org.puente.ledger.application.TileStore;
import org.puente.ledger.model.Tile;
import org.puente.ledger.model.TileId;
import org.puente.ledger.model.Tiles;

/**
 * A {@link TileStore} on the local file system, in the C2SP tlog-tiles directory layout ({@code
 * DIR/tile/0/x001/234}, {@code DIR/tile/entries/000.p/17}, {@code DIR/checkpoint}), so that a plain
 * web server can serve the directory as a tiled log.
 *
 * <p>Durability: each commit is first appended to a write-ahead journal ({@code DIR/journal}) and
 * the journal alone is fsynced (one fsync per batch); then the tile files are replaced by atomic
 * renames. When the journal passes {@code journalLimit} bytes, every tile file written since is
 * fsynced with its directory and a fresh journal starts. On open, the journal's complete records
 * are replayed and a torn last record is cut off.
 *
 * <p>Reads take no lock: tile files only ever change by atomic rename, and the tree size moves only
 * after a commit's tiles are in place.
 *
 * <p>Only the widest partial tile of a tile index is kept: narrower ones are its prefixes, and the
 * HTTP layer serves {@code .p/W} by truncating it.
 */
public final class FileTileStore implements TileStore {
  private static final long DEFAULT_JOURNAL_LIMIT = 64L << 20;

  private final Path dir;
  private final long journalLimit;
  private final Journal journal;
  private final Set<Path> unsynced = new HashSet<>();
  private final Object checkpointLock = new Object();
  // Held briefly while tile files are renamed into place and narrower partials deleted, so that a
  // reader's directory listing never sees a tile between its old and new partial; never held
  // across an fsync.
  private final ReadWriteLock tilesLock = new ReentrantReadWriteLock();
  private volatile long treeSize;

  private FileTileStore(Path dir, long journalLimit) throws LedgerException {
    this.dir = dir;
    this.journalLimit = journalLimit;
    try {
      Files.createDirectories(dir.resolve("tile"));
      this.journal = new Journal(dir.resolve("journal"));
      this.treeSize = journal.replay(this::apply);
    } catch (IOException e) {
      throw storage("open the log directory " + dir, e);
    }
  }

  /** Opens (or creates) the log directory. */
  public static FileTileStore open(Path dir) throws LedgerException {
    return new FileTileStore(dir, DEFAULT_JOURNAL_LIMIT);
  }

  /** Opens the directory with a journal limit, to exercise rotation in tests. */
  public static FileTileStore open(Path dir, long journalLimit) throws LedgerException {
    return new FileTileStore(dir, journalLimit);
  }

  @Override
  public long treeSize() {
    return treeSize;
  }

  @Override
  public synchronized void commit(long newTreeSize, List<Tile> tiles) throws LedgerException {
    if (newTreeSize < treeSize) {
      throw new IllegalArgumentException(
          "tree size may only grow: " + treeSize + " -> " + newTreeSize);
    }
    try {
      journal.append(newTreeSize, tiles);
      tilesLock.writeLock().lock();
      try {
        for (Tile tile : tiles) {
          apply(tile);
        }
      } finally {
        tilesLock.writeLock().unlock();
      }
      treeSize = newTreeSize;
      if (journal.length() > journalLimit) {
        rotate();
      }
    } catch (IOException e) {
      throw storage("commit tree size " + newTreeSize, e);
    }
  }

  private void apply(Tile tile) throws IOException {
    TileId id = tile.id();
    Path file = dir.resolve(id.path());
    Files.createDirectories(file.getParent());
    Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
    Files.write(tmp, Tiles.bytesOf(tile));
    Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    unsynced.add(file);
    Path partials = dir.resolve(id.withWidth(TileId.FULL).path() + ".p");
    if (Files.isDirectory(partials)) {
      deleteNarrower(partials, id.width());
    }
  }

  private void deleteNarrower(Path partials, int width) throws IOException {
    try (DirectoryStream<Path> files = Files.newDirectoryStream(partials)) {
      for (Path file : files) {
        String name = file.getFileName().toString();
        if (name.chars().allMatch(Character::isDigit) && Integer.parseInt(name) < width) {
          Files.deleteIfExists(file);
          unsynced.remove(file);
        }
      }
    }
  }

  // Makes every tile file written since the last rotation durable, then starts a fresh journal.
  private void rotate() throws IOException {
    Set<Path> dirs = new HashSet<>();
    for (Path file : unsynced) {
      if (Files.exists(file)) {
        fsync(file);
        dirs.add(file.getParent());
      }
    }
    for (Path d : dirs) {
      fsync(d);
    }
    unsynced.clear();
    journal.restart(treeSize);
  }

  static void fsync(Path path) throws IOException {
    try (FileChannel channel = FileChannel.open(path, StandardOpenOption.READ)) {
      channel.force(true);
    }
  }

  @Override
  public Optional<Tile> readTile(int level, long index) throws LedgerException {
    TileId full = new TileId(level, index, TileId.FULL);
    tilesLock.readLock().lock();
    try {
      return read(full);
    } finally {
      tilesLock.readLock().unlock();
    }
  }

  private Optional<Tile> read(TileId full) throws LedgerException {
    for (int attempt = 0; attempt < 3; attempt++) {
      try {
        Path file = dir.resolve(full.path());
        if (Files.exists(file)) {
          return Optional.of(Tiles.check(new Tile(full, Files.readAllBytes(file))));
        }
        int width = widestPartial(dir.resolve(full.path() + ".p"));
        if (width == 0) {
          return Optional.empty();
        }
        TileId id = full.withWidth(width);
        return Optional.of(Tiles.check(new Tile(id, Files.readAllBytes(dir.resolve(id.path())))));
      } catch (NoSuchFileException raced) {
        // a partial tile was replaced between listing and reading: look again
      } catch (IOException e) {
        throw storage("read tile " + full.path(), e);
      }
    }
    throw new LedgerException(Code.STORAGE_FAILED, "tile " + full.path() + " keeps changing");
  }

  private static int widestPartial(Path partials) throws IOException {
    if (!Files.isDirectory(partials)) {
      return 0;
    }
    int widest = 0;
    try (DirectoryStream<Path> files = Files.newDirectoryStream(partials)) {
      for (Path file : files) {
        String name = file.getFileName().toString();
        if (!name.isEmpty() && name.length() <= 3 && name.chars().allMatch(Character::isDigit)) {
          widest = Math.max(widest, Integer.parseInt(name));
        }
      }
    }
    return Math.min(widest, TileId.FULL - 1);
  }

  @Override
  public Optional<String> readCheckpoint() throws LedgerException {
    Path file = dir.resolve("checkpoint");
    try {
      if (!Files.exists(file)) {
        return Optional.empty();
      }
      if (Files.size(file) > 1 << 20) {
        throw new LedgerException(Code.INPUT_TOO_LARGE, "checkpoint file is larger than 1 MiB");
      }
      return Optional.of(Files.readString(file, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw storage("read the checkpoint", e);
    }
  }

  @Override
  public void writeCheckpoint(String signedNote) throws LedgerException {
    try {
      synchronized (checkpointLock) {
        writeDurably(dir.resolve("checkpoint"), signedNote.getBytes(StandardCharsets.UTF_8));
      }
    } catch (IOException e) {
      throw storage("write the checkpoint", e);
    }
  }

  /** Writes a file so that after a crash it holds either the old or the new content. */
  static void writeDurably(Path file, byte[] content) throws IOException {
    Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
    try (FileChannel channel =
        FileChannel.open(
            tmp,
            StandardOpenOption.CREATE,
            StandardOpenOption.WRITE,
            StandardOpenOption.TRUNCATE_EXISTING)) {
      ByteBuffer buffer = ByteBuffer.wrap(content);
      while (buffer.hasRemaining()) {
        channel.write(buffer);
      }
      channel.force(true);
    }
    Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    fsync(file.toAbsolutePath().getParent());
  }

  @Override
  public synchronized void close() throws LedgerException {
    try {
      journal.close();
    } catch (IOException e) {
      throw storage("close the journal", e);
    }
  }

  private static LedgerException storage(String what, IOException e) {
    return new LedgerException(Code.STORAGE_FAILED, "could not " + what + ": " + e, e);
  }
}
