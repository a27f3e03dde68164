package org.puente.documents.formats;

import org.puente.documents.DocumentException;

/** Size limits on untrusted input. */
final class Limits {
  private Limits() {}

  static void requireSize(byte[] bytes, int max, String what) throws DocumentException {
    if (bytes.length > max) {
      throw new DocumentException(
          DocumentException.Code.INPUT_TOO_LARGE,
          what + " of " + bytes.length + " bytes exceeds the limit of " + max + " bytes");
    }
    if (bytes.length == 0) {
      throw new DocumentException(DocumentException.Code.MALFORMED_INPUT, what + " is empty");
    }
  }
}
