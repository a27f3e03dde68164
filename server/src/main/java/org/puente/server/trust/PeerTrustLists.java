package org.puente.server.trust;

import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.puente.credentials.CredentialException;
import org.puente.credentials.jsonld.JsonSupport;
import org.puente.credentials.keys.KeyType;
import org.puente.credentials.keys.Multikey;
import org.puente.server.api.NodeException;
import org.puente.server.tls.PeerEndpoint;
import org.puente.server.tls.PeerTls;
import org.puente.server.vcapi.NodeUrls;

/**
 * Trust lists fetched from peer nodes and cached in memory. A fetch reads the peer's DID document
 * ({@code /.well-known/did.json}) and its signed list ({@code /api/v1/trust-list}), checks that the
 * list's {@code issuer} is the DID document's {@code id} and that the signature verifies with the
 * Ed25519 verification method named by {@code kid}; only then is it cached. {@link #fresh} returns
 * only lists whose {@code notAfter} has not passed.
 *
 * <p>When the DID document advertises a peer endpoint ({@code PuenteNodePeer}) the list is read
 * there over mutual TLS, from a server whose certificate is bound to that DID over the document's
 * TLS key; otherwise from the base URL (plain {@code http} only to loopback).
 *
 * <p><b>Warning:</b> a peer's DID document is taken from the URL it is fetched from; binding that
 * URL to a did:web is the job of the did:web resolver (HTTPS with the Web PKI).
 */
public final class PeerTrustLists {
  private static final int MAX_BYTES = 4 * 1024 * 1024;

  private final HttpClient http;
  private final PeerTls tls;
  private final Map<URI, TrustList> cache = new ConcurrentHashMap<>();

  /**
   * Reads DID documents with {@code http} and lists over mutual TLS ({@code tls}) from peers that
   * advertise a peer endpoint.
   */
  public PeerTrustLists(HttpClient http, PeerTls tls) {
    this.http = http;
    this.tls = tls;
  }

  /**
   * Fetches, verifies and caches the list of the node at {@code baseUrl}.
   *
   * @throws NodeException {@code upstream-unavailable} if the peer does not answer usably, {@code
   *     invalid-trust-list} if the list does not verify
   */
  public TrustList refresh(URI baseUrl) throws NodeException {
    if ("http".equals(baseUrl.getScheme()) && !NodeUrls.isLoopback(baseUrl.getAuthority())) {
      throw new NodeException(
          NodeException.Code.UPSTREAM_UNAVAILABLE,
          "plain http is for loopback peers only (tests, demo): " + baseUrl);
    }
    JsonObject didDocument = readJson(get(http, baseUrl.resolve("/.well-known/did.json")));
    String jws = get(listClient(didDocument), listUrl(baseUrl, didDocument)).strip();
    String kid = kidOf(jws);
    Multikey key = ed25519Method(didDocument, kid);
    TrustList list = TrustListSigner.verify(jws, key, kid);
    if (!list.issuer().equals(didDocument.getString("id", ""))) {
      throw new NodeException(
          NodeException.Code.INVALID_TRUST_LIST,
          "trust list issuer " + list.issuer() + " is not the DID document's id");
    }
    cache.put(baseUrl, list);
    return list;
  }

  /** The cached lists still usable at {@code now}. */
  public List<TrustList> fresh(Instant now) {
    return cache.values().stream().filter(l -> now.isBefore(l.notAfter())).toList();
  }

  private static String kidOf(String jws) throws NodeException {
    try {
      return com.nimbusds.jose.JWSObject.parse(jws).getHeader().getKeyID();
    } catch (java.text.ParseException e) {
      throw new NodeException(NodeException.Code.INVALID_TRUST_LIST, "not a compact JWS");
    }
  }

  private static Multikey ed25519Method(JsonObject didDocument, String kid) throws NodeException {
    for (JsonValue v : didDocument.getJsonArray("verificationMethod")) {
      JsonObject method = v.asJsonObject();
      if (kid != null && kid.equals(method.getString("id", null))) {
        try {
          Multikey key = Multikey.fromMultibase(method.getString("publicKeyMultibase"));
          if (key.type() == KeyType.ED25519) {
            return key;
          }
        } catch (CredentialException e) {
          throw new NodeException(NodeException.Code.INVALID_TRUST_LIST, e.getMessage());
        }
      }
    }
    throw new NodeException(
        NodeException.Code.INVALID_TRUST_LIST,
        "no Ed25519 verification method " + kid + " in the DID document");
  }

  // Over mutual TLS to the peer endpoint when the DID document advertises one; else (a node
  // without a peer port) from the base URL, plain http only to loopback.
  private HttpClient listClient(JsonObject didDocument) throws NodeException {
    return endpoint(didDocument).isPresent()
        ? tls.clientFor(didDocument.getString("id", ""), didDocument, Duration.ofSeconds(5))
        : http;
  }

  private static URI listUrl(URI baseUrl, JsonObject didDocument) throws NodeException {
    return endpoint(didDocument)
        .map(e -> URI.create(e.url() + "/api/v1/trust-list"))
        .orElse(baseUrl.resolve("/api/v1/trust-list"));
  }

  private static Optional<PeerEndpoint> endpoint(JsonObject didDocument) throws NodeException {
    try {
      return PeerEndpoint.of(didDocument);
    } catch (IllegalArgumentException e) {
      throw new NodeException(NodeException.Code.INVALID_TRUST_LIST, e.getMessage());
    }
  }

  private static String get(HttpClient http, URI uri) throws NodeException {
    try {
      HttpResponse<byte[]> response =
          http.send(
              HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(10)).GET().build(),
              HttpResponse.BodyHandlers.ofByteArray());
      if (response.statusCode() != 200 || response.body().length > MAX_BYTES) {
        throw new NodeException(
            NodeException.Code.UPSTREAM_UNAVAILABLE,
            uri
                + " answered "
                + response.statusCode()
                + " with "
                + response.body().length
                + " bytes");
      }
      return new String(response.body(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new NodeException(NodeException.Code.UPSTREAM_UNAVAILABLE, uri + ": " + e.getMessage());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new NodeException(
          NodeException.Code.UPSTREAM_UNAVAILABLE, "interrupted fetching " + uri);
    }
  }

  private static JsonObject readJson(String text) throws NodeException {
    try (JsonReader reader = JsonSupport.PROVIDER.createReader(new StringReader(text))) {
      return reader.readObject();
    } catch (RuntimeException e) {
      throw new NodeException(NodeException.Code.INVALID_TRUST_LIST, "DID document is not JSON");
    }
  }
}
