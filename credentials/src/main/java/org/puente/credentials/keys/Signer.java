package org.puente.credentials.keys;

/**
 * The port through which Puente signs. The software implementation is {@link MultikeyPair}; an HSM
 * or cloud KMS implements the same three methods so that the secret never enters the JVM.
 */
public interface Signer {
  /** The public half, used to check what this signer produces. */
  Multikey publicKey();

  /** The verification method that proofs made by this signer name ({@code did:...#fragment}). */
  String verificationMethod();

  /**
   * Signs {@code data}: Ed25519 over the bytes themselves; ECDSA over the hash that the key type
   * pairs with, returning IEEE P1363 {@code r || s}.
   */
  byte[] sign(byte[] data);
}
