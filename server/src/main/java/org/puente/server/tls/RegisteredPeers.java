package org.puente.server.tls;

import jakarta.json.JsonObject;
import java.util.Optional;

/**
 * The peer nodes this node registered, by DID: the DID document each one had when it was registered
 * (fetched then, and checked over a handshake with the peer's own TLS key). The peer port's trust
 * manager takes a registered peer's TLS keys from here.
 */
@FunctionalInterface
public interface RegisteredPeers {
  /** The DID document of the registered peer {@code did}; empty if {@code did} is not one. */
  Optional<JsonObject> document(String did);
}
