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
    STATUS_STALE,
    /** A {@code credentialStatus} entry of a type this node cannot check. */
    UNSUPPORTED_STATUS_TYPE,
    // --- Presentations (VC Data Model 2.0 §4.13, vc-data-integrity §2.1 challenge / domain) ---
    /** A presentation is not shaped as VC 2.0 requires (holder, verifiableCredential). */
    INVALID_PRESENTATION,
    /** The presentation proof's challenge is absent or not the verifier's. */
    WRONG_CHALLENGE,
    /** The presentation proof's domain does not include the verifier's. */
    WRONG_DOMAIN,
    /** The presentation's holder does not control the key that signed it. */
    HOLDER_NOT_CONTROLLER,
    // --- JSON-LD loading and Data Integrity (vc-data-integrity, vc-di-eddsa, vc-di-ecdsa) ---
    /**
     * A context URL that is neither bundled nor operator-added and is not a network location (e.g.
     * {@code urn:}, {@code did:}, {@code file:}): no loader anywhere could supply it.
     */
    UNKNOWN_CONTEXT,
    /**
     * An {@code http(s)} context URL that is neither bundled nor operator-added: processing would
     * have to fetch it from the network, which Puente never does.
     */
    REMOTE_CONTEXT,
    /** The document is not valid JSON-LD (e.g. a protected term redefined, an invalid IRI). */
    INVALID_JSON_LD,
    /**
     * A property that no context defines: JSON-LD would drop it from the signed data, so Puente
     * refuses the document rather than sign or accept an unprotected field (safe mode).
     */
    UNDEFINED_TERM,
    /** A Data Integrity proof is missing, or a required proof property is absent or malformed. */
    MALFORMED_PROOF,
    /** The proof's {@code type}/{@code cryptosuite} is not one this node implements. */
    UNSUPPORTED_CRYPTOSUITE,
    /** The proof's {@code proofPurpose} is not the one the verifier expects. */
    WRONG_PROOF_PURPOSE,
    /** The verification method is not listed under the proof purpose's relationship. */
    KEY_NOT_AUTHORIZED,
    /** The verification method's controller is not the credential's issuer. */
    ISSUER_NOT_CONTROLLER,
    /** The proof's {@code expires} time has passed. */
    PROOF_NOT_IN_TIME,
    /**
     * The proof's {@code created} time lies in the future, beyond the verifier's clock-skew
     * allowance (vc-data-integrity §4.4: a proof cannot have been made after it is checked).
     */
    PROOF_CREATED_IN_FUTURE,
    // --- VC Data Model 2.0 (§4) ---
    /** The first {@code @context} is not {@code https://www.w3.org/ns/credentials/v2}. */
    INVALID_CONTEXT,
    /** {@code type} is absent or does not include {@code VerifiableCredential}. */
    INVALID_TYPE,
    /** {@code issuer} is absent, or is neither a URL nor an object with a URL {@code id}. */
    INVALID_ISSUER,
    /** {@code validFrom}/{@code validUntil} is not an XML Schema dateTimeStamp. */
    INVALID_DATETIME,
    /** {@code validUntil} is before {@code validFrom}. */
    INVALID_VALIDITY_PERIOD,
    /** {@code credentialSubject} is absent or empty. */
    MISSING_SUBJECT,
    /** {@code credentialStatus} is not an object (or array of objects) with a {@code type}. */
    INVALID_STATUS,
    /**
     * {@code credentialSchema} is not an object (or array of objects) with {@code id}/{@code type}.
     */
    INVALID_SCHEMA,
    /**
     * The {@code credentialSubject} does not validate against a {@code JsonSchema} the credential
     * names in {@code credentialSchema} (VCDM 2.0 §4.11; resolved locally by a {@link
     * SchemaResolver}).
     */
    SCHEMA_VALIDATION_FAILED,
    /** The credential's {@code validUntil} has passed. */
    CREDENTIAL_EXPIRED,
    /** The credential's {@code validFrom} is still in the future. */
    CREDENTIAL_NOT_YET_VALID,
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
