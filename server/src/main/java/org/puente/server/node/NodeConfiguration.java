package org.puente.server.node;

import java.io.IOException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import javax.sql.DataSource;
import org.puente.credentials.CredentialException;
import org.puente.server.access.AccessRecords;
import org.puente.server.api.BodyLimitFilter;
import org.puente.server.auth.NodeTokens;
import org.puente.server.store.GroupCommit;
import org.puente.server.store.NodeDatabase;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Wires the node: its data directory, database (embedded PostgreSQL unless {@code puente.db.url} is
 * set), keys, identity, token issuer, clock and request size limit.
 */
@Configuration
@EnableConfigurationProperties(NodeProperties.class)
public class NodeConfiguration {

  @Bean
  Clock clock() {
    return Clock.systemUTC();
  }

  @Bean
  SecureRandom secureRandom() {
    return new SecureRandom();
  }

  @Bean
  DataDirectory dataDirectory(NodeProperties node) throws IOException {
    return new DataDirectory(node.dataDir()).create();
  }

  @Bean(destroyMethod = "close")
  NodeDatabase nodeDatabase(
      DataDirectory dir,
      @Value("${puente.db.url:}") String url,
      @Value("${puente.db.user:}") String user,
      @Value("${puente.db.password:}") String password)
      throws IOException {
    return url.isBlank()
        ? NodeDatabase.embedded(dir.postgres())
        : NodeDatabase.external(url, user, password);
  }

  /** The one DataSource of the node, shared by every store (Flyway migrates it first). */
  @Bean
  DataSource dataSource(NodeDatabase database) {
    return database.dataSource();
  }

  @Bean
  NodeKeyStore nodeKeyStore(DataDirectory dir, SecureRandom random) {
    return new FileNodeKeyStore(dir.keys(), random);
  }

  @Bean
  NodeIdentity nodeIdentity(
      NodeProperties node, NodeKeyStore keys, @Value("${server.port:8080}") int port)
      throws IOException, CredentialException {
    String did = node.did().isEmpty() ? "did:web:localhost%3A" + port : node.did();
    return NodeIdentity.load(did, keys);
  }

  @Bean
  NodeTokens nodeTokens(DataDirectory dir, SecureRandom random) throws IOException {
    return NodeTokens.loadOrCreate(dir, random);
  }

  /**
   * The node's group commit. One writer by default: the batch it takes is everything that arrived
   * while its previous commit was in flight, so it grows with the load, and each commit's fixed
   * cost (the WAL flush, one statement per table, the outbox triggers) is shared by more requests.
   * On 2 cores a second writer made batches smaller (5.0 against 8.4 verifications per commit) and
   * HTTP verification about 15 % slower (docs/server.md "Group commit").
   */
  @Bean
  GroupCommit groupCommit(
      TransactionTemplate tx,
      JdbcTemplate jdbc,
      @Value("${puente.store.group-commit.writers:1}") int writers,
      @Value("${puente.store.group-commit.max-batch:256}") int maxBatch,
      @Value("${puente.store.group-commit.max-wait:30s}") Duration maxWait) {
    return new GroupCommit(tx, jdbc, writers, maxBatch, maxWait);
  }

  @Bean
  AccessRecords accessRecords(JdbcClient jdbc, GroupCommit commits, Clock clock) {
    return new AccessRecords(jdbc, commits, clock);
  }

  @Bean
  FilterRegistrationBean<BodyLimitFilter> bodyLimitFilter(
      @Value("${puente.http.max-body-bytes:1048576}") long maxBytes) {
    FilterRegistrationBean<BodyLimitFilter> registration =
        new FilterRegistrationBean<>(new BodyLimitFilter(maxBytes));
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
    return registration;
  }
}
