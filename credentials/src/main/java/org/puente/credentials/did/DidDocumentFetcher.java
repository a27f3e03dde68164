package org.puente.credentials.did;

import java.net.URI;
import org.puente.credentials.CredentialException;

/**
 * Port: fetches the bytes of a DID document over HTTPS. The adapter enforces its connect and read
 * timeouts and stops reading past {@code maxBytes}; the allow-list is checked before it is called.
 */
@FunctionalInterface
public interface DidDocumentFetcher {
  /**
   * The response body of a {@code GET} of {@code url} that answered 200.
   *
   * @throws CredentialException {@code DID_RESOLUTION_TIMEOUT}, {@code INPUT_TOO_LARGE} past {@code
   *     maxBytes}, {@code DID_RESOLUTION_FAILED} on any other failure
   */
  byte[] fetch(URI url, int maxBytes) throws CredentialException;
}
