package org.puente.server.node;

import java.io.IOException;
import org.puente.credentials.CredentialException;
import org.puente.credentials.keys.KeyType;
import org.puente.credentials.keys.MultikeyPair;

/**
 * Where a node keeps its signing keys. <b>Seam:</b> {@link FileNodeKeyStore} keeps plain owner-only
 * Multikey files; the credentials module's encrypted keystore (or an HSM / KMS behind its {@code
 * Signer} port) replaces it without touching the callers.
 */
public interface NodeKeyStore {
  /**
   * The key pair called {@code name}, generated and stored on first use.
   *
   * @throws IOException if the store cannot be read or written
   * @throws CredentialException if a stored key is corrupt
   */
  MultikeyPair loadOrCreate(String name, KeyType type) throws IOException, CredentialException;
}
