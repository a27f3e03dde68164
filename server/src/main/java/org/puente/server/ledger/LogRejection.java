package org.puente.server.ledger;

/**
 * A log or witness request refused with a specific HTTP status (C2SP tlog-witness fixes several)
 * and a stable code for the problem+json body.
 */
public final class LogRejection extends Exception {
  private static final long serialVersionUID = 1L;

  private final int status;
  private final String code;

  /** A refusal: {@code status}, {@code code} (kebab-case) and what was expected and found. */
  public LogRejection(int status, String code, String message) {
    super(message);
    this.status = status;
    this.code = code;
  }

  /** The HTTP status. */
  public int status() {
    return status;
  }

  /** The problem+json {@code code}. */
  public String code() {
    return code;
  }
}
