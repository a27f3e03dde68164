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
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.TrustManager;
import org.puente.credentials.CredentialException;
import org.puente.credentials.did.DidDocumentResolver;
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

  private PeerTls(SSLContext context, X509Certificate certificate) {
    this.context = context;
    this.certificate = certificate;
  }

  /**
   * Builds the context for {@code identity}, resolving peers' DID documents with {@code documents}
   * (which knows the node's own document and the allowed peer hosts).
   */
  public static PeerTls create(
      NodeIdentity identity, DidDocumentResolver documents, Clock clock, SecureRandom random) {
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
      SSLContext context = SSLContext.getInstance("TLSv1.3");
      context.init(
          kmf.getKeyManagers(),
          new TrustManager[] {
            new DidBoundTrustManager(did -> authenticationKeys(documents, did), clock)
          },
          random);
      return new PeerTls(context, cert);
    } catch (GeneralSecurityException | java.io.IOException e) {
      throw new IllegalStateException("cannot set up the node's TLS context", e);
    }
  }

  /** The P-256 keys that {@code did}'s document lists under authentication; empty if unknown. */
  static Collection<PublicKey> authenticationKeys(DidDocumentResolver documents, String did) {
    List<PublicKey> keys = new ArrayList<>();
    try {
      JsonObject doc = documents.resolve(did);
      for (JsonValue v : doc.getJsonArray("authentication")) {
        String id = v instanceof JsonString s ? s.getString() : v.asJsonObject().getString("id");
        String url = id.startsWith("#") ? did + id : id;
        Multikey key = documents.verificationMethod(url, DidDocumentResolver.AUTHENTICATION);
        if (key.type() == KeyType.P256) {
          keys.add(JcaKeys.publicKey(key));
        }
      }
    } catch (CredentialException | RuntimeException e) {
      return List.of(); // an unresolvable or malformed document: an unknown peer
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

  /** An HTTP client that presents the node's certificate and trusts only DID-bound peers. */
  public HttpClient client(Duration connectTimeout) {
    SSLParameters params = new SSLParameters();
    params.setProtocols(new String[] {"TLSv1.3"});
    // The peer is authenticated by its DID binding, not by a host name in a CA-issued certificate.
    params.setEndpointIdentificationAlgorithm(null);
    return HttpClient.newBuilder()
        .sslContext(context)
        .sslParameters(params)
        .connectTimeout(connectTimeout)
        .build();
  }
}
