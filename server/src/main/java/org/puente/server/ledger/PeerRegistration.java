package org.puente.server.ledger;

import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import org.puente.credentials.jsonld.JsonSupport;
import org.puente.ledger.LedgerException;
import org.puente.ledger.model.VerifierKey;
import org.puente.server.node.Jurisdiction;

/**
 * Registers the other country's authority node from what it publishes: reads the peer's {@code
 * <url>/log/keys} (its log origin and key, its witness key, its role and DID), checks them — the
 * peer is an authority of the other country, its log is not this one, the keys are of the right
 * types and match the pins the operator gave — and keeps the peer in the {@link PeerDirectory}.
 * Registering again updates the URL and token; a peer whose keys changed is refused (an operator
 * must look at why).
 */
public final class PeerRegistration {
  private static final int MAX_KEYS_BYTES = 16 * 1024;

  private final PeerDirectory peers;
  private final HttpClient http;
  private final Clock clock;
  private final Optional<Jurisdiction> own;
  private final String ownOrigin;

  /**
   * @param own this node's country (empty for a trade party node, which has no peers)
   * @param ownOrigin this node's log origin
   */
  public PeerRegistration(
      PeerDirectory peers,
      HttpClient http,
      Clock clock,
      Optional<Jurisdiction> own,
      String ownOrigin) {
    this.peers = peers;
    this.http = http;
    this.clock = clock;
    this.own = own;
    this.ownOrigin = ownOrigin;
  }

  /**
   * What an operator asks for.
   *
   * @param url the peer node's base URL
   * @param token the bearer token the peer issued to this node for {@code add-checkpoint}
   * @param logKey the peer log's vkey if known out of band (a pin), else empty
   * @param witnessKey the peer witness's vkey if known out of band (a pin), else empty
   */
  public record Request(
      URI url, String token, Optional<String> logKey, Optional<String> witnessKey) {}

  /** Fetches, checks and keeps the peer; returns it as stored. */
  public LedgerPeer register(Request request) throws LogRejection, LedgerException {
    Jurisdiction mine =
        own.orElseThrow(
            () ->
                new LogRejection(
                    409, "not-an-authority", "a trade party's node cross-witnesses no log"));
    if (request.token() == null || request.token().isBlank()) {
      throw new LogRejection(400, "invalid-peer", "the token the peer accepts is required");
    }
    JsonObject keys = fetchKeys(request.url());
    VerifierKey logKey = key(keys, "log", false);
    VerifierKey witnessKey = key(keys, "witness", true);
    Jurisdiction theirs = jurisdiction(keys);
    if (theirs == mine) {
      throw new LogRejection(
          409,
          "same-jurisdiction",
          "the peer at " + request.url() + " is a " + theirs + " node, as this one is");
    }
    if (logKey.name().equals(ownOrigin)) {
      throw new LogRejection(409, "own-log", "the peer publishes this node's own log origin");
    }
    pin("log", request.logKey(), logKey);
    pin("witness", request.witnessKey(), witnessKey);
    Optional<LedgerPeer> known = peers.find(logKey.name());
    if (known.isPresent()
        && (!known.get().logKey().equals(logKey) || !known.get().witnessKey().equals(witnessKey))) {
      throw new LogRejection(
          409,
          "peer-key-changed",
          "the peer " + logKey.name() + " now publishes other keys than when it was registered");
    }
    LedgerPeer peer =
        new LedgerPeer(
            logKey.name(),
            request.url(),
            theirs,
            keys.getString("did", ""),
            logKey,
            witnessKey,
            request.token(),
            known.map(LedgerPeer::registeredAt).orElse(clock.instant()),
            Optional.empty(),
            Optional.empty());
    peers.save(peer);
    return peers.find(peer.origin()).orElseThrow();
  }

  private JsonObject fetchKeys(URI url) throws LogRejection {
    if (url == null
        || !("http".equals(url.getScheme()) || "https".equals(url.getScheme()))
        || url.getHost() == null) {
      throw new LogRejection(400, "invalid-peer", "the peer URL must be http(s)://host[:port]");
    }
    URI keys = URI.create(url.toString().replaceAll("/$", "") + "/log/keys");
    HttpResponse<String> response;
    try {
      response =
          http.send(
              HttpRequest.newBuilder(keys)
                  .timeout(Duration.ofSeconds(10))
                  .header("Accept", "application/json")
                  .build(),
              HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new LogRejection(502, "peer-unreachable", "cannot read " + keys + ": " + e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new LogRejection(502, "peer-unreachable", "interrupted reading " + keys);
    }
    if (response.statusCode() != 200 || response.body().length() > MAX_KEYS_BYTES) {
      throw new LogRejection(
          502, "peer-unreachable", keys + " answered " + response.statusCode() + ", not its keys");
    }
    try {
      return JsonSupport.PROVIDER.createReader(new StringReader(response.body())).readObject();
    } catch (JsonException | IllegalStateException e) {
      throw new LogRejection(502, "invalid-peer", keys + " is not a JSON object: " + e);
    }
  }

  private static VerifierKey key(JsonObject keys, String field, boolean cosigner)
      throws LogRejection {
    try {
      VerifierKey key = VerifierKey.parse(keys.getString(field));
      if (key.isCosigner() != cosigner) {
        throw new LogRejection(
            502, "invalid-peer", "the peer's '" + field + "' key is of the wrong type");
      }
      return key;
    } catch (LedgerException | NullPointerException | ClassCastException e) {
      throw new LogRejection(502, "invalid-peer", "the peer's '" + field + "' key: " + e);
    }
  }

  private static Jurisdiction jurisdiction(JsonObject keys) throws LogRejection {
    String role = keys.getString("role", "");
    if (!role.equalsIgnoreCase("us") && !role.equalsIgnoreCase("mx")) {
      throw new LogRejection(
          409, "not-an-authority", "the peer's node role is '" + role + "', not us or mx");
    }
    return Jurisdiction.parse(role);
  }

  private static void pin(String what, Optional<String> expected, VerifierKey found)
      throws LogRejection, LedgerException {
    if (expected.isPresent() && !VerifierKey.parse(expected.get()).equals(found)) {
      throw new LogRejection(
          409,
          "peer-key-mismatch",
          "the peer publishes " + what + " key " + found.encode() + ", expected " + expected.get());
    }
  }
}
