package org.puente.server.vcapi;

import jakarta.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.util.Optional;
import java.util.function.Supplier;
import org.puente.credentials.CredentialException;
import org.puente.credentials.CredentialException.Code;
import org.puente.credentials.Credentials;
import org.puente.credentials.status.StatusListCredential;
import org.puente.credentials.status.StatusListSource;

/**
 * Where the node's verifier gets status lists: its own lists straight from the store, other nodes'
 * lists over HTTP(S), verified with the node's credentials facade (proof, issuer binding, validity
 * period) before use. The {@code BitstringStatusChecker} in front of it caches them with a maximum
 * staleness.
 */
public final class NodeStatusListSource implements StatusListSource {
  private static final int MAX_LIST_BYTES = 512 * 1024;

  private final NodeStatusLists own;
  private final HttpGet http;
  private final Supplier<Credentials> verifier;

  /**
   * A source over this node's lists and {@code http}; {@code verifier} checks fetched lists (a
   * supplier, because the facade it supplies is itself built around this source).
   */
  public NodeStatusListSource(NodeStatusLists own, HttpGet http, Supplier<Credentials> verifier) {
    this.own = own;
    this.http = http;
    this.verifier = verifier;
  }

  @Override
  public StatusListCredential fetch(String url) throws CredentialException {
    Optional<String> listId = own.ownListId(url);
    if (listId.isPresent()) {
      return own.current(listId.get());
    }
    URI uri;
    try {
      uri = URI.create(url);
    } catch (IllegalArgumentException e) {
      throw new CredentialException(Code.STATUS_RETRIEVAL_ERROR, "not a URL: " + url);
    }
    if (!"https".equals(uri.getScheme())
        && !("http".equals(uri.getScheme()) && NodeUrls.isLoopback(uri.getAuthority()))) {
      throw new CredentialException(
          Code.STATUS_RETRIEVAL_ERROR, "status lists are fetched over https only: " + url);
    }
    byte[] body = http.fetch(uri, MAX_LIST_BYTES, Code.STATUS_RETRIEVAL_ERROR);
    Credentials credentials = verifier.get();
    JsonObject vc = credentials.read(new ByteArrayInputStream(body));
    try {
      credentials.verify(vc);
    } catch (CredentialException e) {
      throw new CredentialException(
          Code.STATUS_VERIFICATION_ERROR,
          "status list " + url + " does not verify: " + e.code() + " " + e.getMessage(),
          e);
    }
    StatusListCredential list = StatusListCredential.fromVerifiedCredential(vc);
    if (!list.url().equals(url)) {
      throw new CredentialException(
          Code.STATUS_VERIFICATION_ERROR,
          "status list fetched from " + url + " names itself " + list.url());
    }
    return list;
  }
}
