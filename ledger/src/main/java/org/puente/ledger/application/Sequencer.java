package org.puente.ledger.application;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.puente.ledger.LedgerException;
import org.puente.ledger.LedgerException.Code;
import org.puente.ledger.model.DomainSeparation;
import org.puente.ledger.model.Hash;
import org.puente.ledger.model.Tile;
import org.puente.ledger.model.TileId;
import org.puente.ledger.model.Tiles;

/**
 * The one writer of a log: group commit. Any number of threads submit entries; one sequencer thread
 * takes whatever is waiting (up to {@code maxBatch}), assigns consecutive indexes, hashes the
 * leaves (RFC 9162 §2.1.1), grows the tiles (C2SP tlog-tiles) and commits the batch to the {@link
 * TileStore} in one durable step. Each caller's future completes with its index only after that
 * commit returned.
 */
final class Sequencer implements AutoCloseable {
  private record Pending(byte[] entry, CompletableFuture<Long> done) {}

  private static final Pending STOP = new Pending(new byte[0], new CompletableFuture<>());

  private final TileStore store;
  private final int maxBatch;
  private final BlockingQueue<Pending> queue = new LinkedBlockingQueue<>();
  private final Thread thread;
  private volatile boolean closed;
  private TileState state;

  Sequencer(TileStore store, int maxBatch) throws LedgerException {
    if (maxBatch < 1) {
      throw new IllegalArgumentException("maxBatch must be >= 1: " + maxBatch);
    }
    this.store = store;
    this.maxBatch = maxBatch;
    this.state = TileState.load(store);
    this.thread = new Thread(this::run, "ledger-sequencer");
    thread.setDaemon(true);
    thread.start();
  }

  /** Queues an entry; the future completes with its index once it is durable. */
  CompletableFuture<Long> submit(byte[] entry) {
    CompletableFuture<Long> done = new CompletableFuture<>();
    if (entry.length > DomainSeparation.MAX_ENTRY) {
      done.completeExceptionally(
          new LedgerException(
              Code.INPUT_TOO_LARGE,
              "entry of " + entry.length + " bytes exceeds " + DomainSeparation.MAX_ENTRY));
    } else if (closed) {
      done.completeExceptionally(new LedgerException(Code.NOT_SEQUENCED, "the log is closed"));
    } else {
      queue.add(new Pending(entry.clone(), done));
    }
    return done;
  }

  /** The durable size as this sequencer knows it. */
  synchronized long size() {
    return state.size();
  }

  private void run() {
    List<Pending> batch = new ArrayList<>(maxBatch);
    while (true) {
      try {
        Pending first = queue.take();
        if (first == STOP) {
          failAll(queue);
          return;
        }
        batch.add(first);
        queue.drainTo(batch, maxBatch - 1);
        boolean stop = batch.remove(STOP);
        commit(batch);
        batch.clear();
        if (stop) {
          failAll(queue);
          return;
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
    }
  }

  private void commit(List<Pending> batch) {
    long first;
    try {
      synchronized (this) {
        first = state.size();
        List<byte[]> entries = new ArrayList<>(batch.size());
        batch.forEach(p -> entries.add(p.entry()));
        List<Tile> tiles = state.append(entries);
        store.commit(state.size(), tiles);
      }
    } catch (LedgerException | RuntimeException e) {
      reload();
      batch.forEach(p -> p.done().completeExceptionally(e));
      return;
    }
    for (int i = 0; i < batch.size(); i++) {
      batch.get(i).done().complete(first + i);
    }
  }

  private synchronized void reload() {
    try {
      state = TileState.load(store);
    } catch (LedgerException e) {
      closed = true;
    }
  }

  private static void failAll(BlockingQueue<Pending> queue) {
    List<Pending> rest = new ArrayList<>();
    queue.drainTo(rest);
    LedgerException e = new LedgerException(Code.NOT_SEQUENCED, "the log was closed");
    rest.forEach(p -> p.done().completeExceptionally(e));
  }

  @Override
  public void close() {
    if (closed) {
      return;
    }
    closed = true;
    queue.add(STOP);
    try {
      thread.join(TimeUnit.SECONDS.toMillis(30));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** The right edge of the tree: the partial entry bundle and the partial tile at each level. */
  static final class TileState {
    private long size;
    private final List<byte[]> bundle = new ArrayList<>();
    private final List<byte[]> levels = new ArrayList<>();
    private final List<Integer> widths = new ArrayList<>();

    long size() {
      return size;
    }

    static TileState load(TileStore store) throws LedgerException {
      TileState s = new TileState();
      s.size = store.treeSize();
      int bundleWidth = Tiles.partialWidth(s.size, 0);
      if (bundleWidth > 0) {
        Tile tile = read(store, TileId.ENTRIES, s.size, 0, bundleWidth);
        List<byte[]> all = Tiles.decodeBundle(tile.id(), Tiles.bytesOf(tile));
        s.bundle.addAll(all.subList(0, bundleWidth));
      }
      for (int level = 0; (s.size >>> (Tiles.HEIGHT * level)) > 0; level++) {
        int width = Tiles.partialWidth(s.size, level);
        byte[] hashes = new byte[TileId.FULL * Hash.SIZE];
        if (width > 0) {
          Tile tile = read(store, level, s.size, level, width);
          System.arraycopy(Tiles.bytesOf(tile), 0, hashes, 0, width * Hash.SIZE);
        }
        s.levels.add(hashes);
        s.widths.add(width);
      }
      return s;
    }

    private static Tile read(TileStore store, int level, long size, int heightLevel, int width)
        throws LedgerException {
      long index = Tiles.partialIndex(size, heightLevel);
      Tile tile =
          store
              .readTile(level, index)
              .orElseThrow(
                  () ->
                      new LedgerException(
                          Code.TRUNCATED_TILE,
                          "partial tile "
                              + new TileId(level, index, width).path()
                              + " is missing"));
      if (tile.id().width() < width) {
        throw new LedgerException(
            Code.TRUNCATED_TILE,
            "tile " + tile.id().path() + " is narrower than the tree size " + size + " needs");
      }
      return tile;
    }

    /** Appends entries; returns every tile that became full plus the grown partial tiles. */
    List<Tile> append(List<byte[]> entries) {
      List<Tile> out = new ArrayList<>();
      boolean[] dirty = new boolean[64];
      for (byte[] entry : entries) {
        bundle.add(entry);
        size++;
        if (bundle.size() == TileId.FULL) {
          out.add(
              new Tile(
                  new TileId(TileId.ENTRIES, (size >>> 8) - 1, TileId.FULL),
                  Tiles.encodeBundle(bundle)));
          bundle.clear();
        }
        push(0, DomainSeparation.leafHash(entry), out, dirty);
      }
      if (!bundle.isEmpty()) {
        out.add(
            new Tile(
                new TileId(TileId.ENTRIES, size >>> 8, bundle.size()), Tiles.encodeBundle(bundle)));
      }
      for (int level = 0; level < levels.size(); level++) {
        int width = widths.get(level);
        if (dirty[level] && width > 0) {
          byte[] hashes = java.util.Arrays.copyOf(levels.get(level), width * Hash.SIZE);
          out.add(new Tile(new TileId(level, Tiles.partialIndex(size, level), width), hashes));
        }
      }
      return out;
    }

    // Adds a hash to the level's partial tile; a full tile is emitted and its root pushed up.
    private void push(int level, Hash hash, List<Tile> out, boolean[] dirty) {
      if (level == levels.size()) {
        levels.add(new byte[TileId.FULL * Hash.SIZE]);
        widths.add(0);
      }
      byte[] hashes = levels.get(level);
      int width = widths.get(level);
      System.arraycopy(hash.bytes(), 0, hashes, width * Hash.SIZE, Hash.SIZE);
      width++;
      dirty[level] = true;
      if (width < TileId.FULL) {
        widths.set(level, width);
        return;
      }
      long index = (size >>> (Tiles.HEIGHT * (level + 1))) - 1;
      out.add(new Tile(new TileId(level, index, TileId.FULL), hashes.clone()));
      widths.set(level, 0);
      push(level + 1, Tiles.subtreeHash(hashes, 0, TileId.FULL), out, dirty);
    }
  }
}
