package org.puente.server.trust;

import java.net.URI;
import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.puente.server.api.NodeException;
import org.puente.server.node.NodeIdentity;
import org.puente.server.tls.PeerTls;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Wires the trust registry: {@code puente.trust.max-staleness} (how long a published list may be
 * relied on, default 24 h), {@code puente.trust.peers} (base URLs of nodes whose lists to fetch)
 * and {@code puente.trust.refresh-interval} (default 15 min).
 */
@Configuration
public class TrustConfiguration {
  private static final Logger LOG = LoggerFactory.getLogger(TrustConfiguration.class);

  @Bean
  TrustEntries trustEntries(JdbcClient jdbc) {
    return new TrustEntries(jdbc);
  }

  @Bean
  PeerTrustLists peerTrustLists(PeerTls tls) {
    return new PeerTrustLists(
        HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(5))
            .followRedirects(HttpClient.Redirect.NEVER)
            .build(),
        tls);
  }

  @Bean
  TrustRegistry trustRegistry(
      TrustEntries entries,
      PeerTrustLists peers,
      NodeIdentity identity,
      Clock clock,
      @Value("${puente.trust.max-staleness:PT24H}") Duration maxStaleness) {
    return new TrustRegistry(entries, peers, identity, maxStaleness, clock);
  }

  @Bean(destroyMethod = "shutdownNow")
  ScheduledExecutorService trustListRefresher(
      PeerTrustLists peers,
      @Value("${puente.trust.peers:}") List<URI> urls,
      @Value("${puente.trust.refresh-interval:PT15M}") Duration interval) {
    ScheduledExecutorService executor =
        Executors.newSingleThreadScheduledExecutor(
            r -> {
              Thread t = new Thread(r, "trust-list-refresher");
              t.setDaemon(true);
              return t;
            });
    if (!urls.isEmpty()) {
      executor.scheduleWithFixedDelay(
          () -> refreshAll(peers, urls), 0, interval.toSeconds(), TimeUnit.SECONDS);
    }
    return executor;
  }

  private static void refreshAll(PeerTrustLists peers, List<URI> urls) {
    for (URI url : urls) {
      try {
        TrustList list = peers.refresh(url);
        LOG.info("trust list of {} refreshed: {} entries", list.issuer(), list.entries().size());
      } catch (NodeException e) {
        LOG.warn("trust list of {} not refreshed ({}): {}", url, e.code().slug(), e.getMessage());
      }
    }
  }
}
