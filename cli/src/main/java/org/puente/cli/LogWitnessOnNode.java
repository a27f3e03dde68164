package org.puente.cli;

import jakarta.json.JsonObject;
import java.io.PrintWriter;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.puente.cli.ledger.NodeWitnessClient;
import org.puente.ledger.model.Checkpoint;
import org.puente.ledger.model.VerifierKey;

/**
 * {@code puente log witness --node URL --token T [--peer URL]}: the same job as the file mode, on a
 * running authority node. With {@code --peer}, the node's operator registers the other country's
 * node (the node reads the peer's DID document, then its {@code /log/keys} over mutual TLS at the
 * peer endpoint the document names; no token: the nodes know each other by their DID-bound
 * certificates); then the node runs a cross-witnessing round now, and each cosigned checkpoint is
 * fetched and checked offline with the node's log key and the peer's witness key.
 */
final class LogWitnessOnNode {
  private LogWitnessOnNode() {}

  /**
   * What to do.
   *
   * @param node the node's base URL
   * @param token a node-admin token of that node
   * @param peer the other country's node to register, if any
   * @param peerLogKey a pin for the peer's log vkey
   * @param peerWitnessKey a pin for the peer's witness vkey
   */
  record Options(
      URI node,
      String token,
      Optional<URI> peer,
      Optional<String> peerLogKey,
      Optional<String> peerWitnessKey) {}

  /** Runs it; returns the exit status (1 when a peer did not cosign). */
  static int run(Options o, PrintWriter out) throws Exception {
    NodeWitnessClient client = new NodeWitnessClient(o.node(), o.token());
    if (o.peer().isPresent()) {
      JsonObject peer = client.register(o.peer().get(), o.peerLogKey(), o.peerWitnessKey());
      out.printf(
          Locale.ROOT,
          "registered %s (%s, %s, mutual TLS at %s): log %s, witness %s%n",
          peer.getString("origin"),
          peer.getString("jurisdiction"),
          peer.getString("did"),
          peer.getString("url"),
          peer.getString("logKey"),
          peer.getString("witnessKey"));
    }
    Map<String, String> witnessKeys =
        client.peers().stream()
            .collect(Collectors.toMap(p -> p.getString("origin"), p -> p.getString("witnessKey")));
    List<JsonObject> rounds = client.witnessNow();
    if (rounds.isEmpty()) {
      out.println("no peer registered: nothing witnesses this node's log (use --peer)");
      return Main.NEGATIVE;
    }
    int status = 0;
    for (JsonObject round : rounds) {
      status = Math.max(status, report(client, round, witnessKeys::get, out));
    }
    out.flush();
    return status;
  }

  private static int report(
      NodeWitnessClient client,
      JsonObject round,
      Function<String, String> witnessKeys,
      PrintWriter out)
      throws Exception {
    String origin = round.getString("origin");
    if (!round.getBoolean("cosigned", false)) {
      String error = round.getString("error", "?");
      out.printf(Locale.ROOT, "NOT cosigned by %s's witness: %s%n", origin, error);
      if (error.contains("unknown-log") || error.contains("peer-not-registered")) {
        out.println("  (has the peer registered this node yet? its operator runs --peer too)");
      }
      return Main.NEGATIVE;
    }
    long size = round.getJsonNumber("size").longValue();
    VerifierKey witness = VerifierKey.parse(witnessKeys.apply(origin));
    Checkpoint checkpoint = client.checkWitnessed(size, witness);
    out.printf(
        Locale.ROOT,
        "checkpoint %d of %s (root %s) cosigned by %s, verified: %s%n",
        checkpoint.size(),
        checkpoint.origin(),
        checkpoint.rootHash().hex(),
        witness.name(),
        client.witnessedUrl(size));
    return 0;
  }
}
