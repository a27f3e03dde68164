package org.puente.documents.ids;

import java.util.function.Function;
import java.util.regex.Pattern;
import org.puente.documents.DocumentException;
import org.puente.documents.ErrorCode;

/** Shared rule helpers of the identifier types. */
final class Check {
  private Check() {}

  static String matches(String value, Pattern pattern, ErrorCode code) {
    if (value == null || !pattern.matcher(value).matches()) {
      throw new InvalidIdentifierException(code, String.valueOf(value));
    }
    return value;
  }

  static String shape(String value, Pattern pattern, String name, String expected) {
    if (value == null || !pattern.matcher(value).matches()) {
      throw new InvalidIdentifierException(ErrorCode.ID_FORMAT, name, expected, value);
    }
    return value;
  }

  static void rule(boolean holds, ErrorCode code, Object... args) {
    if (!holds) {
      throw new InvalidIdentifierException(code, args);
    }
  }

  static <T> T parse(Function<String, T> constructor, String raw) throws DocumentException {
    try {
      return constructor.apply(raw);
    } catch (InvalidIdentifierException e) {
      throw new DocumentException(
          DocumentException.Code.INVALID_IDENTIFIER, e.getMessage(), java.util.List.of(e.error()));
    }
  }
}
