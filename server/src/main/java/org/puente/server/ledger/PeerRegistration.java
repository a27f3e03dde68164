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
import javax.net.ssl.SSLException;
import org.puente.credentials.jsonld.JsonSupport;
import org.puente.ledger.LedgerException;
import org.puente.ledger.model.VerifierKey;
import org.puente.server.node.Jurisdiction;
import org.puente.server.tls.PeerEndpoint;
import org.puente.server.tls.PeerTls;
import org.puente.server.vcapi.NodeUrls;

/**
 * Registers the other country's authority node from what it publishes. Its DID document (read at
 * {@code <url>/.well-known/did.json}) is the trust anchor: it names the peer's TLS key, its peer
 * endpoint ({@link PeerEndpoint}, the {@code PuenteNodePeer} service) and its log and witness keys.
 * The node then reads the peer's {@code /log/keys} over mutual TLS at that endpoint, with a client
 * that completes the handshake only with a certificate bound to that DID over that key, and checks
 * them — the keys are the ones the DID document names, the peer is an authority of the other
 * country, its log is not this one, the keys match the operator's pins — and keeps the peer, with
 * its DID document, in the {@link PeerDirectory}. Registering again updates the endpoint and the
 * document; a peer whose log or witness keys changed is refused (an operator must look at why).
 */
public final class PeerRegistration {
  private static final int MAX_BYTES = 64 * 1024;
  private static final Duration TIMEOUT = Duration.ofSeconds(10);

  private final PeerDirectory peers;
  private final HttpClient http;
  private final PeerTls tls;
  private final Clock clock;
  private final Optional<Jurisdiction> own;
  private final String ownOrigin;

  /**
   * @param http reads the peer's DID document at the URL the operator gave (plain {@code http} only
   *     to loopback)
   * @param tls the node's mutual TLS, for the calls to the peer endpoint
   * @param own this node's country (empty for a trade party node, which has no peers)
   * @param ownOrigin this node's log origin
   */
  public PeerRegistration(
      PeerDirectory peers,
      HttpClient http,
      PeerTls tls,
      Clock clock,
      Optional<Jurisdiction> own,
      String ownOrigin) {
    this.peers = peers;
    this.http = http;
    this.tls = tls;
    this.clock = clock;
    this.own = own;
    this.ownOrigin = ownOrigin;
  }

  /**
   * What an operator asks for.
   *
   * @param url the peer node's base URL (where it serves its DID document)
   * @param logKey the peer log's vkey if known out of band (a pin), else empty
   * @param witnessKey the peer witness's vkey if known out of band (a pin), else empty
   */
  public record Request(URI url, Optional<String> logKey, Optional<String> witnessKey) {}

  /** Fetches, checks and keeps the peer; returns it as stored. */
  public LedgerPeer register(Request request) throws LogRejection, LedgerException {
    Jurisdiction mine =
        own.orElseThrow(
            () ->
                new LogRejection(
                    409, "not-an-authority", "a trade party's node cross-witnesses no log"));
    URI base = baseUrl(request.url());
    JsonObject document = fetchJson(http, URI.create(base + "/.well-known/did.json"));
    String did = document.getString("id", "");
    PeerEndpoint endpoint = endpoint(document, did);
    HttpClient mtls = tls.clientFor(did, document, Duration.ofSeconds(5));
    JsonObject keys = fetchJson(mtls, URI.create(endpoint.url() + "/log/keys"));
    VerifierKey logKey = key(keys, "log", false);
    VerifierKey witnessKey = key(keys, "witness", true);
    matchesDocument(did, endpoint, keys, logKey, witnessKey);
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
            endpoint.url(),
            theirs,
            did,
            logKey,
            witnessKey,
            Optional.of(document),
            known.map(LedgerPeer::registeredAt).orElse(clock.instant()),
            Optional.empty(),
            Optional.empty());
    peers.save(peer);
    return peers.find(peer.origin()).orElseThrow();
  }

  private static URI baseUrl(URI url) throws LogRejection {
    if (url == null
        || !("http".equals(url.getScheme()) || "https".equals(url.getScheme()))
        || url.getHost() == null) {
      throw new LogRejection(400, "invalid-peer", "the peer URL must be http(s)://host[:port]");
    }
    if ("http".equals(url.getScheme()) && !NodeUrls.isLoopback(url.getAuthority())) {
      throw new LogRejection(
          400, "invalid-peer", "plain http is for loopback peers only (tests, demo): " + url);
    }
    return URI.create(url.toString().replaceAll("/$", ""));
  }

  private static PeerEndpoint endpoint(JsonObject document, String did) throws LogRejection {
    if (!did.startsWith("did:")) {
      throw new LogRejection(502, "invalid-peer", "the peer's DID document has no DID as its id");
    }
    try {
      return PeerEndpoint.of(document)
          .orElseThrow(
              () ->
                  new LogRejection(
                      409,
                      "no-peer-endpoint",
                      did
                          + " advertises no "
                          + PeerEndpoint.TYPE
                          + " service: start it with a peer port (--peer-port)"));
    } catch (IllegalArgumentException e) {
      throw new LogRejection(502, "invalid-peer", did + ": " + e.getMessage());
    }
  }

  // What /log/keys says over the authenticated channel must be what the DID document says.
  private static void matchesDocument(
      String did, PeerEndpoint endpoint, JsonObject keys, VerifierKey log, VerifierKey witness)
      throws LogRejection, LedgerException {
    if (!did.equals(keys.getString("did", ""))
        || !VerifierKey.parse(endpoint.logKey()).equals(log)
        || !VerifierKey.parse(endpoint.witnessKey()).equals(witness)) {
      throw new LogRejection(
          409,
          "peer-document-mismatch",
          "the keys at "
              + endpoint.url()
              + "/log/keys are not the ones "
              + did
              + "'s DID document names");
    }
  }

  private static JsonObject fetchJson(HttpClient client, URI uri) throws LogRejection {
    HttpResponse<String> response;
    try {
      response =
          client.send(
              HttpRequest.newBuilder(uri)
                  .timeout(TIMEOUT)
                  .header("Accept", "application/json")
                  .build(),
              HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    } catch (IOException e) {
      if (handshakeFailed(e)) {
        throw new LogRejection(
            502,
            "peer-handshake-failed",
            "the TLS handshake with " + uri.getAuthority() + " failed: " + e.getMessage());
      }
      throw new LogRejection(502, "peer-unreachable", "cannot read " + uri + ": " + e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new LogRejection(502, "peer-unreachable", "interrupted reading " + uri);
    }
    if (response.statusCode() != 200 || response.body().length() > MAX_BYTES) {
      throw new LogRejection(
          502, "peer-unreachable", uri + " answered " + response.statusCode() + ", not JSON");
    }
    try {
      return JsonSupport.PROVIDER.createReader(new StringReader(response.body())).readObject();
    } catch (JsonException | IllegalStateException e) {
      throw new LogRejection(502, "invalid-peer", uri + " is not a JSON object: " + e);
    }
  }

  private static boolean handshakeFailed(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof SSLException) {
        return true;
      }
    }
    return false;
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
