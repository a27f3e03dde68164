package org.puente.server.vcapi;

import java.net.URI;
import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.puente.credentials.CredentialException.Code;
import org.puente.credentials.Credentials;
import org.puente.credentials.did.DidDocumentResolver;
import org.puente.credentials.did.DidWebResolver;
import org.puente.credentials.did.KeyAndWebDidResolver;
import org.puente.credentials.status.BitstringStatusChecker;
import org.puente.credentials.vp.Presentations;
import org.puente.server.credentials.CredentialStore;
import org.puente.server.node.NodeIdentity;
import org.puente.server.trust.TrustRegistry;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Wires the VC-API: one credentials facade that resolves {@code did:key} and {@code did:web} (the
 * node's own document locally; peers named by {@code puente.trust.peers} and {@code
 * puente.vcapi.did-hosts} over HTTP(S)), checks status through a {@link BitstringStatusChecker}
 * (fresh for {@code puente.vcapi.status-refresh}, default 5 min; usable when a peer is unreachable
 * up to {@code puente.vcapi.status-max-staleness}, default 24 h), and the node's status lists
 * published under {@code puente.node.public-url} (default: derived from the node's did:web).
 */
@Configuration
public class VcApiConfiguration {

  @Bean
  HttpGet peerHttp() {
    return new HttpGet(
        HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(5))
            .followRedirects(HttpClient.Redirect.NEVER)
            .build(),
        Duration.ofSeconds(10));
  }

  @Bean
  DidDocumentResolver didDocumentResolver(
      NodeIdentity identity,
      HttpGet http,
      Clock clock,
      @Value("${puente.trust.peers:}") List<URI> peers,
      @Value("${puente.vcapi.did-hosts:}") List<String> didHosts) {
    DidWebResolver.Builder web =
        DidWebResolver.builder(clock)
            .trust(identity.didDocument())
            .fetcher((url, max) -> http.fetch(url, max, Code.DID_RESOLUTION_FAILED));
    peers.forEach(p -> web.allowHost(p.getAuthority()));
    didHosts.forEach(web::allowHost);
    return new KeyAndWebDidResolver(web.build());
  }

  @Bean
  NodeStatusLists nodeStatusLists(
      CredentialStore store,
      NodeIdentity identity,
      Clock clock,
      @Value("${puente.node.public-url:}") String publicUrl,
      @Value("${puente.vcapi.status-list-validity:PT24H}") Duration validity) {
    String base = publicUrl.isBlank() ? NodeUrls.baseUrl(identity.did()).toString() : publicUrl;
    return new NodeStatusLists(store, identity, base, clock, validity).ensureCreated();
  }

  @Bean
  BitstringStatusChecker statusChecker(
      NodeStatusLists lists,
      HttpGet http,
      DidDocumentResolver documents,
      Clock clock,
      @Value("${puente.vcapi.status-refresh:PT5M}") Duration refresh,
      @Value("${puente.vcapi.status-max-staleness:PT24H}") Duration maxStaleness) {
    // Status list credentials carry no status of their own: a facade without a checker verifies
    // them, which also keeps the checker from depending on itself.
    Credentials listVerifier = Credentials.builder().clock(clock).didDocuments(documents).build();
    return new BitstringStatusChecker(
        new NodeStatusListSource(lists, http, () -> listVerifier), clock, refresh, maxStaleness);
  }

  @Bean
  Credentials credentials(
      DidDocumentResolver documents, BitstringStatusChecker statusChecker, Clock clock) {
    return Credentials.builder()
        .clock(clock)
        .didDocuments(documents)
        .statusChecker(statusChecker)
        .build();
  }

  @Bean
  Presentations presentations(Credentials credentials, DidDocumentResolver documents, Clock clock) {
    return new Presentations(credentials, documents.asVerificationMethodResolver(), clock);
  }

  @Bean
  VcApiService vcApiService(
      Credentials credentials,
      Presentations presentations,
      CredentialStore store,
      NodeStatusLists lists,
      BitstringStatusChecker statusChecker,
      TrustRegistry trust,
      NodeIdentity identity,
      Clock clock) {
    return new VcApiService(
        credentials, presentations, store, lists, statusChecker, trust, identity, clock);
  }
}
