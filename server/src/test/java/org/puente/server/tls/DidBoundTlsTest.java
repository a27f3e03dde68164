package org.puente.server.tls;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.math.BigInteger;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLServerSocket;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.TrustManager;
import org.junit.jupiter.api.Test;

/**
 * A real TLS 1.3 handshake with client authentication: the server trusts a client certificate bound
 * to a known DID and refuses one that names no DID, an unknown DID, or a known DID with another
 * key.
 */
class DidBoundTlsTest {
  private static final String SERVER = "did:web:cbp-laredo.example";
  private static final String CLIENT = "did:web:anam-nuevo-laredo.example";
  private final Instant now = Instant.now();

  @Test
  void handshake_clientBoundToKnownDid_isAccepted() throws Exception {
    KeyPair server = p256();
    KeyPair client = p256();
    String seen =
        handshake(server, client, cert(CLIENT, client), Map.of(CLIENT, client.getPublic()));
    assertThat(seen).isEqualTo(CLIENT);
  }

  @Test
  void handshake_certificateWithoutDid_isRefused() throws Exception {
    KeyPair server = p256();
    KeyPair client = p256();
    X509Certificate unbound = cert("https://anam.example", client);
    assertThatThrownBy(() -> handshake(server, client, unbound, Map.of(CLIENT, client.getPublic())))
        .isInstanceOf(IOException.class);
  }

  @Test
  void handshake_unknownDidOrOtherKey_isRefused() throws Exception {
    KeyPair server = p256();
    KeyPair client = p256();
    KeyPair impostor = p256();
    assertThatThrownBy(
            () ->
                handshake(
                    server,
                    client,
                    cert("did:web:unknown.example", client),
                    Map.of(CLIENT, client.getPublic())))
        .isInstanceOf(IOException.class);
    assertThatThrownBy(
            () ->
                handshake(
                    server, impostor, cert(CLIENT, impostor), Map.of(CLIENT, client.getPublic())))
        .isInstanceOf(IOException.class);
  }

  @Test
  void check_namesTheFailure() throws Exception {
    KeyPair client = p256();
    DidBoundTrustManager tm = new DidBoundTrustManager(d -> List.of(), Clock.systemUTC());
    assertThatThrownBy(() -> tm.check(new X509Certificate[] {cert("https://x.example", client)}))
        .hasMessageContaining("names no DID");
    assertThatThrownBy(() -> tm.check(new X509Certificate[] {cert(CLIENT, client)}))
        .hasMessageContaining("unknown peer");
  }

  /** Runs one handshake; returns the DID the server's trust manager bound the client to. */
  private String handshake(
      KeyPair server, KeyPair client, X509Certificate clientCert, Map<String, PublicKey> known)
      throws Exception {
    DidBoundTrustManager serverTrust =
        new DidBoundTrustManager(
            did -> known.containsKey(did) ? List.of(known.get(did)) : List.of(), Clock.systemUTC());
    SSLContext serverContext = context(server, cert(SERVER, server), serverTrust);
    SSLContext clientContext =
        context(
            client,
            clientCert,
            new DidBoundTrustManager(
                did -> did.equals(SERVER) ? List.of(server.getPublic()) : List.of(),
                Clock.systemUTC()));
    try (SSLServerSocket listener =
        (SSLServerSocket) serverContext.getServerSocketFactory().createServerSocket(0)) {
      listener.setNeedClientAuth(true);
      listener.setEnabledProtocols(new String[] {"TLSv1.3"});
      CompletableFuture<String> accepted =
          CompletableFuture.supplyAsync(
              () -> {
                try (SSLSocket s = (SSLSocket) listener.accept()) {
                  s.startHandshake();
                  X509Certificate peer = (X509Certificate) s.getSession().getPeerCertificates()[0];
                  s.getOutputStream().write(1);
                  return serverTrust.check(new X509Certificate[] {peer});
                } catch (Exception e) {
                  return "refused: " + e.getMessage();
                }
              });
      try (SSLSocket socket =
          (SSLSocket)
              clientContext.getSocketFactory().createSocket("localhost", listener.getLocalPort())) {
        socket.setEnabledProtocols(new String[] {"TLSv1.3"});
        socket.startHandshake();
        if (socket.getInputStream().read() != 1) {
          throw new IOException(
              "the server closed the connection: " + accepted.get(10, TimeUnit.SECONDS));
        }
      }
      return accepted.get(10, TimeUnit.SECONDS);
    }
  }

  private static SSLContext context(KeyPair keys, X509Certificate cert, TrustManager trust)
      throws Exception {
    KeyStore store = KeyStore.getInstance("PKCS12");
    store.load(null, null);
    char[] password = "changeit".toCharArray();
    store.setKeyEntry("node", keys.getPrivate(), password, new Certificate[] {cert});
    KeyManagerFactory kmf = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
    kmf.init(store, password);
    SSLContext context = SSLContext.getInstance("TLSv1.3");
    context.init(kmf.getKeyManagers(), new TrustManager[] {trust}, new SecureRandom());
    return context;
  }

  private X509Certificate cert(String san, KeyPair keys) {
    return DidCertificates.selfSigned(
        san,
        keys,
        now.minusSeconds(60),
        Duration.ofDays(30),
        BigInteger.valueOf(now.toEpochMilli()));
  }

  private static KeyPair p256() throws Exception {
    KeyPairGenerator g = KeyPairGenerator.getInstance("EC");
    g.initialize(new ECGenParameterSpec("secp256r1"));
    return g.generateKeyPair();
  }
}
