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
    // --- VC-JOSE, SD-JWT VC, did:web and keystore codes (added by the jose work) ---
    /** A compact JWS/JWT (or SD-JWT) is not well-formed, or lacks a required header or claim. */
    MALFORMED_JWT,
    /** The JOSE {@code alg} is not EdDSA, ES256 or ES384 ({@code none} is always refused). */
    UNSUPPORTED_ALGORITHM,
    /** The JOSE {@code alg} does not match the type of the key that {@code kid} resolves to. */
    ALGORITHM_KEY_MISMATCH,
    /** The signing key's controller is not the credential's issuer, or {@code iss} disagrees. */
    ISSUER_MISMATCH,
    /** The credential or token is past {@code validUntil} / {@code exp}. */
    EXPIRED,
    /** The credential or token is before {@code validFrom} / {@code nbf}. */
    NOT_YET_VALID,
    /** A verification method exists but is not listed under the required relationship. */
    VERIFICATION_RELATIONSHIP_MISSING,
    /** A did:web host is neither in the local registry nor on the HTTPS allow-list. */
    DID_HOST_NOT_ALLOWED,
    /** Fetching a did:web document did not finish within the connect or read timeout. */
    DID_RESOLUTION_TIMEOUT,
    /** An SD-JWT disclosure is not referenced by any digest, or is repeated. */
    DISCLOSURE_MISMATCH,
    /** A Key Binding JWT is required and absent. */
    KEY_BINDING_MISSING,
    /** A Key Binding JWT is malformed, has a wrong signature or a wrong {@code sd_hash}. */
    KEY_BINDING_INVALID,
    /** The Key Binding JWT's {@code aud} is not the verifier. */
    AUDIENCE_MISMATCH,
    /** The Key Binding JWT's {@code nonce} is not the one the verifier issued. */
    NONCE_MISMATCH,
    /** The Key Binding JWT's {@code iat} is outside the accepted freshness window. */
    KEY_BINDING_STALE,
    /** The same Key Binding JWT was already presented. */
    KEY_BINDING_REPLAYED,
    /** The keystore passphrase is wrong. */
    KEYSTORE_WRONG_PASSPHRASE,
    /** The keystore file was modified: its authentication tag does not verify. */
    KEYSTORE_TAMPERED,
    /** A named key is not in the keystore. */
    KEY_NOT_FOUND;
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
