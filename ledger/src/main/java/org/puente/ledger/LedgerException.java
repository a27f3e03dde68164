package org.puente.ledger;

import java.util.Objects;

/**
 * Bad untrusted input met by the transparency log: a malformed note or checkpoint, a signature that
 * does not verify, a proof for another tree, a truncated tile. Each failure carries a {@link Code}
 * that callers (the HTTP layer, the CLI) map to their own error shapes; the message names what was
 * expected and what was found.
 *
 * <p>Programming errors (a null argument, an index out of range of the caller's own tree) are
 * unchecked exceptions instead.
 */
public final class LedgerException extends Exception {
  private static final long serialVersionUID = 1L;

  /** Why an input was refused. The names are stable: scripts and problem+json bodies use them. */
  public enum Code {
    /** A signed note, checkpoint, key or receipt is not in the expected text or JSON form. */
    MALFORMED_NOTE,
    /** A verifier or signer key is malformed or of an unsupported type. */
    INVALID_KEY,
    /** No signature line on the note is by a key the verifier trusts. */
    UNKNOWN_SIGNER,
    /** A signature line by a trusted key does not verify. */
    INVALID_SIGNATURE,
    /** An inclusion proof does not lead to the root it claims, or belongs to another tree. */
    INCLUSION_PROOF_FAILED,
    /** A consistency proof does not link the two tree heads. */
    CONSISTENCY_PROOF_FAILED,
    /** A tile path is not in the C2SP tlog-tiles form. */
    MALFORMED_PATH,
    /** A tile or entry bundle in the store is shorter than its width says, or corrupt. */
    TRUNCATED_TILE,
    /** An entry, note or proof exceeds its size limit. */
    INPUT_TOO_LARGE,
    /** An index or tree size lies beyond the tree that the log has. */
    OUT_OF_RANGE,
    /** The log's origin does not match the one expected. */
    WRONG_ORIGIN,
    /** The store could not be read or written. */
    STORAGE_FAILED,
    /** The sequencer was closed or interrupted before the entry became durable. */
    NOT_SEQUENCED,
    /** A checkpoint carries no valid cosignature by a witness the policy requires. */
    NOT_WITNESSED;
  }

  private final Code code;

  public LedgerException(Code code, String message) {
    super(message);
    this.code = Objects.requireNonNull(code, "code");
  }

  public LedgerException(Code code, String message, Throwable cause) {
    super(message, cause);
    this.code = Objects.requireNonNull(code, "code");
  }

  /** The reason, stable across versions. */
  public Code code() {
    return code;
  }

  @Override
  public String toString() {
    return "LedgerException[" + code + "]: " + getMessage();
  }
}
