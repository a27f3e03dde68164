package org.puente.ledger.model;

import org.puente.ledger.LedgerException;
import org.puente.ledger.LedgerException.Code;

/** Shared rules of the C2SP signed-note format. */
final class Notes {
  /** U+2014 EM DASH and a space start every signature line. */
  static final String SIGNATURE_PREFIX = "\u2014 ";

  /** Largest note this log reads (Go's reference implementation also bounds notes). */
  static final int MAX_NOTE = 64 * 1024;

  /** Most signature lines read from one note. */
  static final int MAX_SIGNATURES = 100;

  private Notes() {}

  /** C2SP signed-note: a key name is non-empty and has no Unicode spaces and no '+'. */
  static boolean isKeyName(String name) {
    if (name == null || name.isEmpty()) {
      return false;
    }
    return name.codePoints()
        .noneMatch(
            c ->
                c == '+'
                    || Character.isWhitespace(c)
                    || Character.isSpaceChar(c)
                    || Character.isISOControl(c));
  }

  static void requireKeyName(String name) {
    if (!isKeyName(name)) {
      throw new IllegalArgumentException(
          "key name must be non-empty without spaces or '+': '" + name + "'");
    }
  }

  static LedgerException malformed(String message) {
    return new LedgerException(Code.MALFORMED_NOTE, message);
  }
}
