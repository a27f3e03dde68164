package org.puente.credentials;

import java.util.Set;
import org.puente.credentials.CredentialException.Code;

/**
 * The port through which verifiers find the key behind a proof's {@code verificationMethod}. {@code
 * did:key} is built in ({@link #didKey()}); {@code did:web} and trust registries implement the same
 * method. Implementations must check that the method is listed under the verification relationship
 * the proof claims (DID Core §5.3), and must not fetch anything that is not allow-listed.
 */
@FunctionalInterface
public interface DidResolver {
  /** Verification relationships of DID Core §5.3 that proofs name as {@code proofPurpose}. */
  Set<String> RELATIONSHIPS =
      Set.of("assertionMethod", "authentication", "capabilityInvocation", "capabilityDelegation");

  /**
   * Resolves a verification method for a relationship.
   *
   * @param verificationMethodId a DID URL, e.g. {@code did:key:z6Mk...#z6Mk...}
   * @param relationship {@code assertionMethod}, {@code authentication}, ...
   * @throws CredentialException {@link Code#UNSUPPORTED_DID_METHOD} when this resolver does not
   *     handle the DID method, {@link Code#DID_RESOLUTION_FAILED} when the DID or method is not
   *     found, {@link Code#KEY_NOT_AUTHORIZED} when the method is not listed for the relationship
   */
  VerificationMethod resolve(String verificationMethodId, String relationship)
      throws CredentialException;

  /** This resolver, then {@code next} for DID methods this one does not handle. */
  default DidResolver or(DidResolver next) {
    return (id, relationship) -> {
      try {
        return resolve(id, relationship);
      } catch (CredentialException e) {
        if (e.code() != Code.UNSUPPORTED_DID_METHOD) {
          throw e;
        }
        return next.resolve(id, relationship);
      }
    };
  }

  /**
   * The offline {@code did:key} resolver: the key is the identifier, its controller the DID, and
   * its one method serves every relationship except {@code keyAgreement}.
   */
  static DidResolver didKey() {
    return (id, relationship) -> {
      VerificationMethod method = DidKeyMethods.resolve(id);
      if (!RELATIONSHIPS.contains(relationship)) {
        throw new CredentialException(
            Code.KEY_NOT_AUTHORIZED,
            "did:key method " + id + " is not usable for '" + relationship + "'");
      }
      return method;
    };
  }
}
