package org.puente.server.auth;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.security.cert.CertificateParsingException;
import java.security.cert.X509Certificate;
import java.util.Optional;
import org.puente.server.tls.DidCertificates;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Node-to-node authentication on the peer port: a request that carries no bearer token but came
 * with a client certificate (the TLS handshake already checked it against the DID's document) is
 * the registered peer authority that certificate is bound to ({@link PeerCallers}), with the role
 * {@link Role#PEER_NODE}. A certificate of any other DID makes no caller; the request attribute
 * {@link #UNREGISTERED_PEER} then names its DID so that refusals say why ({@code
 * peer-not-registered}). A bearer token, when present, decides instead (people on the peer port).
 */
public final class PeerCertificateFilter extends OncePerRequestFilter {
  /** Request attribute: the DID of a client certificate that is no registered peer's. */
  public static final String UNREGISTERED_PEER =
      PeerCertificateFilter.class.getName() + ".unregistered";

  private static final String CERTIFICATES = "jakarta.servlet.request.X509Certificate";

  private final PeerCallers peers;
  private final SecurityContextHolderStrategy holder =
      SecurityContextHolder.getContextHolderStrategy();

  /** Identifies peers with {@code peers}. */
  public PeerCertificateFilter(PeerCallers peers) {
    this.peers = peers;
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    Optional<X509Certificate> certificate = clientCertificate(request);
    if (certificate.isPresent() && holder.getContext().getAuthentication() == null) {
      Optional<Caller> peer = peers.callerOf(certificate.get());
      if (peer.isPresent()) {
        SecurityContext context = holder.createEmptyContext();
        context.setAuthentication(new CallerAuthentication(peer.get(), ""));
        holder.setContext(context);
      } else {
        request.setAttribute(UNREGISTERED_PEER, didOf(certificate.get()));
      }
    }
    chain.doFilter(request, response);
  }

  private static Optional<X509Certificate> clientCertificate(HttpServletRequest request) {
    Object chain = request.getAttribute(CERTIFICATES);
    return chain instanceof X509Certificate[] certs && certs.length > 0
        ? Optional.of(certs[0])
        : Optional.empty();
  }

  private static String didOf(X509Certificate certificate) {
    try {
      return DidCertificates.didOf(certificate).orElse("no DID");
    } catch (CertificateParsingException e) {
      return "no DID";
    }
  }
}
