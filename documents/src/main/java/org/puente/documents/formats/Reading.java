package org.puente.documents.formats;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.puente.documents.DocumentException;
import org.puente.documents.ErrorCode;
import org.puente.documents.ValidationError;
import org.puente.documents.ids.InvalidIdentifierException;

/** Reads untrusted values into typed ones, collecting every failure with its path. */
final class Reading {
  private final String kind;
  private final List<ValidationError> errors = new ArrayList<>();

  Reading(String kind) {
    this.kind = kind;
  }

  /** The typed value, or null (and an error) when the raw value is present but invalid. */
  <T> T typed(String raw, Function<String, T> constructor, String path) {
    if (raw == null) {
      return null;
    }
    try {
      return constructor.apply(raw);
    } catch (InvalidIdentifierException e) {
      errors.add(e.error().under(path));
    } catch (IllegalArgumentException | java.time.DateTimeException e) {
      errors.add(ErrorCode.SCHEMA.at(path, e.getMessage()));
    }
    return null;
  }

  /** Builds a value whose constructor may refuse it, recording the refusal at a path. */
  <T> T build(String path, java.util.function.Supplier<T> builder) {
    try {
      return builder.get();
    } catch (InvalidIdentifierException e) {
      errors.add(e.error().under(path));
    } catch (IllegalArgumentException
        | NullPointerException
        | ClassCastException
        | ArithmeticException
        | IndexOutOfBoundsException
        | java.time.DateTimeException e) {
      errors.add(ErrorCode.SCHEMA.at(path, String.valueOf(e.getMessage())));
    }
    return null;
  }

  void error(ValidationError e) {
    errors.add(e);
  }

  void check() throws DocumentException {
    if (!errors.isEmpty()) {
      throw new DocumentException(
          DocumentException.Code.INVALID_DOCUMENT,
          "the " + kind + " has " + errors.size() + " invalid value(s)",
          errors);
    }
  }
}
