package org.puente.credentials;

import jakarta.json.JsonObject;
import org.puente.credentials.keys.KeyType;
import org.puente.credentials.keys.MultikeyPair;

/** The fixtures of {@link CredentialsVerificationTest}, for tests in other packages. */
public final class CredentialsVerificationTestAccess {
  private CredentialsVerificationTestAccess() {}

  /** A deterministic key whose secret bytes are all {@code fill}. */
  public static MultikeyPair key(KeyType type, int fill) {
    return CredentialsVerificationTest.key(type, fill);
  }

  /** The strict facade at the tests' fixed "now". */
  public static Credentials credentials() {
    return CredentialsVerificationTest.CREDENTIALS;
  }

  /** The unsigned USMCA certification of origin issued by {@code issuer}'s did:key. */
  public static JsonObject usmca(MultikeyPair issuer) {
    return CredentialsVerificationTest.usmca(issuer);
  }
}
