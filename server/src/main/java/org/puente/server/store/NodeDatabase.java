package org.puente.server.store;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * The node's one PostgreSQL connection pool: over an embedded cluster in the node's data directory
 * by default, or over any PostgreSQL given by URL. Every store of the node (credentials, trust
 * registry, access records, and the ledger's tiles) shares it.
 */
public final class NodeDatabase implements AutoCloseable {
  private final HikariDataSource dataSource;
  private final Optional<EmbeddedDatabase> embedded;

  private NodeDatabase(HikariDataSource dataSource, Optional<EmbeddedDatabase> embedded) {
    this.dataSource = dataSource;
    this.embedded = embedded;
  }

  /** Starts (or reopens) the embedded cluster in {@code clusterDirectory} and pools it. */
  public static NodeDatabase embedded(Path clusterDirectory) throws IOException {
    EmbeddedDatabase db = EmbeddedDatabase.start(clusterDirectory);
    return new NodeDatabase(pool(db.jdbcUrl(), null, null), Optional.of(db));
  }

  /** Pools an external PostgreSQL. */
  public static NodeDatabase external(String jdbcUrl, String user, String password) {
    if (!jdbcUrl.startsWith("jdbc:postgresql:")) {
      throw new IllegalArgumentException("expected a jdbc:postgresql: URL, found " + jdbcUrl);
    }
    return new NodeDatabase(pool(jdbcUrl, user, password), Optional.empty());
  }

  private static HikariDataSource pool(String url, String user, String password) {
    HikariConfig config = new HikariConfig();
    config.setJdbcUrl(url);
    if (user != null && !user.isBlank()) {
      config.setUsername(user);
    }
    if (password != null && !password.isBlank()) {
      config.setPassword(password);
    }
    config.setPoolName("puente");
    // JDBC batches of INSERTs (the log's tile upserts) go as multi-row INSERTs, a few statements
    // and round trips per batch. (GroupCommit builds its multi-row statements itself.)
    config.addDataSourceProperty("reWriteBatchedInserts", "true");
    config.setMaximumPoolSize(10);
    return new HikariDataSource(config);
  }

  /** The pooled data source. */
  public DataSource dataSource() {
    return dataSource;
  }

  /** The embedded cluster, when this node runs one. */
  public Optional<EmbeddedDatabase> embedded() {
    return embedded;
  }

  @Override
  public void close() throws IOException {
    dataSource.close();
    if (embedded.isPresent()) {
      embedded.get().close();
    }
  }
}
