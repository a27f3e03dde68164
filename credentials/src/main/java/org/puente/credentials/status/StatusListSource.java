package org.puente.credentials.status;

import org.puente.credentials.CredentialException;

/**
 * The port through which a verifier obtains a status list credential: over HTTPS from the issuer,
 * from a node's own store, or from a contingency cache. Implementations verify the list
 * credential's proof (and that its issuer is the credential's issuer's) before returning it.
 */
@FunctionalInterface
public interface StatusListSource {
  /**
   * Fetches and verifies the status list credential at {@code url}.
   *
   * @throws CredentialException {@code STATUS_RETRIEVAL_ERROR} when it cannot be had, {@code
   *     STATUS_VERIFICATION_ERROR} when it does not verify
   */
  StatusListCredential fetch(String url) throws CredentialException;
}
