package org.puente.server.auth;

import java.security.cert.X509Certificate;
import java.util.Optional;

/**
 * Who a client certificate presented on the peer port proves the caller to be: a registered peer
 * authority node ({@link Role#PEER_NODE}, its DID as subject, its country as jurisdiction), or
 * nobody.
 */
@FunctionalInterface
public interface PeerCallers {
  /** The registered peer {@code certificate} is bound to; empty for any other certificate. */
  Optional<Caller> callerOf(X509Certificate certificate);
}
