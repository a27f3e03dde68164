package org.puente.ledger.model;

import java.util.Locale;
import org.puente.ledger.LedgerException;
import org.puente.ledger.LedgerException.Code;

/**
 * Names one tile of the log (C2SP tlog-tiles §"Merkle Tree" and §"Log entries"): a hash tile at
 * {@code level} 0..63, or the entry bundle ({@link #ENTRIES}); its index within the level; its
 * width 1..256 (256 = full, less = partial {@code .p/W}).
 */
public record TileId(int level, long index, int width) {
  /** The pseudo-level of entry bundles ({@code tile/entries/...}). */
  public static final int ENTRIES = -1;

  /** Hashes (or entries) in a full tile. */
  public static final int FULL = 256;

  /** Highest level a tlog-tiles path may name. */
  public static final int MAX_LEVEL = 63;

  public TileId {
    if (level < ENTRIES || level > MAX_LEVEL) {
      throw new IllegalArgumentException("tile level must be -1 (entries) or 0..63: " + level);
    }
    if (index < 0) {
      throw new IllegalArgumentException("tile index must be >= 0: " + index);
    }
    if (width < 1 || width > FULL) {
      throw new IllegalArgumentException("tile width must be 1..256: " + width);
    }
  }

  /** True for an entry bundle. */
  public boolean isEntries() {
    return level == ENTRIES;
  }

  /** True for a full (256-wide) tile. */
  public boolean isFull() {
    return width == FULL;
  }

  /** The same tile at another width. */
  public TileId withWidth(int newWidth) {
    return new TileId(level, index, newWidth);
  }

  /** The path below the log prefix: {@code tile/<L>/<N>[.p/<W>]} or {@code tile/entries/...}. */
  public String path() {
    String base = "tile/" + (isEntries() ? "entries" : Integer.toString(level)) + "/";
    return base + encodeIndex(index) + (isFull() ? "" : ".p/" + width);
  }

  /**
   * C2SP tlog-tiles: the index as zero-padded 3-digit path elements, all but the last prefixed with
   * {@code x} (1234067 is {@code x001/x234/067}).
   */
  public static String encodeIndex(long index) {
    StringBuilder out = new StringBuilder(String.format(Locale.ROOT, "%03d", index % 1000));
    for (long rest = index / 1000; rest > 0; rest /= 1000) {
      out.insert(0, String.format(Locale.ROOT, "x%03d/", rest % 1000));
    }
    return out.toString();
  }

  /** Parses a tile path as {@link #path()} writes it; refuses any other spelling. */
  public static TileId parse(String path) throws LedgerException {
    if (path == null || path.length() > 200 || !path.startsWith("tile/")) {
      throw badPath(path);
    }
    String[] parts = path.substring(5).split("/", -1);
    int level = parseLevel(parts[0], path);
    int width = FULL;
    int end = parts.length;
    if (end >= 3 && parts[end - 2].endsWith(".p")) {
      width = parseNumber(parts[end - 1], 1, 255, path);
      parts[end - 2] = parts[end - 2].substring(0, parts[end - 2].length() - 2);
      end--;
    }
    long index = 0;
    for (int i = 1; i < end; i++) {
      boolean last = i == end - 1;
      String group = parts[i];
      if (group.length() != (last ? 3 : 4) || (!last && group.charAt(0) != 'x')) {
        throw badPath(path);
      }
      index = index * 1000 + parseNumber(group.substring(last ? 0 : 1), 0, 999, path);
    }
    if (end < 2
        || !encodeIndex(index)
            .equals(String.join("/", java.util.Arrays.copyOfRange(parts, 1, end)))) {
      throw badPath(path);
    }
    return new TileId(level, index, width);
  }

  private static int parseLevel(String text, String path) throws LedgerException {
    return "entries".equals(text) ? ENTRIES : parseNumber(text, 0, MAX_LEVEL, path);
  }

  private static int parseNumber(String text, int min, int max, String path)
      throws LedgerException {
    if (text.isEmpty() || text.length() > 3 || !text.chars().allMatch(c -> c >= '0' && c <= '9')) {
      throw badPath(path);
    }
    int value = Integer.parseInt(text);
    boolean padded = text.length() == 3 && min == 0 && max == 999;
    if (value < min || value > max || (!padded && !Integer.toString(value).equals(text))) {
      throw badPath(path);
    }
    return value;
  }

  private static LedgerException badPath(String path) {
    return new LedgerException(
        Code.MALFORMED_PATH,
        "expected a C2SP tlog-tiles path tile/<L>/<N>[.p/<W>] or tile/entries/<N>[.p/<W>], found '"
            + path
            + "'");
  }
}
