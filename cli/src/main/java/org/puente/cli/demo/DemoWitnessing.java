package org.puente.cli.demo;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.puente.cli.ledger.NodeWitnessClient;
import org.puente.ledger.LedgerException;
import org.puente.ledger.model.VerifierKey;
import org.puente.server.auth.Role;
import org.puente.server.node.Jurisdiction;
import org.puente.server.node.NodeRole;

/**
 * The demo's cross-witnessing (issue #5): once both authority nodes run, each operator registers
 * the other country's node ({@code POST /log/peers} with its URL only: the node reads the peer's
 * DID document, then its keys over mutual TLS at the peer endpoint the document names, and keeps
 * them in its database); then each node has the other's witness cosign its latest checkpoint
 * ({@code POST /log/peers/witness}), node to node over mutual TLS, each side knowing the other by
 * the DID its certificate is bound to. The nodes keep doing so on their schedule while the demo
 * runs.
 */
public final class DemoWitnessing {
  private final DemoCluster cluster;

  /** Cross-witnessing between the authority nodes of {@code cluster}. */
  public DemoWitnessing(DemoCluster cluster) {
    this.cluster = cluster;
  }

  /**
   * One node's log cosigned by the other country's witness.
   *
   * @param log the node whose log it is
   * @param witness the node whose witness cosigned it
   * @param size the cosigned checkpoint's tree size
   * @param url where anyone reads that cosigned checkpoint
   */
  public record Cosigned(DemoNode log, DemoNode witness, long size, String url) {}

  /**
   * Registers each authority with the other, runs one round on each and returns what got cosigned.
   */
  public List<Cosigned> run() throws IOException, InterruptedException {
    DemoNode us = authority(NodeRole.US);
    DemoNode mx = authority(NodeRole.MX);
    register(us, mx);
    register(mx, us);
    return List.of(round(us, mx), round(mx, us));
  }

  /** Prints, in plain words, who cosigned what. */
  public static void print(PrintWriter out, List<Cosigned> cosigned) {
    out.println();
    out.println("Node to node (mutual TLS, certificates bound to each node's DID):");
    for (Cosigned c : cosigned) {
      out.printf(
          Locale.ROOT,
          "  %s takes peer calls at %s (advertised in its DID document, %s)%n",
          agency(c.log()),
          c.log().peerUrl().orElse("?"),
          c.log().did());
    }
    out.println();
    out.println("Cross-witnessing (each customs node cosigns the other country's log):");
    for (Cosigned c : cosigned) {
      out.printf(
          Locale.ROOT,
          "  The %s log checkpoint %d was cosigned by %s: %s%n",
          agency(c.log()),
          c.size(),
          agency(c.witness()),
          c.url());
    }
    out.println(
        "  A checkpoint counts as witnessed only with the other country's cosignature; forks"
            + " and rewritten histories raise alarms at <node>/log/alarms.");
    out.flush();
  }

  private static String agency(DemoNode node) {
    return node.plan().role() == NodeRole.US ? "CBP (US)" : "ANAM (MX)";
  }

  private DemoNode authority(NodeRole role) {
    return cluster.nodes().stream()
        .filter(n -> n.plan().role() == role)
        .findFirst()
        .orElseThrow(() -> new IllegalStateException("the demo has no " + role + " node"));
  }

  // `node`'s operator registers `peer` by its URL; no token: the nodes know each other by their
  // DID-bound certificates.
  private static void register(DemoNode node, DemoNode peer)
      throws IOException, InterruptedException {
    admin(node).register(URI.create(peer.url()), Optional.empty(), Optional.empty());
  }

  // One round on `node`, then the cosigned checkpoint checked offline with the peer's key.
  private static Cosigned round(DemoNode node, DemoNode peer)
      throws IOException, InterruptedException {
    NodeWitnessClient client = admin(node);
    List<String> errors = new ArrayList<>();
    for (JsonObject round : client.witnessNow()) {
      if (round.getBoolean("cosigned", false)) {
        long size = round.getJsonNumber("size").longValue();
        try {
          VerifierKey witness = VerifierKey.parse(admin(peer).keys().getString("witness"));
          client.checkWitnessed(size, witness);
        } catch (LedgerException e) {
          throw new IOException("the cosigned checkpoint does not check out: " + e.getMessage(), e);
        }
        return new Cosigned(node, peer, size, client.witnessedUrl(size));
      }
      errors.add(round.getString("error", "?"));
    }
    throw new IOException(
        peer.plan().name() + " did not cosign " + node.plan().name() + "'s log: " + errors);
  }

  private static NodeWitnessClient admin(DemoNode node) {
    Jurisdiction j = DemoPlan.jurisdiction(node.plan());
    return new NodeWitnessClient(
        URI.create(node.url()), node.serviceToken(Role.NODE_ADMIN, j, Duration.ofHours(1)));
  }
}
