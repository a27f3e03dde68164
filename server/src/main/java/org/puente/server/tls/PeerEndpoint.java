package org.puente.server.tls;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URI;
import java.util.Objects;
import java.util.Optional;
import org.puente.credentials.jsonld.JsonSupport;

/**
 * Where a node takes calls from other nodes (its peer port: TLS 1.3, client certificates bound to
 * DIDs), as its DID document advertises it in a DID Core §5.4 {@code service} entry:
 *
 * <pre>{"id": "&lt;did&gt;#peer", "type": "PuenteNodePeer", "serviceEndpoint": "https://host:port",
 *  "logKey": "&lt;C2SP vkey of its log&gt;", "witnessKey": "&lt;C2SP vkey of its witness&gt;"}
 * </pre>
 *
 * <p>The DID document is the trust anchor of node-to-node calls: it names the TLS key a peer's
 * certificate must carry, where to reach the peer, and the keys its transparency log and witness
 * sign with.
 *
 * @param url the peer port's base URL ({@code https} only)
 * @param logKey the vkey of the node's transparency log
 * @param witnessKey the vkey of the node's witness
 */
public record PeerEndpoint(URI url, String logKey, String witnessKey) {
  /** The DID service type. */
  public static final String TYPE = "PuenteNodePeer";

  /** The fragment of the service id. */
  public static final String FRAGMENT = "#peer";

  public PeerEndpoint {
    Objects.requireNonNull(url, "url");
    Objects.requireNonNull(logKey, "logKey");
    Objects.requireNonNull(witnessKey, "witnessKey");
    if (!"https".equals(url.getScheme()) || url.getHost() == null) {
      throw new IllegalArgumentException("a peer endpoint is https://host:port, found " + url);
    }
  }

  /** The service entry for the DID document of {@code did}. */
  public JsonObject toService(String did) {
    return JsonSupport.PROVIDER
        .createObjectBuilder()
        .add("id", did + FRAGMENT)
        .add("type", TYPE)
        .add("serviceEndpoint", url.toString())
        .add("logKey", logKey)
        .add("witnessKey", witnessKey)
        .build();
  }

  /**
   * The peer endpoint {@code didDocument} advertises; empty if it has none (the node runs without a
   * peer port).
   *
   * @throws IllegalArgumentException if the entry is there but malformed
   */
  public static Optional<PeerEndpoint> of(JsonObject didDocument) {
    JsonValue services = didDocument.get("service");
    if (services == null || services.getValueType() != JsonValue.ValueType.ARRAY) {
      return Optional.empty();
    }
    for (JsonValue v : services.asJsonArray()) {
      if (v instanceof JsonObject s && TYPE.equals(s.getString("type", ""))) {
        try {
          return Optional.of(
              new PeerEndpoint(
                  URI.create(s.getString("serviceEndpoint")),
                  s.getString("logKey"),
                  s.getString("witnessKey")));
        } catch (NullPointerException | ClassCastException e) {
          throw new IllegalArgumentException(
              "the " + TYPE + " service entry lacks serviceEndpoint, logKey or witnessKey", e);
        }
      }
    }
    return Optional.empty();
  }
}
