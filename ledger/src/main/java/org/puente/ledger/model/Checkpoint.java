package org.puente.ledger.model;

import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Objects;
import org.puente.ledger.LedgerException;

/**
 * A C2SP tlog-checkpoint body: the origin line, the tree size in decimal, the base64 root hash,
 * then optional extension lines.
 *
 * @see <a href="https://c2sp.org/tlog-checkpoint">C2SP tlog-checkpoint</a>
 */
public record Checkpoint(String origin, long size, Hash rootHash, List<String> extensions) {
  public Checkpoint {
    if (Objects.requireNonNull(origin, "origin").isEmpty() || origin.contains("\n")) {
      throw new IllegalArgumentException("origin must be one non-empty line: '" + origin + "'");
    }
    if (size < 0) {
      throw new IllegalArgumentException("tree size must be >= 0: " + size);
    }
    Objects.requireNonNull(rootHash, "rootHash");
    extensions = List.copyOf(extensions);
    for (String line : extensions) {
      if (line.isEmpty() || line.contains("\n")) {
        throw new IllegalArgumentException("extension lines are non-empty single lines");
      }
    }
  }

  /** The note text: origin, size, root hash and extension lines, each newline-terminated. */
  public String body() {
    StringBuilder out = new StringBuilder();
    out.append(origin)
        .append('\n')
        .append(size)
        .append('\n')
        .append(rootHash.base64())
        .append('\n');
    extensions.forEach(line -> out.append(line).append('\n'));
    return out.toString();
  }

  /** Parses a checkpoint body (the text of a signed note). */
  public static Checkpoint parse(String body) throws LedgerException {
    if (!SignedNote.isNoteText(body)) {
      throw Notes.malformed("checkpoint body must be newline-terminated lines");
    }
    String[] lines = body.substring(0, body.length() - 1).split("\n", -1);
    if (lines.length < 3 || lines[0].isEmpty()) {
      throw Notes.malformed("checkpoint needs an origin, a tree size and a root hash line");
    }
    long size = parseSize(lines[1]);
    Hash root = parseRoot(lines[2]);
    List<String> extensions = new ArrayList<>(List.of(lines).subList(3, lines.length));
    if (extensions.contains("")) {
      throw Notes.malformed("checkpoint extension lines must not be empty");
    }
    return new Checkpoint(lines[0], size, root, extensions);
  }

  private static long parseSize(String line) throws LedgerException {
    boolean digits =
        !line.isEmpty() && line.length() <= 19 && line.chars().allMatch(Character::isDigit);
    if (!digits || (line.length() > 1 && line.charAt(0) == '0')) {
      throw Notes.malformed("tree size must be a decimal without leading zeros: '" + line + "'");
    }
    try {
      return Long.parseLong(line);
    } catch (NumberFormatException e) {
      throw Notes.malformed("tree size out of range: '" + line + "'");
    }
  }

  private static Hash parseRoot(String line) throws LedgerException {
    try {
      byte[] root = Base64.getDecoder().decode(line);
      if (root.length == Hash.SIZE && Base64.getEncoder().encodeToString(root).equals(line)) {
        return new Hash(root);
      }
    } catch (IllegalArgumentException e) {
      // falls through to the error below
    }
    throw Notes.malformed("root hash must be the base64 of 32 bytes: '" + line + "'");
  }

  /**
   * Verifies a signed checkpoint with the log's key and parses it; the origin must be {@code
   * expectedOrigin}.
   */
  public static Checkpoint open(SignedNote note, VerifierKey logKey, String expectedOrigin)
      throws LedgerException {
    logKey.verify(note);
    Checkpoint checkpoint = parse(note.text());
    if (!checkpoint.origin().equals(expectedOrigin)) {
      throw new LedgerException(
          LedgerException.Code.WRONG_ORIGIN,
          "checkpoint origin '" + checkpoint.origin() + "', expected '" + expectedOrigin + "'");
    }
    return checkpoint;
  }
}
