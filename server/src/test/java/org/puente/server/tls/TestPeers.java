package org.puente.server.tls;

import jakarta.json.JsonObject;
import java.math.BigInteger;
import java.net.http.HttpClient;
import java.security.KeyPair;
import java.security.KeyStore;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.function.Function;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.TrustManager;
import org.puente.credentials.jsonld.JsonSupport;
import org.puente.credentials.keys.KeyType;
import org.puente.credentials.keys.MultikeyPair;

/**
 * Test peers for node-to-node mutual TLS: a DID with a fresh P-256 TLS key, its DID document, and
 * an HTTP client that presents a certificate bound to it (or to any DID over any key) to one server
 * node.
 *
 * @param did the DID
 * @param tlsKey its TLS key
 */
public record TestPeers(String did, MultikeyPair tlsKey) {
  /** A DID with a fresh TLS key. */
  public static TestPeers generate(String did) {
    return new TestPeers(did, MultikeyPair.generate(KeyType.P256, new SecureRandom()));
  }

  /** The DID document listing the TLS key under authentication (as a node's does). */
  public JsonObject didDocument() {
    String vm = did + "#" + tlsKey.publicKey().toMultibase();
    return JsonSupport.PROVIDER
        .createObjectBuilder()
        .add("id", did)
        .add(
            "verificationMethod",
            JsonSupport.PROVIDER
                .createArrayBuilder()
                .add(tlsKey.publicKey().toVerificationMethod(vm, did)))
        .add("authentication", JsonSupport.PROVIDER.createArrayBuilder().add(vm))
        .build();
  }

  /** The key pair as JCA keys. */
  public KeyPair keyPair() {
    return JcaKeys.keyPair(tlsKey);
  }

  /**
   * A client presenting a certificate bound to {@code certificateDid} over this peer's key, to the
   * server {@code serverDid} whose document is {@code serverDocument}.
   */
  public HttpClient clientAs(String certificateDid, String serverDid, JsonObject serverDocument)
      throws Exception {
    KeyPair keys = keyPair();
    X509Certificate cert =
        DidCertificates.selfSigned(
            certificateDid,
            keys,
            Instant.now().minusSeconds(60),
            Duration.ofDays(1),
            BigInteger.valueOf(7));
    return tlsClient(
        keys,
        cert,
        d ->
            d.equals(serverDid)
                ? PeerTls.authenticationKeys(serverDocument, serverDid)
                : List.of());
  }

  /**
   * A TLS 1.3 client presenting {@code cert} over {@code keys} (no certificate when both are null)
   * and trusting a server only if its certificate's DID and key are among what {@code trusted}
   * gives, through the node's own {@link DidBoundTrustManager}.
   */
  static HttpClient tlsClient(
      KeyPair keys, X509Certificate cert, Function<String, Collection<PublicKey>> trusted)
      throws Exception {
    KeyStore store = KeyStore.getInstance("PKCS12");
    store.load(null, null);
    if (keys != null) {
      store.setKeyEntry("client", keys.getPrivate(), new char[0], new Certificate[] {cert});
    }
    KeyManagerFactory kmf = KeyManagerFactory.getInstance("PKIX");
    kmf.init(store, new char[0]);
    SSLContext context = SSLContext.getInstance("TLSv1.3");
    TrustManager server = new DidBoundTrustManager(trusted, Clock.systemUTC());
    context.init(kmf.getKeyManagers(), new TrustManager[] {server}, new SecureRandom());
    SSLParameters params = new SSLParameters();
    params.setEndpointIdentificationAlgorithm(null);
    return HttpClient.newBuilder()
        .sslContext(context)
        .sslParameters(params)
        .connectTimeout(Duration.ofSeconds(10))
        .build();
  }

  /** {@link #clientAs} with this peer's own DID. */
  public HttpClient client(String serverDid, JsonObject serverDocument) throws Exception {
    return clientAs(did, serverDid, serverDocument);
  }
}
