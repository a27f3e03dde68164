package org.puente.server.tls;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.Optional;
import org.apache.catalina.connector.Connector;
import org.apache.coyote.http11.Http11NioProtocol;
import org.apache.tomcat.util.net.SSLHostConfig;
import org.apache.tomcat.util.net.SSLHostConfigCertificate;
import org.puente.credentials.did.DidDocumentResolver;
import org.puente.server.node.NodeIdentity;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The node-to-node port: a second Tomcat connector on {@code puente.node.peer-port} (off by
 * default; 0 picks a free port) that speaks TLS 1.3 only and requires a client certificate, with
 * {@link PeerTls}'s DID-bound certificate and trust manager. A peer that cannot present a
 * certificate bound to a DID whose document lists its key fails the handshake; behind it, requests
 * meet the same access rules as on the main port.
 */
@Configuration
public class PeerTlsConfiguration {
  @Bean
  PeerTls peerTls(
      NodeIdentity identity,
      DidDocumentResolver documents,
      RegisteredPeers peers,
      Clock clock,
      SecureRandom random) {
    return PeerTls.create(identity, documents, peers, clock, random);
  }

  @Bean
  PeerConnector peerConnector(PeerTls tls, @Value("${puente.node.peer-port:-1}") int port) {
    return new PeerConnector(port < 0 ? Optional.empty() : Optional.of(connector(tls, port)));
  }

  @Bean
  WebServerFactoryCustomizer<TomcatServletWebServerFactory> peerConnectorCustomizer(
      PeerConnector peer) {
    return factory -> peer.connector().ifPresent(factory::addAdditionalConnectors);
  }

  private static Connector connector(PeerTls tls, int port) {
    Connector connector = new Connector(Http11NioProtocol.class.getName());
    connector.setPort(port);
    connector.setScheme("https");
    connector.setSecure(true);
    Http11NioProtocol protocol = (Http11NioProtocol) connector.getProtocolHandler();
    protocol.setSSLEnabled(true);
    SSLHostConfig host = new SSLHostConfig();
    host.setHostName("_default_"); // Tomcat's default SSL host name
    host.setProtocols("TLSv1.3");
    host.setCertificateVerification("required");
    parseCiphersOnce(host);
    SSLHostConfigCertificate certificate =
        new SSLHostConfigCertificate(host, SSLHostConfigCertificate.Type.EC);
    certificate.setSslContext(new TomcatSslContext(tls));
    host.addCertificate(certificate);
    protocol.addSslHostConfig(host);
    return connector;
  }

  // Tomcat's cipher-list parser fills its static tables lazily without a lock: two nodes starting
  // in one JVM (the demo, tests) can both fill them and fail with UnsupportedOperationException.
  // Parsing once here, under a lock, fills them before any connector starts.
  private static synchronized void parseCiphersOnce(SSLHostConfig host) {
    host.getJsseCipherNames();
  }

  /** The peer connector, if the node has one (its port once started). */
  public record PeerConnector(Optional<Connector> connector) {
    /** The port it listens on (the chosen one when configured with 0); -1 without a connector. */
    public int localPort() {
      return connector.map(Connector::getLocalPort).orElse(-1);
    }
  }
}
