package org.puente.documents.ids;

import java.util.Objects;
import org.puente.documents.ErrorCode;
import org.puente.documents.ValidationError;

/**
 * Thrown by an identifier's constructor when the value breaks its rule. Code that builds
 * identifiers from untrusted input calls the type's {@code parse} method instead, which turns this
 * into a checked {@link org.puente.documents.DocumentException}; or catches it to collect the
 * {@link #error()} into a validation report.
 */
public final class InvalidIdentifierException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;
  private final transient ValidationError error;

  InvalidIdentifierException(ErrorCode code, Object... args) {
    super(code.english(args));
    this.error = code.at("", args);
  }

  /** The error, with an empty path for the caller to place. */
  public ValidationError error() {
    return Objects.requireNonNull(error);
  }
}
