package org.puente.server.tls;

import java.net.Socket;
import java.security.GeneralSecurityException;
import java.security.PublicKey;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.util.Collection;
import java.util.Date;
import java.util.function.Function;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.X509ExtendedTrustManager;

/**
 * Trusts a peer's TLS certificate (mutual TLS between nodes) only if it is bound to a DID the node
 * knows: a valid self-signed certificate whose single DID SAN names a known peer and whose public
 * key is one of that peer's ({@code keysOfDid}: the authentication keys of its DID document).
 * Anything else fails the handshake.
 *
 * <p>It is an {@link X509ExtendedTrustManager} so that the JDK leaves host-name checks to it: a
 * peer is identified by the DID its certificate is bound to, not by a DNS name from a certificate
 * authority (clients that must reach one particular peer check the session's peer DID with {@link
 * #check}).
 */
public final class DidBoundTrustManager extends X509ExtendedTrustManager {
  private final Function<String, Collection<PublicKey>> keysOfDid;
  private final Clock clock;
  private final boolean acceptUnknownClients;

  /**
   * Trusts the DIDs for which {@code keysOfDid} knows keys (a peer's authentication keys; empty for
   * a DID the node does not know), when the certificate's key is one of them.
   */
  public DidBoundTrustManager(Function<String, Collection<PublicKey>> keysOfDid, Clock clock) {
    this(keysOfDid, clock, false);
  }

  private DidBoundTrustManager(
      Function<String, Collection<PublicKey>> keysOfDid,
      Clock clock,
      boolean acceptUnknownClients) {
    this.keysOfDid = keysOfDid;
    this.clock = clock;
    this.acceptUnknownClients = acceptUnknownClients;
  }

  /**
   * The server side of the peer port: like the strict one for servers and for clients whose DID it
   * knows (the key must be the DID's), but a client whose DID it cannot resolve is let through the
   * handshake with a valid self-signed DID-bound certificate, as a node it does not know: such a
   * caller is no peer (behind the handshake it reaches only public endpoints), yet it can read a
   * node's public keys before that node has registered it, which is how two nodes pair.
   *
   * <p><b>Warning:</b> the DID of an unknown client is only a claim; nothing may be granted on it.
   */
  public static DidBoundTrustManager acceptingUnknownClients(
      Function<String, Collection<PublicKey>> keysOfDid, Clock clock) {
    return new DidBoundTrustManager(keysOfDid, clock, true);
  }

  @Override
  public void checkClientTrusted(X509Certificate[] chain, String authType)
      throws CertificateException {
    checkClient(chain);
  }

  @Override
  public void checkServerTrusted(X509Certificate[] chain, String authType)
      throws CertificateException {
    check(chain);
  }

  @Override
  public void checkClientTrusted(X509Certificate[] chain, String authType, Socket socket)
      throws CertificateException {
    checkClient(chain);
  }

  @Override
  public void checkServerTrusted(X509Certificate[] chain, String authType, Socket socket)
      throws CertificateException {
    check(chain);
  }

  @Override
  public void checkClientTrusted(X509Certificate[] chain, String authType, SSLEngine engine)
      throws CertificateException {
    checkClient(chain);
  }

  @Override
  public void checkServerTrusted(X509Certificate[] chain, String authType, SSLEngine engine)
      throws CertificateException {
    check(chain);
  }

  @Override
  public X509Certificate[] getAcceptedIssuers() {
    return new X509Certificate[0];
  }

  /** The DID a trusted chain is bound to. */
  public String check(X509Certificate[] chain) throws CertificateException {
    return check(chain, false);
  }

  private void checkClient(X509Certificate[] chain) throws CertificateException {
    check(chain, acceptUnknownClients);
  }

  private String check(X509Certificate[] chain, boolean unknownOk) throws CertificateException {
    if (chain == null || chain.length != 1) {
      throw new CertificateException("expected one self-signed certificate");
    }
    X509Certificate cert = chain[0];
    cert.checkValidity(Date.from(clock.instant()));
    String did =
        DidCertificates.didOf(cert)
            .orElseThrow(() -> new CertificateException("the certificate names no DID in its SAN"));
    Collection<PublicKey> expected = keysOfDid.apply(did);
    if (expected.isEmpty() && !unknownOk) {
      throw new CertificateException("unknown peer " + did);
    }
    if (!expected.isEmpty() && !expected.contains(cert.getPublicKey())) {
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
