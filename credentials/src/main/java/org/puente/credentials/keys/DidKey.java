package org.puente.credentials.keys;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import org.puente.credentials.CredentialException;
import org.puente.credentials.CredentialException.Code;
import org.puente.credentials.jsonld.JsonSupport;

/**
 * The {@code did:key} method: a DID that is its own public key, resolved offline.
 *
 * @see <a href="https://w3c-ccg.github.io/did-key-spec/">The did:key Method v0.9</a>
 */
public final class DidKey {
  /**
   * The {@code @context} of a DID document whose verification methods are Multikeys (DID Core v1
   * and Multikey v1): did:key documents use it, and so do the did:web documents Puente serves.
   */
  public static final JsonArray DOCUMENT_CONTEXT =
      JsonSupport.PROVIDER
          .createArrayBuilder()
          .add("https://www.w3.org/ns/did/v1")
          .add("https://w3id.org/security/multikey/v1")
          .build();

  private static final String PREFIX = "did:key:";

  private DidKey() {}

  /** {@code did:key:z...} for a key. */
  public static String did(Multikey key) {
    return PREFIX + key.toMultibase();
  }

  /** {@code did:key:z...#z...}: the one verification method of a did:key document. */
  public static String verificationMethodId(Multikey key) {
    String mb = key.toMultibase();
    return PREFIX + mb + "#" + mb;
  }

  /**
   * Resolves a {@code did:key} DID or DID URL to its key. A fragment, when present, must be the
   * key's own multibase value.
   */
  public static Multikey resolve(String didOrUrl) throws CredentialException {
    if (didOrUrl == null || !didOrUrl.startsWith(PREFIX)) {
      throw new CredentialException(
          Code.UNSUPPORTED_DID_METHOD, "expected a did:key identifier, found '" + didOrUrl + "'");
    }
    String rest = didOrUrl.substring(PREFIX.length());
    int hash = rest.indexOf('#');
    String mb = hash < 0 ? rest : rest.substring(0, hash);
    if (hash >= 0 && !rest.substring(hash + 1).equals(mb)) {
      throw new CredentialException(
          Code.DID_RESOLUTION_FAILED,
          "did:key fragment '" + rest.substring(hash + 1) + "' is not the key '" + mb + "'");
    }
    return Multikey.fromMultibase(mb);
  }

  /** The DID document of a did:key (DID Core with one Multikey verification method). */
  public static JsonObject document(Multikey key) {
    String did = did(key);
    String vm = verificationMethodId(key);
    return JsonSupport.PROVIDER
        .createObjectBuilder()
        .add("@context", DOCUMENT_CONTEXT)
        .add("id", did)
        .add(
            "verificationMethod",
            JsonSupport.PROVIDER.createArrayBuilder().add(key.toVerificationMethod(vm, did)))
        .add("authentication", JsonSupport.PROVIDER.createArrayBuilder().add(vm))
        .add("assertionMethod", JsonSupport.PROVIDER.createArrayBuilder().add(vm))
        .add("capabilityInvocation", JsonSupport.PROVIDER.createArrayBuilder().add(vm))
        .add("capabilityDelegation", JsonSupport.PROVIDER.createArrayBuilder().add(vm))
        .build();
  }
}
