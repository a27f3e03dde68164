package org.puente.ledger.infrastructure;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.List;
import java.util.zip.CRC32C;
import org.puente.ledger.LedgerException;
import org.puente.ledger.model.Tile;
import org.puente.ledger.model.TileId;
import org.puente.ledger.model.Tiles;

/**
 * The write-ahead journal of {@link FileTileStore}. Layout: the magic {@code PUENTE-JOURNAL-1\n},
 * the tree size at its start (u64), then records {@code u32 length || u32 crc32c || payload}, the
 * payload being {@code u64 treeSize || u32 tileCount || (i8 level || u64 index || u16 width || u32
 * length || bytes)*}. All integers big-endian.
 */
final class Journal implements AutoCloseable {
  /** Applies one replayed tile. */
  interface Sink {
    void apply(Tile tile) throws IOException;
  }

  private static final byte[] MAGIC = "PUENTE-JOURNAL-1\n".getBytes(StandardCharsets.US_ASCII);
  private static final int HEADER = MAGIC.length + Long.BYTES;
  private static final int MAX_RECORD = 64 << 20;

  private final Path file;
  private FileChannel channel;

  Journal(Path file) {
    this.file = file;
  }

  /** Replays the journal into {@code sink}; returns the tree size it ends at. */
  long replay(Sink sink) throws IOException, LedgerException {
    if (!Files.exists(file)) {
      restart(0);
      return 0;
    }
    channel = FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE);
    ByteBuffer header = read(0, HEADER);
    if (header == null || !Arrays.equals(Arrays.copyOf(header.array(), MAGIC.length), MAGIC)) {
      throw new IOException("journal " + file + " does not start with the Puente journal magic");
    }
    long size = header.getLong(MAGIC.length);
    long at = HEADER;
    while (true) {
      ByteBuffer prefix = read(at, 8);
      if (prefix == null) {
        break;
      }
      int length = prefix.getInt(0);
      ByteBuffer payload = length < 12 || length > MAX_RECORD ? null : read(at + 8, length);
      if (payload == null || crc(payload.array()) != prefix.getInt(4)) {
        break; // a torn record: it was never acknowledged
      }
      size = applyRecord(payload, sink);
      at += 8 + length;
    }
    channel.truncate(at);
    channel.force(true);
    channel.position(at);
    return size;
  }

  private static long applyRecord(ByteBuffer payload, Sink sink)
      throws IOException, LedgerException {
    long size = payload.getLong();
    int count = payload.getInt();
    for (int i = 0; i < count; i++) {
      int level = payload.get();
      long index = payload.getLong();
      int width = Short.toUnsignedInt(payload.getShort());
      byte[] data = new byte[payload.getInt()];
      payload.get(data);
      sink.apply(Tiles.check(new Tile(new TileId(level, index, width), data)));
    }
    return size;
  }

  void append(long treeSize, List<Tile> tiles) throws IOException {
    int length = Long.BYTES + Integer.BYTES;
    for (Tile tile : tiles) {
      length += 1 + Long.BYTES + Short.BYTES + Integer.BYTES + Tiles.bytesOf(tile).length;
    }
    ByteBuffer record = ByteBuffer.allocate(8 + length);
    record.putInt(length).putInt(0).putLong(treeSize).putInt(tiles.size());
    for (Tile tile : tiles) {
      byte[] data = Tiles.bytesOf(tile);
      record.put((byte) tile.id().level()).putLong(tile.id().index());
      record.putShort((short) tile.id().width()).putInt(data.length).put(data);
    }
    record.putInt(4, crc(Arrays.copyOfRange(record.array(), 8, 8 + length)));
    record.flip();
    while (record.hasRemaining()) {
      channel.write(record);
    }
    channel.force(false);
  }

  long length() throws IOException {
    return channel.position();
  }

  /** Starts an empty journal at {@code treeSize}, replacing the old one atomically. */
  void restart(long treeSize) throws IOException {
    ByteBuffer header = ByteBuffer.allocate(HEADER).put(MAGIC).putLong(treeSize);
    FileTileStore.writeDurably(file, header.array());
    if (channel != null) {
      channel.close();
    }
    channel = FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE);
    channel.position(channel.size());
  }

  private ByteBuffer read(long at, int length) throws IOException {
    if (at + length > channel.size()) {
      return null;
    }
    ByteBuffer buffer = ByteBuffer.allocate(length);
    while (buffer.hasRemaining()) {
      if (channel.read(buffer, at + buffer.position()) < 0) {
        return null;
      }
    }
    buffer.flip();
    return buffer;
  }

  private static int crc(byte[] data) {
    CRC32C crc = new CRC32C();
    crc.update(data);
    return (int) crc.getValue();
  }

  @Override
  public void close() throws IOException {
    if (channel != null) {
      channel.close();
    }
  }
}
