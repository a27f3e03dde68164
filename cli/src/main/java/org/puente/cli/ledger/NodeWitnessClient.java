package org.puente.cli.ledger;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.puente.ledger.LedgerException;
import org.puente.ledger.model.Checkpoint;
import org.puente.ledger.model.SignedNote;
import org.puente.ledger.model.VerifierKey;
import org.puente.ledger.model.WitnessPolicy;

/**
 * A running authority node's cross-witnessing, over its HTTP API with a node-admin token: register
 * the other country's node ({@code POST /log/peers}), run a round now ({@code POST
 * /log/peers/witness}), and fetch and check a cosigned checkpoint ({@code GET /log/witnessed/N})
 * against the node's log key and the peer's witness key.
 */
public final class NodeWitnessClient {
  private static final int MAX_BODY = 256 * 1024;

  private final HttpClient http;
  private final String node;
  private final String token;

  /**
   * @param node the node's base URL ({@code http://localhost:8440})
   * @param token a node-admin bearer token of that node
   */
  public NodeWitnessClient(HttpClient http, URI node, String token) {
    this.http = http;
    this.node = node.toString().replaceAll("/$", "");
    this.token = token;
  }

  /** A client with its own HTTP client. */
  public NodeWitnessClient(URI node, String token) {
    this(HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build(), node, token);
  }

  /**
   * Has the node register {@code peer} (the other country's node, by the URL where it serves its
   * DID document; the node then talks to it over mutual TLS); {@code logKey} and {@code witnessKey}
   * pin the keys the peer must publish.
   */
  public JsonObject register(URI peer, Optional<String> logKey, Optional<String> witnessKey)
      throws IOException, InterruptedException {
    JsonObjectBuilder body = Json.createObjectBuilder().add("url", peer.toString());
    logKey.ifPresent(k -> body.add("logKey", k));
    witnessKey.ifPresent(k -> body.add("witnessKey", k));
    return object(send("POST", "/log/peers", body.build().toString(), 201));
  }

  /** The node's registered peers. */
  public List<JsonObject> peers() throws IOException, InterruptedException {
    return objects(send("GET", "/log/peers", null, 200));
  }

  /** Runs one cross-witnessing round now; one result per peer. */
  public List<JsonObject> witnessNow() throws IOException, InterruptedException {
    return objects(send("POST", "/log/peers/witness", null, 200));
  }

  /** The node's published keys ({@code /log/keys}). */
  public JsonObject keys() throws IOException, InterruptedException {
    return object(send("GET", "/log/keys", null, 200));
  }

  /** The URL of the node's checkpoint of {@code size} cosigned by the other country. */
  public String witnessedUrl(long size) {
    return node + "/log/witnessed/" + size;
  }

  /**
   * Fetches the cosigned checkpoint of {@code size} and checks it offline: signed by the node's log
   * key and cosigned by {@code witness} (the other country's witness, as registered).
   */
  public Checkpoint checkWitnessed(long size, VerifierKey witness)
      throws IOException, InterruptedException, LedgerException {
    VerifierKey logKey = VerifierKey.parse(keys().getString("log"));
    SignedNote note = SignedNote.parse(send("GET", "/log/witnessed/" + size, null, 200));
    Checkpoint checkpoint = Checkpoint.open(note, logKey, logKey.name());
    new WitnessPolicy(List.of(witness)).check(note);
    return checkpoint;
  }

  private String send(String method, String path, String json, int expected)
      throws IOException, InterruptedException {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(node + path))
            .timeout(Duration.ofSeconds(30))
            .header("Authorization", "Bearer " + token)
            .header("Accept", "application/json, text/plain");
    if (json != null) {
      request
          .header("Content-Type", "application/json")
          .method(method, HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8));
    } else {
      request.method(method, HttpRequest.BodyPublishers.noBody());
    }
    HttpResponse<String> r =
        http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    if (r.statusCode() != expected || r.body().length() > MAX_BODY) {
      throw new IOException(
          method + " " + node + path + " answered " + r.statusCode() + ": " + abbreviate(r.body()));
    }
    return r.body();
  }

  private static String abbreviate(String body) {
    return body.length() > 500 ? body.substring(0, 500) + "…" : body;
  }

  private static JsonObject object(String json) throws IOException {
    try {
      return Json.createReader(new StringReader(json)).readObject();
    } catch (JsonException | IllegalStateException e) {
      throw new IOException("the node answered no JSON object: " + abbreviate(json), e);
    }
  }

  private static List<JsonObject> objects(String json) throws IOException {
    try {
      JsonArray array = Json.createReader(new StringReader(json)).readArray();
      return array.stream().map(JsonValue::asJsonObject).toList();
    } catch (JsonException | IllegalStateException | ClassCastException e) {
      throw new IOException("the node answered no JSON array of objects: " + abbreviate(json), e);
    }
  }
}
