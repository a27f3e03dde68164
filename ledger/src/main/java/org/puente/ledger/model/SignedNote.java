package org.puente.ledger.model;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Objects;
import org.puente.ledger.LedgerException;

/**
 * A C2SP signed note: text (UTF-8, newline-terminated lines, no other control characters), a blank
 * line, then signature lines. Parsing checks the form only; {@link VerifierKey#verify} checks
 * signatures.
 *
 * @see <a href="https://c2sp.org/signed-note">C2SP signed-note</a>
 */
public record SignedNote(String text, List<NoteSignature> signatures) {
  public SignedNote {
    Objects.requireNonNull(text, "text");
    signatures = List.copyOf(signatures);
    if (!isNoteText(text)) {
      throw new IllegalArgumentException("note text must be newline-terminated lines: " + text);
    }
  }

  /** The note with one more signature line (a signature by the same name and key is replaced). */
  public SignedNote with(NoteSignature signature) {
    List<NoteSignature> all = new ArrayList<>();
    for (NoteSignature s : signatures) {
      if (!(s.name().equals(signature.name()) && s.keyId() == signature.keyId())) {
        all.add(s);
      }
    }
    all.add(signature);
    return new SignedNote(text, all);
  }

  /** The note as text: the body, a blank line, the signature lines. */
  public String format() {
    StringBuilder out = new StringBuilder(text).append('\n');
    signatures.forEach(s -> out.append(s.line()));
    return out.toString();
  }

  /** Parses a signed note; refuses anything outside the C2SP signed-note form. */
  public static SignedNote parse(String note) throws LedgerException {
    if (note == null || note.getBytes(StandardCharsets.UTF_8).length > Notes.MAX_NOTE) {
      throw new LedgerException(
          LedgerException.Code.INPUT_TOO_LARGE,
          "a note must be at most " + Notes.MAX_NOTE + " bytes");
    }
    int split = note.lastIndexOf("\n\n");
    if (split < 0 || !note.endsWith("\n")) {
      throw Notes.malformed("a signed note needs text, a blank line and signature lines");
    }
    String text = note.substring(0, split + 1);
    if (!isNoteText(text)) {
      throw Notes.malformed("note text has control characters or is not newline-terminated");
    }
    String[] lines = note.substring(split + 2, note.length() - 1).split("\n", -1);
    if (lines.length > Notes.MAX_SIGNATURES) {
      throw Notes.malformed("more than " + Notes.MAX_SIGNATURES + " signature lines");
    }
    List<NoteSignature> signatures = new ArrayList<>();
    for (String line : lines) {
      signatures.add(parseLine(line));
    }
    return new SignedNote(text, signatures);
  }

  private static NoteSignature parseLine(String line) throws LedgerException {
    if (!line.startsWith(Notes.SIGNATURE_PREFIX)) {
      throw Notes.malformed("signature line must start with '\u2014 ': '" + line + "'");
    }
    String rest = line.substring(Notes.SIGNATURE_PREFIX.length());
    int space = rest.indexOf(' ');
    String name = space < 0 ? "" : rest.substring(0, space);
    if (!Notes.isKeyName(name) || rest.indexOf(' ', space + 1) >= 0) {
      throw Notes.malformed("signature line must be '\u2014 <name> <base64>': '" + line + "'");
    }
    byte[] blob;
    try {
      blob = Base64.getDecoder().decode(rest.substring(space + 1));
    } catch (IllegalArgumentException e) {
      throw Notes.malformed("signature of '" + name + "' is not base64: " + e.getMessage());
    }
    if (blob.length < 5) {
      throw Notes.malformed("signature of '" + name + "' is shorter than a key ID and a signature");
    }
    int keyId =
        ((blob[0] & 0xff) << 24)
            | ((blob[1] & 0xff) << 16)
            | ((blob[2] & 0xff) << 8)
            | (blob[3] & 0xff);
    return new NoteSignature(name, keyId, java.util.Arrays.copyOfRange(blob, 4, blob.length));
  }

  static boolean isNoteText(String text) {
    if (text.isEmpty() || !text.endsWith("\n")) {
      return false;
    }
    return text.codePoints().allMatch(c -> c == '\n' || !(Character.isISOControl(c)));
  }
}
