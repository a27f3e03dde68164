package org.puente.credentials;

import java.util.Objects;

/**
 * Bad untrusted input met by the credentials engine: a malformed key, a document that is not a
 * credential, a proof that does not verify. Each failure carries a {@link Code} that callers (the
 * HTTP layer, the CLI) map to their own error shapes; the message names what was expected and what
 * was found.
 *
 * <p>Programming errors (a null argument, an impossible state) are unchecked exceptions instead.
 */
public final class CredentialException extends Exception {
  private static final long serialVersionUID = 1L;

  /** Why an input was refused. The names are stable: scripts and problem+json bodies use them. */
  public enum Code {
    /** The input is not well-formed JSON, or not the JSON shape that was expected. */
    MALFORMED_INPUT,
    /** The input exceeds a size, depth or node-count limit. */
    INPUT_TOO_LARGE,
    /** A multibase string is not base58btc/base64url as required, or does not decode. */
    MALFORMED_MULTIBASE,
    /**
     * A key is not of a supported type (Ed25519, P-256, P-384) or its bytes are not a valid key.
     */
    INVALID_KEY,
    /** A DID uses a method this node does not resolve. */
    UNSUPPORTED_DID_METHOD,
    /** A DID or a verification method could not be resolved. */
    DID_RESOLUTION_FAILED,
    /** A signature did not verify against the key that it names. */
    INVALID_SIGNATURE,
    /** The credential's status list says it is revoked (Bitstring Status List, revocation). */
    REVOKED,
    /** The credential's status list says it is suspended (Bitstring Status List, suspension). */
    SUSPENDED,
    /** A status list could not be retrieved (Bitstring Status List STATUS_RETRIEVAL_ERROR). */
    STATUS_RETRIEVAL_ERROR,
    /**
     * A status list credential did not verify or does not fit the entry
     * (STATUS_VERIFICATION_ERROR).
     */
    STATUS_VERIFICATION_ERROR,
    /**
     * A status index lies outside the list, or the list is too short (STATUS_LIST_LENGTH_ERROR).
     */
    STATUS_LIST_LENGTH_ERROR,
    /** The only copy of a status list at hand is older than the verifier's maximum staleness. */
    STATUS_STALE;
  }

  private final Code code;

  public CredentialException(Code code, String message) {
    super(message);
    this.code = Objects.requireNonNull(code, "code");
  }

  public CredentialException(Code code, String message, Throwable cause) {
    super(message, cause);
    this.code = Objects.requireNonNull(code, "code");
  }

  /** The reason, stable across versions. */
  public Code code() {
    return code;
  }

  @Override
  public String toString() {
    return "CredentialException[" + code + "]: " + getMessage();
  }
}
