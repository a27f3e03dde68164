package org.puente.credentials.did;

import jakarta.json.JsonObject;
import org.puente.credentials.CredentialException;
import org.puente.credentials.keys.Multikey;

/**
 * Resolves DIDs to DID documents and verification-method URLs to keys. Verifiers (VC-JOSE, SD-JWT
 * VC, Data Integrity) depend on this interface only.
 *
 * <p>Relationships are the DID Core / CID verification relationships: {@value #ASSERTION_METHOD}
 * for issuing credentials, {@value #AUTHENTICATION} for presentations and key binding.
 *
 * @see <a href="https://www.w3.org/TR/did-core/#did-resolution">DID Core §7.1 DID Resolution</a>
 */
public interface DidDocumentResolver {
  /** The relationship that authorises a key to issue credentials. */
  String ASSERTION_METHOD = "assertionMethod";

  /** The relationship that authorises a key to authenticate its controller (presentations). */
  String AUTHENTICATION = "authentication";

  /**
   * The DID document of {@code did} (a DID without fragment or query).
   *
   * @throws CredentialException {@code UNSUPPORTED_DID_METHOD}, {@code DID_RESOLUTION_FAILED},
   *     {@code DID_HOST_NOT_ALLOWED}, {@code DID_RESOLUTION_TIMEOUT}, {@code INPUT_TOO_LARGE}
   */
  JsonObject resolve(String did) throws CredentialException;

  /**
   * The public key of the verification method {@code vmUrl} ({@code did:...#fragment}), which the
   * DID document must list under {@code relationship}.
   *
   * @throws CredentialException as {@link #resolve}, plus {@code VERIFICATION_RELATIONSHIP_MISSING}
   *     and {@code INVALID_KEY}
   */
  Multikey verificationMethod(String vmUrl, String relationship) throws CredentialException;

  /**
   * This resolver as the verification-method port that Data Integrity verifiers use; the method's
   * controller is its DID (the method must be listed in that DID's own document).
   */
  default org.puente.credentials.DidResolver asVerificationMethodResolver() {
    return (id, relationship) ->
        new org.puente.credentials.VerificationMethod(
            id, didOf(id), verificationMethod(id, relationship));
  }

  /** The DID part of a DID URL: everything before the first {@code #}, {@code ?} or {@code /}. */
  static String didOf(String didUrl) {
    int end = didUrl.length();
    for (char c : new char[] {'#', '?', '/'}) {
      int at = didUrl.indexOf(c);
      if (at >= 0 && at < end) {
        end = at;
      }
    }
    return didUrl.substring(0, end);
  }
}
