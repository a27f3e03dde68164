package org.puente.ledger.infrastructure;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.puente.ledger.LedgerException;
import org.puente.ledger.LedgerException.Code;
import org.puente.ledger.application.CheckpointSource;
import org.puente.ledger.application.LogView;
import org.puente.ledger.application.TileStore;
import org.puente.ledger.model.ConsistencyProof;
import org.puente.ledger.model.Hash;
import org.puente.ledger.model.Tile;
import org.puente.ledger.model.TileId;
import org.puente.ledger.model.Tiles;

/**
 * Pull mode: a witness reads a log the way any client does, from what it publishes (C2SP
 * tlog-tiles): the checkpoint at {@code <prefix>/checkpoint} and the hash tiles at {@code
 * <prefix>/tile/<L>/<N>[.p/<W>]}, from which it computes the RFC 9162 §2.1.4 consistency proof
 * itself. So the witness checks the very checkpoint the log shows the public, not only the one the
 * log chose to push to it: a log showing the public another tree than its witness is caught.
 *
 * <p>Network failures are {@link Code#STORAGE_FAILED} (no evidence either way); a missing or short
 * tile for a size the log signed is {@link Code#TRUNCATED_TILE}.
 */
public final class HttpLogSource implements CheckpointSource {
  private static final int MAX_TILE = TileId.FULL * Hash.SIZE;
  private static final int MAX_CHECKPOINT = 64 * 1024;

  private final HttpClient http;
  private final String prefix;

  /**
   * @param prefix the log's tlog-tiles prefix ({@code https://anam.example/log})
   */
  public HttpLogSource(HttpClient http, URI prefix) {
    this.http = http;
    this.prefix = prefix.toString().replaceAll("/$", "");
  }

  @Override
  public String latestCheckpointNote() throws LedgerException {
    byte[] body =
        get("/checkpoint", MAX_CHECKPOINT)
            .orElseThrow(
                () -> new LedgerException(Code.STORAGE_FAILED, prefix + " has no checkpoint"));
    return new String(body, StandardCharsets.UTF_8);
  }

  @Override
  public ConsistencyProof consistencyProof(long oldSize, long newSize) throws LedgerException {
    return new LogView(new RemoteTiles(newSize)).consistencyProof(oldSize, newSize);
  }

  private Optional<byte[]> get(String path, int limit) throws LedgerException {
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(prefix + path)).timeout(Duration.ofSeconds(20)).build();
    try {
      HttpResponse<InputStream> r = http.send(request, HttpResponse.BodyHandlers.ofInputStream());
      try (InputStream in = r.body()) {
        if (r.statusCode() == 404) {
          return Optional.empty();
        }
        if (r.statusCode() != 200) {
          throw new LedgerException(
              Code.STORAGE_FAILED, prefix + path + " answered " + r.statusCode());
        }
        byte[] body = in.readNBytes(limit + 1);
        if (body.length > limit) {
          throw new LedgerException(
              Code.INPUT_TOO_LARGE, prefix + path + " is longer than " + limit + " bytes");
        }
        return Optional.of(body);
      }
    } catch (IOException e) {
      throw new LedgerException(Code.STORAGE_FAILED, "cannot read " + prefix + path + ": " + e, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new LedgerException(Code.STORAGE_FAILED, "interrupted reading " + prefix + path, e);
    }
  }

  /** The remote log's hash tiles for a tree of {@code size}, read-only. */
  private final class RemoteTiles implements TileStore {
    private final long size;

    RemoteTiles(long size) {
      this.size = size;
    }

    @Override
    public long treeSize() {
      return size;
    }

    // C2SP tlog-tiles: level L holds floor(size / 256^L) hashes; tile N holds up to 256 of them.
    @Override
    public Optional<Tile> readTile(int level, long index) throws LedgerException {
      if (level == TileId.ENTRIES) {
        throw new UnsupportedOperationException("a witness reads no entry bundles");
      }
      long hashes = size >>> (Tiles.HEIGHT * level);
      long width = Math.min(TileId.FULL, hashes - index * TileId.FULL);
      if (width <= 0) {
        return Optional.empty();
      }
      TileId id = new TileId(level, index, (int) width);
      Optional<byte[]> data = get("/" + id.path(), MAX_TILE);
      return data.isEmpty() ? Optional.empty() : Optional.of(Tiles.check(new Tile(id, data.get())));
    }

    @Override
    public void commit(long newTreeSize, List<Tile> tiles) {
      throw new UnsupportedOperationException("a remote log is read-only");
    }

    @Override
    public Optional<String> readCheckpoint() {
      return Optional.empty();
    }

    @Override
    public void writeCheckpoint(String signedNote) {
      throw new UnsupportedOperationException("a remote log is read-only");
    }

    @Override
    public void close() {}
  }
}
