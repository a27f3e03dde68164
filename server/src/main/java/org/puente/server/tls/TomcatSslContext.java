package org.puente.server.tls;

import java.security.KeyManagementException;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import javax.net.ssl.KeyManager;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLServerSocketFactory;
import javax.net.ssl.SSLSessionContext;
import javax.net.ssl.TrustManager;

/**
 * Hands Tomcat a ready {@link SSLContext} (Tomcat otherwise builds its own from keystore files and
 * cannot take a custom trust manager instance): the peer connector's certificate is {@link
 * PeerTls}'s and its trust manager is the DID-bound one.
 */
final class TomcatSslContext implements org.apache.tomcat.util.net.SSLContext {
  private final SSLContext context;
  private final X509Certificate certificate;

  TomcatSslContext(PeerTls tls) {
    this.context = tls.context();
    this.certificate = tls.certificate();
  }

  @Override
  public void init(KeyManager[] kms, TrustManager[] tms, SecureRandom sr)
      throws KeyManagementException {
    // already initialised by PeerTls
  }

  @Override
  public void destroy() {}

  @Override
  public SSLSessionContext getServerSessionContext() {
    return context.getServerSessionContext();
  }

  @Override
  public SSLEngine createSSLEngine() {
    return context.createSSLEngine();
  }

  @Override
  public SSLServerSocketFactory getServerSocketFactory() {
    return context.getServerSocketFactory();
  }

  @Override
  public SSLParameters getSupportedSSLParameters() {
    return context.getSupportedSSLParameters();
  }

  @Override
  public X509Certificate[] getCertificateChain(String alias) {
    return new X509Certificate[] {certificate};
  }

  @Override
  public X509Certificate[] getAcceptedIssuers() {
    return new X509Certificate[0];
  }
}
