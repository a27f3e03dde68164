package org.puente.ledger.model;

import java.util.Objects;

/**
 * One stored tile: its name and its bytes (C2SP tlog-tiles: {@code width} concatenated 32-byte
 * hashes, or {@code width} uint16-length-prefixed entries for an entry bundle).
 */
public record Tile(TileId id, byte[] data) {
  public Tile {
    Objects.requireNonNull(id, "id");
    data = Objects.requireNonNull(data, "data").clone();
  }

  @Override
  public byte[] data() {
    return data.clone();
  }

  /** The bytes without a defensive copy, for adapters writing them out. */
  byte[] raw() {
    return data;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Tile that
        && id.equals(that.id)
        && java.util.Arrays.equals(data, that.data);
  }

  @Override
  public int hashCode() {
    return 31 * id.hashCode() + java.util.Arrays.hashCode(data);
  }

  @Override
  public String toString() {
    return "Tile[" + id.path() + ", " + data.length + " bytes]";
  }
}
