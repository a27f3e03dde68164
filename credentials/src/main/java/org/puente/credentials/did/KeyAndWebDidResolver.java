package org.puente.credentials.did;

import jakarta.json.JsonObject;
import java.util.Objects;
import org.puente.credentials.CredentialException;
import org.puente.credentials.CredentialException.Code;
import org.puente.credentials.keys.DidKey;
import org.puente.credentials.keys.Multikey;

/**
 * The resolver verifiers use: {@code did:key} offline (its one key holds every relationship) and
 * {@code did:web} through a {@link DidWebResolver}; any other method is refused with {@code
 * UNSUPPORTED_DID_METHOD}.
 */
public final class KeyAndWebDidResolver implements DidDocumentResolver {
  private final DidWebResolver web;

  public KeyAndWebDidResolver(DidWebResolver web) {
    this.web = Objects.requireNonNull(web, "web");
  }

  @Override
  public JsonObject resolve(String did) throws CredentialException {
    if (did.startsWith("did:key:")) {
      return DidKey.document(DidKey.resolve(did));
    }
    if (DidWeb.isDidWeb(did)) {
      return web.resolve(did);
    }
    throw unsupported(did);
  }

  @Override
  public Multikey verificationMethod(String vmUrl, String relationship) throws CredentialException {
    if (vmUrl.startsWith("did:key:")) {
      return DidKey.resolve(vmUrl);
    }
    if (DidWeb.isDidWeb(vmUrl)) {
      return web.verificationMethod(vmUrl, relationship);
    }
    throw unsupported(vmUrl);
  }

  private static CredentialException unsupported(String did) {
    return new CredentialException(
        Code.UNSUPPORTED_DID_METHOD, "expected did:key or did:web, found '" + did + "'");
  }
}
