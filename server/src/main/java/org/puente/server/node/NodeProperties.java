package org.puente.server.node;

import java.nio.file.Path;
import java.util.Objects;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code puente.node.*}: who this node is.
 *
 * @param role US authority, MX authority or trade party
 * @param name a short name shown to people ({@code cbp-laredo}, {@code acme-broker})
 * @param dataDir where the node keeps its keys and (by default) its PostgreSQL cluster
 * @param did the node's {@code did:web}; empty means {@code did:web:localhost%3A<server.port>}
 */
@ConfigurationProperties("puente.node")
public record NodeProperties(NodeRole role, String name, Path dataDir, String did) {
  public NodeProperties {
    Objects.requireNonNull(role, "puente.node.role (us, mx or trade) is required");
    Objects.requireNonNull(dataDir, "puente.node.data-dir is required");
    if (name == null || !name.matches("[A-Za-z0-9][A-Za-z0-9._-]{0,62}")) {
      throw new IllegalArgumentException(
          "puente.node.name must be 1-63 letters, digits, '.', '_' or '-', found " + name);
    }
    did = did == null ? "" : did;
  }
}
