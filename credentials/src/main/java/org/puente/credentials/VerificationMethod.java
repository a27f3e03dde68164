package org.puente.credentials;

import java.util.Objects;
import org.puente.credentials.keys.Multikey;

/**
 * A resolved verification method (DID Core §5.2): its id, its controller and its public key.
 *
 * @param id the verification method id ({@code did:...#fragment})
 * @param controller the DID that controls the key
 * @param publicKey the key
 */
public record VerificationMethod(String id, String controller, Multikey publicKey) {
  public VerificationMethod {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(controller, "controller");
    Objects.requireNonNull(publicKey, "publicKey");
  }
}
