package org.puente.credentials;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.puente.credentials.CredentialException.Code;
import org.puente.credentials.keys.DidKey;
import org.puente.credentials.keys.Multikey;

/**
 * did:key verification methods, decoded once per id: a did:key is its own key, so the result of
 * decoding its base58btc multikey never changes. At most {@value #MAX_CACHED} are kept.
 */
final class DidKeyMethods {
  private static final int MAX_CACHED = 4096;
  private static final Map<String, VerificationMethod> CACHE = new ConcurrentHashMap<>();

  private DidKeyMethods() {}

  /** The method {@code id} names, with the did:key as controller; errors as {@link DidKey}. */
  static VerificationMethod resolve(String id) throws CredentialException {
    VerificationMethod cached = CACHE.get(id);
    if (cached != null) {
      return cached;
    }
    Multikey key = DidKey.resolve(id);
    if (!id.contains("#")) {
      throw new CredentialException(
          Code.DID_RESOLUTION_FAILED, "verification method " + id + " lacks a #fragment");
    }
    VerificationMethod method = new VerificationMethod(id, DidKey.did(key), key);
    if (CACHE.size() < MAX_CACHED) {
      CACHE.putIfAbsent(id, method);
    }
    return method;
  }
}
