package org.puente.server.tls;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.math.BigInteger;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.puente.server.NodeTestBase;
import org.puente.server.node.NodeIdentity;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The running node's peer port (TLS 1.3, client certificate required): a client bound to a DID
 * whose document lists its key gets through to the API; a client without a certificate, or with a
 * certificate that names the DID over another key, fails the handshake.
 */
class PeerTlsTest extends NodeTestBase {
  @Autowired PeerTls tls;
  @Autowired PeerTlsConfiguration.PeerConnector peer;
  @Autowired NodeIdentity identity;

  private URI didDocument() {
    assertThat(peer.localPort()).isPositive();
    return URI.create("https://localhost:" + peer.localPort() + "/.well-known/did.json");
  }

  private static HttpResponse<String> get(HttpClient client, URI uri)
      throws IOException, InterruptedException {
    return client.send(
        HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(20)).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void aPeerBoundToAKnownDid_isServed() throws Exception {
    // the node knows its own DID document: its own certificate is a known peer's
    HttpResponse<String> r = get(tls.client(Duration.ofSeconds(10)), didDocument());
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.body()).contains(identity.tls().publicKey().toMultibase());
    assertThat(DidCertificates.didOf(tls.certificate())).contains(identity.did());
  }

  @Test
  void aClientWithoutCertificate_failsTheHandshake() throws Exception {
    HttpClient anonymous = client(null, null);
    assertThatThrownBy(() -> get(anonymous, didDocument()))
        .isInstanceOf(IOException.class)
        .hasStackTraceContaining("bad_certificate");
  }

  @Test
  void aCertificateNamingTheDidOverAnotherKey_failsTheHandshake() throws Exception {
    KeyPairGenerator g = KeyPairGenerator.getInstance("EC");
    g.initialize(new ECGenParameterSpec("secp256r1"));
    KeyPair impostor = g.generateKeyPair();
    X509Certificate forged =
        DidCertificates.selfSigned(
            identity.did(),
            impostor,
            Instant.now().minusSeconds(60),
            Duration.ofDays(1),
            BigInteger.TEN);
    HttpClient client = client(impostor, forged);
    assertThatThrownBy(() -> get(client, didDocument()))
        .isInstanceOf(IOException.class)
        .hasStackTraceContaining("certificate_unknown");
  }

  /** A TLS 1.3 client that trusts the node's certificate and presents {@code cert}, if any. */
  private HttpClient client(KeyPair keys, X509Certificate cert) throws Exception {
    return TestPeers.tlsClient(
        keys,
        cert,
        did ->
            did.equals(identity.did())
                ? List.of(JcaKeys.publicKey(identity.tls().publicKey()))
                : List.of());
  }
}
