package org.puente.credentials.di;

import java.util.Set;
import org.puente.credentials.CredentialException;
import org.puente.credentials.CredentialException.Code;
import org.puente.credentials.keys.KeyType;

/** The Data Integrity cryptosuites Puente implements, all with RDFC-1.0 canonicalisation. */
public enum Cryptosuite {
  /** vc-di-eddsa §3.2: Ed25519 over SHA-256 hashes of RDFC-1.0 (SHA-256) N-Quads. */
  EDDSA_RDFC_2022("eddsa-rdfc-2022", Set.of(KeyType.ED25519)),
  /**
   * vc-di-ecdsa §3.3: ECDSA P-256 with SHA-256, or P-384 with SHA-384 — the hash used everywhere,
   * including inside RDFC-1.0.
   */
  ECDSA_RDFC_2019("ecdsa-rdfc-2019", Set.of(KeyType.P256, KeyType.P384));

  private final String id;
  private final Set<KeyType> keyTypes;

  Cryptosuite(String id, Set<KeyType> keyTypes) {
    this.id = id;
    this.keyTypes = keyTypes;
  }

  /** The {@code cryptosuite} value. */
  public String id() {
    return id;
  }

  /** Whether keys of this type sign in this suite. */
  public boolean accepts(KeyType type) {
    return keyTypes.contains(type);
  }

  /** The hash (JCA name) for RDFC-1.0 and the proof/document hashes with this key type. */
  public String hashAlgorithm(KeyType type) {
    return type.hashAlgorithm();
  }

  /** The suite named by a proof's {@code cryptosuite}, or {@link Code#UNSUPPORTED_CRYPTOSUITE}. */
  public static Cryptosuite fromId(String id) throws CredentialException {
    for (Cryptosuite suite : values()) {
      if (suite.id.equals(id)) {
        return suite;
      }
    }
    throw new CredentialException(
        Code.UNSUPPORTED_CRYPTOSUITE,
        "cryptosuite '" + id + "' is not supported: expected eddsa-rdfc-2022 or ecdsa-rdfc-2019");
  }
}
