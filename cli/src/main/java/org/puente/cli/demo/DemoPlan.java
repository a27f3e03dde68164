package org.puente.cli.demo;

import java.util.List;
import org.puente.server.node.Jurisdiction;
import org.puente.server.node.NodeRole;

/**
 * Who takes part in the demo. Every party runs its own node (own keys, own did:web, own database in
 * the one shared PostgreSQL server): a node signs only as its own DID, and a party's trust registry
 * entries name that DID.
 */
public final class DemoPlan {
  private DemoPlan() {}

  /**
   * One node.
   *
   * @param name short name (database and data directory name)
   * @param role authority or trade
   * @param port HTTP port (base port + offset)
   * @param label what it is, for people
   * @param mx the party's identifier in MX's registry (scheme, id), trade parties only
   * @param us the party's identifier in the US registry (scheme, id), trade parties only
   * @param issues the credential types it issues
   */
  public record Node(
      String name,
      NodeRole role,
      int port,
      String label,
      List<String> mx,
      List<String> us,
      List<String> issues) {
    /**
     * The authority nodes' peer port (node-to-node mutual TLS), {@value #PEER_PORT_OFFSET} above
     * the HTTP port; trade party nodes have none.
     */
    public java.util.OptionalInt peerPort() {
      return role == NodeRole.TRADE
          ? java.util.OptionalInt.empty()
          : java.util.OptionalInt.of(port + PEER_PORT_OFFSET);
    }
  }

  /** How far above its HTTP port an authority node's peer port is (past the six HTTP ports). */
  public static final int PEER_PORT_OFFSET = 6;

  /**
   * The six nodes on HTTP ports {@code basePort}..{@code basePort + 5}; the two authority nodes'
   * peer ports are {@code basePort + 6} (US) and {@code basePort + 7} (MX).
   */
  public static List<Node> nodes(int basePort) {
    return List.of(
        new Node(
            "cbp-laredo-2304",
            NodeRole.US,
            basePort,
            "CBP, port of Laredo (2304)",
            List.of(),
            List.of(),
            List.of()),
        new Node(
            "anam-nuevo-laredo-240",
            NodeRole.MX,
            basePort + 1,
            "ANAM, aduana de Nuevo Laredo (240)",
            List.of(),
            List.of(),
            List.of()),
        new Node(
            "aceros-norte",
            NodeRole.TRADE,
            basePort + 2,
            "steel mill (Monterrey)",
            List.of("RFC", "ANL850315K21"),
            List.of("MID", "MXACENOR1500MON"),
            List.of("MillTestReport")),
        new Node(
            "comercializadora-exporta",
            NodeRole.TRADE,
            basePort + 3,
            "exporter",
            List.of("RFC", "CEX990101AB3"),
            List.of("MID", "MXCOMEXP200MON"),
            List.of("UsmcaCertificationOfOrigin")),
        new Node(
            "agencia-aduanal-3420",
            NodeRole.TRADE,
            basePort + 4,
            "customs broker (patente 3420)",
            List.of("PATENTE", "3420"),
            List.of("FILER_CODE", "B7Q"),
            List.of("Doda")),
        new Node(
            "transportes-cruce-rapido",
            NodeRole.TRADE,
            basePort + 5,
            "carrier",
            List.of("RFC", "TCR010203XY9"),
            List.of("SCAC", "TCRX"),
            List.of("CartaPorte")));
  }

  /** The jurisdiction of an authority node. */
  public static Jurisdiction jurisdiction(Node node) {
    return node.role() == NodeRole.US ? Jurisdiction.US : Jurisdiction.MX;
  }
}
