package org.puente.server.node;

import jakarta.json.JsonObject;
import java.util.List;

/**
 * Service entries (DID Core §5.4) that a part of the node adds to the DID document it serves at
 * {@code /.well-known/did.json}, such as the peer endpoint ({@code PuenteNodePeer}).
 */
@FunctionalInterface
public interface DidServices {
  /** The entries, now (they may depend on ports chosen at start). */
  List<JsonObject> services();
}
