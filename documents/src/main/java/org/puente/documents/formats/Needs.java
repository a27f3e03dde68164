package org.puente.documents.formats;

import java.util.ArrayList;
import java.util.List;
import org.puente.documents.DocumentException;
import org.puente.documents.ErrorCode;
import org.puente.documents.ValidationError;

/** Collects the fields an authority's document needs but the consignment lacks. */
final class Needs {
  private final String authority;
  private final List<ValidationError> missing = new ArrayList<>();

  Needs(String authority) {
    this.authority = authority;
  }

  /** The value, or records it as missing (and returns null) when absent. */
  <T> T need(T value, String path) {
    if (value == null) {
      missing.add(ErrorCode.MISSING_FOR_AUTHORITY.at(path, authority, path));
    }
    return value;
  }

  void check() throws DocumentException {
    if (!missing.isEmpty()) {
      throw new DocumentException(
          DocumentException.Code.MISSING_FIELDS,
          authority + " needs " + missing.size() + " field(s) the consignment lacks",
          missing);
    }
  }
}
