package org.puente.server.tls;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.math.BigInteger;
import java.net.http.HttpClient;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyStore;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import javax.net.ssl.KeyManager;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.TrustManager;
import org.puente.credentials.CredentialException;
import org.puente.credentials.did.DidDocumentResolver;
import org.puente.credentials.did.DidDocuments;
import org.puente.credentials.keys.KeyType;
import org.puente.credentials.keys.Multikey;
import org.puente.server.node.NodeIdentity;

/**
 * The node's side of node-to-node mutual TLS (TLS 1.3 only): its certificate, self-signed over its
 * TLS key and bound to its DID by the only URI SAN, and a {@link DidBoundTrustManager} that accepts
 * a peer only if its certificate names a DID whose document lists the certificate's key under
 * {@code authentication}. The same context serves the node's peer port and its calls to peers.
 */
public final class PeerTls {
  private static final char[] NO_PASSWORD = new char[0];

  private final SSLContext context;
  private final X509Certificate certificate;
  private final KeyManager[] keyManagers;
  private final Clock clock;
  private final SecureRandom random;

  private PeerTls(
      SSLContext context,
      X509Certificate certificate,
      KeyManager[] keyManagers,
      Clock clock,
      SecureRandom random) {
    this.context = context;
    this.certificate = certificate;
    this.keyManagers = keyManagers.clone();
    this.clock = clock;
    this.random = random;
  }

  /**
   * Builds the context for {@code identity}. A peer's keys come from the document it had when it
   * was registered ({@code peers}), else from {@code documents} (which knows the node's own
   * document and the allowed did:web hosts); a client whose DID neither knows passes the handshake
   * as an unknown node ({@link DidBoundTrustManager#acceptingUnknownClients}).
   */
  public static PeerTls create(
      NodeIdentity identity,
      DidDocumentResolver documents,
      RegisteredPeers peers,
      Clock clock,
      SecureRandom random) {
    KeyPair keys = JcaKeys.keyPair(identity.tls());
    X509Certificate cert =
        DidCertificates.selfSigned(
            identity.did(),
            keys,
            clock.instant().minus(Duration.ofMinutes(5)),
            Duration.ofDays(365),
            new BigInteger(64, random));
    try {
      KeyStore store = KeyStore.getInstance("PKCS12");
      store.load(null, null);
      store.setKeyEntry("node", keys.getPrivate(), NO_PASSWORD, new Certificate[] {cert});
      KeyManagerFactory kmf = KeyManagerFactory.getInstance("PKIX");
      kmf.init(store, NO_PASSWORD);
      TrustManager trust =
          DidBoundTrustManager.acceptingUnknownClients(
              did ->
                  peers
                      .document(did)
                      .map(doc -> authenticationKeys(doc, did))
                      .orElseGet(() -> authenticationKeys(documents, did)),
              clock);
      SSLContext context = context(kmf.getKeyManagers(), trust, random);
      return new PeerTls(context, cert, kmf.getKeyManagers(), clock, random);
    } catch (GeneralSecurityException | java.io.IOException e) {
      throw new IllegalStateException("cannot set up the node's TLS context", e);
    }
  }

  private static SSLContext context(KeyManager[] keys, TrustManager trust, SecureRandom random)
      throws GeneralSecurityException {
    SSLContext context = SSLContext.getInstance("TLSv1.3");
    context.init(keys, new TrustManager[] {trust}, random);
    return context;
  }

  /** The P-256 keys that {@code did}'s document lists under authentication; empty if unknown. */
  static Collection<PublicKey> authenticationKeys(DidDocumentResolver documents, String did) {
    try {
      return authenticationKeys(documents.resolve(did), did);
    } catch (CredentialException | RuntimeException e) {
      return List.of(); // an unresolvable document: an unknown peer
    }
  }

  /**
   * The P-256 keys that {@code document} lists under authentication, if it is {@code did}'s; empty
   * for another DID's or a malformed document.
   */
  public static Collection<PublicKey> authenticationKeys(JsonObject document, String did) {
    List<PublicKey> keys = new ArrayList<>();
    try {
      if (!did.equals(document.getString("id", ""))) {
        return List.of();
      }
      for (JsonValue v : document.getJsonArray("authentication")) {
        String id = v instanceof JsonString s ? s.getString() : v.asJsonObject().getString("id");
        String url = id.startsWith("#") ? did + id : id;
        Multikey key =
            DidDocuments.verificationMethod(document, url, DidDocumentResolver.AUTHENTICATION);
        if (key.type() == KeyType.P256) {
          keys.add(JcaKeys.publicKey(key));
        }
      }
    } catch (CredentialException | RuntimeException e) {
      return List.of(); // a malformed document: an unknown peer
    }
    return keys;
  }

  /** The TLS 1.3 context (server and client side). */
  public SSLContext context() {
    return context;
  }

  /** The node's DID-bound certificate. */
  public X509Certificate certificate() {
    return certificate;
  }

  /**
   * An HTTP client that presents the node's certificate and trusts only DID-bound peers it knows
   * (its own DID, registered peers, resolvable did:web documents).
   */
  public HttpClient client(Duration connectTimeout) {
    return http(context, connectTimeout);
  }

  /**
   * An HTTP client for calls to the one peer {@code did}: it presents the node's certificate and
   * completes a handshake only with a server whose certificate names {@code did} over a P-256 key
   * that {@code didDocument} lists under authentication (the document is the trust anchor).
   */
  public HttpClient clientFor(String did, JsonObject didDocument, Duration connectTimeout) {
    Collection<PublicKey> keys = authenticationKeys(didDocument, did);
    try {
      TrustManager onlyThePeer =
          new DidBoundTrustManager(d -> d.equals(did) ? keys : List.of(), clock);
      return http(context(keyManagers, onlyThePeer, random), connectTimeout);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("cannot set up a TLS client for " + did, e);
    }
  }

  private static HttpClient http(SSLContext context, Duration connectTimeout) {
    SSLParameters params = new SSLParameters();
    params.setProtocols(new String[] {"TLSv1.3"});
    // The peer is authenticated by its DID binding, not by a host name in a CA-issued certificate.
    params.setEndpointIdentificationAlgorithm(null);
    return HttpClient.newBuilder()
        .sslContext(context)
        .sslParameters(params)
        .connectTimeout(connectTimeout)
        .followRedirects(HttpClient.Redirect.NEVER)
        .build();
  }
}
