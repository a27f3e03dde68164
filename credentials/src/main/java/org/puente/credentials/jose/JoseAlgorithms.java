package org.puente.credentials.jose;

import com.nimbusds.jose.JWSAlgorithm;
import org.puente.credentials.CredentialException;
import org.puente.credentials.CredentialException.Code;
import org.puente.credentials.keys.KeyType;

/** The JOSE algorithms Puente accepts, each tied to exactly one key type (RFC 7518, RFC 8037). */
public final class JoseAlgorithms {
  private JoseAlgorithms() {}

  /** The {@code alg} that a key type signs with: EdDSA, ES256 or ES384. */
  public static JWSAlgorithm algorithmFor(KeyType type) {
    return JWSAlgorithm.parse(type.joseAlg());
  }

  /**
   * The key type an {@code alg} requires; {@code none}, HMAC, RSA and anything else are refused.
   *
   * @throws CredentialException {@code UNSUPPORTED_ALGORITHM}
   */
  public static KeyType keyTypeFor(String alg) throws CredentialException {
    for (KeyType type : KeyType.values()) {
      if (type.joseAlg().equals(alg)) {
        return type;
      }
    }
    throw new CredentialException(
        Code.UNSUPPORTED_ALGORITHM, "JOSE alg '" + alg + "': expected EdDSA, ES256 or ES384");
  }

  /**
   * Checks that {@code alg} may be verified with a key of {@code keyType}.
   *
   * @throws CredentialException {@code ALGORITHM_KEY_MISMATCH}
   */
  public static void requireMatch(String alg, KeyType keyType) throws CredentialException {
    if (!keyType.joseAlg().equals(alg)) {
      throw new CredentialException(
          Code.ALGORITHM_KEY_MISMATCH,
          "JOSE alg '"
              + alg
              + "' cannot be verified with a "
              + keyType
              + " key (which uses "
              + keyType.joseAlg()
              + ")");
    }
  }
}
