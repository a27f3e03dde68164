package org.puente.server.tls;

import java.security.GeneralSecurityException;
import java.security.PublicKey;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.util.Date;
import java.util.Optional;
import java.util.function.Function;
import javax.net.ssl.X509TrustManager;

/**
 * Trusts a peer's TLS certificate (mutual TLS between nodes) only if it is bound to a DID the node
 * knows: a valid self-signed certificate whose single DID SAN names a known peer and whose public
 * key is that peer's ({@code keyOfDid}, from the peer's DID document or the trust registry).
 * Anything else fails the handshake.
 */
public final class DidBoundTrustManager implements X509TrustManager {
  private final Function<String, Optional<PublicKey>> keyOfDid;
  private final Clock clock;

  /** Trusts the DIDs for which {@code keyOfDid} knows a key. */
  public DidBoundTrustManager(Function<String, Optional<PublicKey>> keyOfDid, Clock clock) {
    this.keyOfDid = keyOfDid;
    this.clock = clock;
  }

  @Override
  public void checkClientTrusted(X509Certificate[] chain, String authType)
      throws CertificateException {
    check(chain);
  }

  @Override
  public void checkServerTrusted(X509Certificate[] chain, String authType)
      throws CertificateException {
    check(chain);
  }

  @Override
  public X509Certificate[] getAcceptedIssuers() {
    return new X509Certificate[0];
  }

  /** The DID a trusted chain is bound to. */
  public String check(X509Certificate[] chain) throws CertificateException {
    if (chain == null || chain.length != 1) {
      throw new CertificateException("expected one self-signed certificate");
    }
    X509Certificate cert = chain[0];
    cert.checkValidity(Date.from(clock.instant()));
    String did =
        DidCertificates.didOf(cert)
            .orElseThrow(() -> new CertificateException("the certificate names no DID in its SAN"));
    PublicKey expected =
        keyOfDid.apply(did).orElseThrow(() -> new CertificateException("unknown peer " + did));
    if (!expected.equals(cert.getPublicKey())) {
      throw new CertificateException("the certificate's key is not " + did + "'s");
    }
    try {
      cert.verify(cert.getPublicKey());
    } catch (GeneralSecurityException e) {
      throw new CertificateException("the certificate's self-signature does not verify", e);
    }
    return did;
  }
}
