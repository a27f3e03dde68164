package org.puente.documents;

import java.util.List;
import java.util.Objects;

/**
 * Bad untrusted input met by the documents module: a file that is not one of the known kinds, XML
 * with a DTD, an oversized or truncated file, an identifier that fails its check digit, a document
 * that breaks its schema or a business rule. Each failure carries a {@link Code}; failures found
 * while validating a whole document also carry every {@link ValidationError}.
 */
public final class DocumentException extends Exception {
  private static final long serialVersionUID = 1L;

  /** Why an input was refused. The names are stable: scripts and problem+json bodies use them. */
  public enum Code {
    /** Not well-formed JSON or XML, truncated, or not the shape that was expected. */
    MALFORMED_INPUT,
    /** The input exceeds a size, depth or count limit. */
    INPUT_TOO_LARGE,
    /** The input is not UTF-8 (or declares another encoding). */
    WRONG_ENCODING,
    /** XML with a DOCTYPE, an entity declaration or an external reference. */
    FORBIDDEN_XML,
    /** The input is none of the document kinds this module reads. */
    UNKNOWN_KIND,
    /** A customs identifier failed its format, catalogue or check-digit rule. */
    INVALID_IDENTIFIER,
    /** The document is readable but breaks its schema or a business rule; see {@link #errors()}. */
    INVALID_DOCUMENT,
    /** A translation was asked for that the source cannot supply; see {@link #errors()}. */
    MISSING_FIELDS
  }

  private final Code code;
  private final transient List<ValidationError> errors;

  public DocumentException(Code code, String message) {
    this(code, message, List.of(), null);
  }

  public DocumentException(Code code, String message, Throwable cause) {
    this(code, message, List.of(), cause);
  }

  public DocumentException(Code code, String message, List<ValidationError> errors) {
    this(code, message, errors, null);
  }

  private DocumentException(
      Code code, String message, List<ValidationError> errors, Throwable cause) {
    super(message, cause);
    this.code = Objects.requireNonNull(code, "code");
    this.errors = List.copyOf(errors);
  }

  /** The reason, stable across versions. */
  public Code code() {
    return code;
  }

  /** The individual errors (path, code, English and Spanish message); may be empty. */
  public List<ValidationError> errors() {
    return errors;
  }

  @Override
  public String toString() {
    return "DocumentException[" + code + "]: " + getMessage();
  }
}
