package org.puente.server.ledger;

import io.micrometer.core.instrument.MeterRegistry;
import java.io.IOException;
import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.puente.credentials.CredentialException;
import org.puente.credentials.keys.KeyType;
import org.puente.ledger.LedgerException;
import org.puente.ledger.application.TransparencyLog;
import org.puente.ledger.application.Witness;
import org.puente.ledger.model.NoteSigner;
import org.puente.ledger.model.VerifierKey;
import org.puente.server.node.DidServices;
import org.puente.server.node.Jurisdiction;
import org.puente.server.node.NodeIdentity;
import org.puente.server.node.NodeKeyStore;
import org.puente.server.node.NodeProperties;
import org.puente.server.node.NodeRole;
import org.puente.server.tls.PeerEndpoint;
import org.puente.server.tls.PeerTls;
import org.puente.server.tls.PeerTlsConfiguration;
import org.puente.server.vcapi.NodeUrls;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.sql.init.dependency.DependsOnDatabaseInitialization;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Wires the node's transparency log on its PostgreSQL ({@link PgTileStore}), its witness, the
 * outbox drain and the peer witnessing task. Properties ({@code puente.ledger.*}):
 *
 * <ul>
 *   <li>{@code origin}: the log's origin and key name (default: the DID's host and path + {@code
 *       /log})
 *   <li>{@code max-batch}: most entries per group commit (default 1024)
 *   <li>{@code outbox-interval}: how often the outbox is drained into the log (default 0.2 s);
 *       {@code outbox-vacuum-after}: the drain vacuums the outbox after deleting this many rows
 *       (default 20,000)
 *   <li>{@code witness.logs}: the logs this node's witness watches, as C2SP vkeys (the peer
 *       authority's log key); {@code witness.self}: also watch this node's own log (tests, demos)
 *   <li>{@code peer.url}, {@code peer.witness-key}, {@code peer.token}, {@code peer.interval}: the
 *       peer's witness prefix ({@code https://peer/log/witness}), its cosigner vkey, the bearer
 *       token it accepts, how often to ask it (default 1 min)
 * </ul>
 *
 * <p>Peers registered at run time ({@code POST /log/peers}, {@link PeerRegistration}) are kept in
 * the database: the witness watches their logs and {@link CrossWitnessing} pushes this log's
 * checkpoints to their witnesses every {@code peer.interval}, over mutual TLS to their peer
 * endpoints. {@code puente.node.peer-host} is the host name this node's own peer endpoint is
 * advertised under in its DID document (default: the DID's host).
 *
 * <p>Keys: {@code log-ed25519} signs checkpoints, {@code witness-ed25519} cosigns (node key store).
 */
@Configuration
public class LedgerConfiguration {
  private static final Logger LOG = LoggerFactory.getLogger(LedgerConfiguration.class);

  @Bean
  @DependsOnDatabaseInitialization
  PgTileStore pgTileStore(
      DataSource dataSource,
      NodeIdentity identity,
      @Value("${puente.ledger.origin:}") String origin)
      throws LedgerException {
    return PgTileStore.open(dataSource, origin.isBlank() ? defaultOrigin(identity.did()) : origin);
  }

  @Bean(destroyMethod = "close")
  TransparencyLog transparencyLog(
      PgTileStore store, NodeKeyStore keys, @Value("${puente.ledger.max-batch:1024}") int maxBatch)
      throws LedgerException, IOException, CredentialException {
    NoteSigner signer =
        NoteSigner.log(store.origin(), keys.loadOrCreate("log-ed25519", KeyType.ED25519));
    return TransparencyLog.open(store, signer, maxBatch);
  }

  @Bean
  PgAlarms pgAlarms(JdbcClient jdbc) {
    return new PgAlarms(jdbc);
  }

  @Bean
  PeerDirectory peerDirectory(
      JdbcClient jdbc,
      Clock clock,
      NodeProperties node,
      TransparencyLog log,
      @Value("${puente.ledger.witness.logs:}") List<String> watched,
      @Value("${puente.ledger.witness.self:false}") boolean self)
      throws LedgerException {
    Map<String, VerifierKey> logs = new HashMap<>();
    for (String vkey : watched) {
      if (!vkey.isBlank()) {
        VerifierKey key = VerifierKey.parse(vkey.strip());
        logs.put(key.name(), key);
      }
    }
    if (self) {
      logs.put(log.origin(), log.verifierKey());
    }
    return new PeerDirectory(jdbc, clock, jurisdiction(node.role()).orElse(Jurisdiction.US), logs);
  }

  @Bean
  WitnessService witnessService(
      TransparencyLog log,
      NodeKeyStore keys,
      JdbcClient jdbc,
      PgAlarms alarms,
      Clock clock,
      PeerDirectory peers)
      throws IOException, CredentialException {
    String name = log.origin().replaceAll("/log$", "") + "/witness";
    NoteSigner cosigner =
        NoteSigner.cosigner(name, keys.loadOrCreate("witness-ed25519", KeyType.ED25519));
    PgWitnessStateStore states = new PgWitnessStateStore(jdbc, clock);
    Witness witness = new Witness(cosigner, peers, states, alarms, log, clock);
    return new WitnessService(witness, peers, states);
  }

  @Bean
  PeerRegistration peerRegistration(
      PeerDirectory peers, PeerTls tls, Clock clock, NodeProperties node, TransparencyLog log) {
    return new PeerRegistration(
        peers, peerHttp(), tls, clock, jurisdiction(node.role()), log.origin());
  }

  @Bean
  CrossWitnessing crossWitnessing(
      TransparencyLog log, PeerDirectory peers, WitnessService witness, PeerTls tls) {
    return new CrossWitnessing(log, peers, witness, tls);
  }

  /**
   * The peer endpoint in the DID document ({@link PeerEndpoint}, {@code PuenteNodePeer}), when the
   * node has a peer port: {@code https://<puente.node.peer-host>:<port>}, the host defaulting to
   * the DID's, with the log's and the witness's vkeys.
   */
  @Bean
  DidServices peerEndpointService(
      PeerTlsConfiguration.PeerConnector connector,
      NodeIdentity identity,
      TransparencyLog log,
      WitnessService witness,
      @Value("${puente.node.peer-host:}") String peerHost) {
    String host = peerHost.isBlank() ? NodeUrls.baseUrl(identity.did()).getHost() : peerHost;
    return () -> {
      int port = connector.localPort();
      if (port <= 0) {
        return List.of();
      }
      URI url = URI.create(String.format(Locale.ROOT, "https://%s:%d", host, port));
      return List.of(
          new PeerEndpoint(url, log.verifierKey().encode(), witness.verifierKey().encode())
              .toService(identity.did()));
    };
  }

  @Bean
  LedgerMetrics ledgerMetrics(ObjectProvider<MeterRegistry> registry, JdbcClient jdbc) {
    LedgerMetrics metrics = new LedgerMetrics(jdbc);
    registry.ifAvailable(metrics::bindTo);
    return metrics;
  }

  private static HttpClient peerHttp() {
    return HttpClient.newBuilder()
        .connectTimeout(Duration.ofSeconds(5))
        .followRedirects(HttpClient.Redirect.NEVER)
        .build();
  }

  /** The country of an authority node; empty for a trade party. */
  static Optional<Jurisdiction> jurisdiction(NodeRole role) {
    return switch (role) {
      case US -> Optional.of(Jurisdiction.US);
      case MX -> Optional.of(Jurisdiction.MX);
      case TRADE -> Optional.empty();
    };
  }

  @Bean
  NodeLog nodeLog(
      TransparencyLog log,
      JdbcClient jdbc,
      @Value("${puente.ledger.outbox-vacuum-after:20000}") int vacuumAfter) {
    return new NodeLog(log, jdbc, vacuumAfter);
  }

  @Bean(destroyMethod = "shutdownNow")
  ScheduledExecutorService ledgerTasks(
      NodeLog nodeLog,
      TransparencyLog log,
      CrossWitnessing crossWitnessing,
      @Value("${puente.ledger.outbox-interval:PT0.2S}") Duration outbox,
      @Value("${puente.ledger.peer.url:}") String peerUrl,
      @Value("${puente.ledger.peer.witness-key:}") String peerKey,
      @Value("${puente.ledger.peer.token:}") String peerToken,
      @Value("${puente.ledger.peer.interval:PT1M}") Duration interval)
      throws LedgerException {
    ScheduledExecutorService executor =
        Executors.newSingleThreadScheduledExecutor(
            r -> {
              Thread t = new Thread(r, "ledger-tasks");
              t.setDaemon(true);
              return t;
            });
    executor.scheduleWithFixedDelay(
        nodeLog::drainQuietly, outbox.toMillis(), outbox.toMillis(), TimeUnit.MILLISECONDS);
    executor.scheduleWithFixedDelay(
        crossWitnessing::runQuietly,
        interval.toMillis(),
        interval.toMillis(),
        TimeUnit.MILLISECONDS);
    if (!peerUrl.isBlank()) {
      PeerWitnessing peer =
          new PeerWitnessing(
              log,
              HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build(),
              URI.create(peerUrl),
              VerifierKey.parse(peerKey),
              () -> peerToken);
      executor.scheduleWithFixedDelay(
          () -> witnessQuietly(peer),
          interval.toMillis(),
          interval.toMillis(),
          TimeUnit.MILLISECONDS);
    }
    return executor;
  }

  private static void witnessQuietly(PeerWitnessing peer) {
    try {
      peer.witnessOnce();
    } catch (LedgerException | RuntimeException e) {
      LOG.warn("peer witness did not cosign: {}", e.toString());
    }
  }

  /** {@code did:web:host%3Aport:path} → {@code host:port/path/log}. */
  static String defaultOrigin(String did) {
    String rest = did.substring("did:web:".length());
    return Arrays.stream(rest.split(":"))
            .map(s -> URLDecoder.decode(s, StandardCharsets.UTF_8))
            .collect(Collectors.joining("/"))
        + "/log";
  }
}
