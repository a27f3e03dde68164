package org.puente.cli.demo;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import org.puente.server.PuenteServerApplication;
import org.puente.server.store.EmbeddedDatabase;

/**
 * The demo's nodes on one embedded PostgreSQL server (one database per node, much lighter than one
 * server per node), with their data under one directory that later runs reuse. {@link #close} stops
 * the nodes, then the database.
 */
public final class DemoCluster implements AutoCloseable {
  private final EmbeddedDatabase database;
  private final List<DemoNode> nodes;

  private DemoCluster(EmbeddedDatabase database, List<DemoNode> nodes) {
    this.database = database;
    this.nodes = nodes;
  }

  /** Starts the database and every node of {@code plan} (in parallel), data in {@code dataDir}. */
  public static DemoCluster start(Path dataDir, List<DemoPlan.Node> plan)
      throws IOException, SQLException, InterruptedException {
    Path dir = dataDir.toAbsolutePath().normalize();
    Files.createDirectories(dir);
    dir.toFile().setExecutable(true, false);
    EmbeddedDatabase database = EmbeddedDatabase.start(dir.resolve("postgres"));
    List<DemoNode> started = new ArrayList<>();
    try {
      createDatabases(database, plan);
      ExecutorService pool = Executors.newFixedThreadPool(3);
      try {
        List<Future<DemoNode>> futures = new ArrayList<>();
        for (DemoPlan.Node node : plan) {
          String[] args = args(node, plan, dir, database);
          futures.add(pool.submit(() -> new DemoNode(node, PuenteServerApplication.start(args))));
        }
        for (Future<DemoNode> f : futures) {
          started.add(f.get());
        }
      } finally {
        pool.shutdown();
      }
      return new DemoCluster(database, List.copyOf(started));
    } catch (ExecutionException e) {
      started.forEach(n -> n.context().close());
      database.close();
      throw new IOException("a demo node did not start: " + e.getCause().getMessage(), e);
    } catch (SQLException | RuntimeException e) {
      database.close();
      throw e;
    }
  }

  private static void createDatabases(EmbeddedDatabase database, List<DemoPlan.Node> plan)
      throws SQLException {
    try (Connection c = DriverManager.getConnection(database.jdbcUrl())) {
      for (DemoPlan.Node node : plan) {
        String db = dbName(node);
        boolean exists;
        try (PreparedStatement q =
            c.prepareStatement("SELECT 1 FROM pg_database WHERE datname = ?")) {
          q.setString(1, db);
          try (ResultSet rs = q.executeQuery()) {
            exists = rs.next();
          }
        }
        if (!exists) {
          try (Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE " + db); // names come from DemoPlan: [a-z0-9_]+
          }
        }
      }
    }
  }

  private static String dbName(DemoPlan.Node node) {
    return node.name().replace('-', '_');
  }

  private static String[] args(
      DemoPlan.Node node, List<DemoPlan.Node> plan, Path dir, EmbeddedDatabase database) {
    String others =
        plan.stream()
            .filter(n -> n != node)
            .map(n -> "localhost:" + n.port())
            .collect(Collectors.joining(","));
    String url = database.jdbcUrl().replace("/postgres?", "/" + dbName(node) + "?");
    List<String> args = new ArrayList<>();
    args.add("--puente.node.role=" + node.role().name().toLowerCase(java.util.Locale.ROOT));
    args.add("--puente.node.name=" + node.name());
    args.add("--server.port=" + node.port());
    args.add("--puente.node.data-dir=" + dir.resolve(node.name()));
    args.add("--puente.db.url=" + url);
    args.add("--puente.vcapi.did-hosts=" + others);
    node.peerPort().ifPresent(p -> args.add("--puente.node.peer-port=" + p));
    args.add("--puente.ledger.peer.interval=PT15S"); // cross-witnessing while the demo runs
    args.add("--spring.main.banner-mode=off");
    args.add("--logging.level.root=WARN");
    args.add("--logging.level.org.springdoc=ERROR");
    return args.toArray(String[]::new);
  }

  /** The running nodes, in plan order. */
  public List<DemoNode> nodes() {
    return nodes;
  }

  /** The node called {@code name}. */
  public DemoNode node(String name) {
    return nodes.stream()
        .filter(n -> n.plan().name().equals(name))
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no demo node " + name));
  }

  @Override
  public void close() throws IOException {
    for (int i = nodes.size() - 1; i >= 0; i--) {
      nodes.get(i).context().close();
    }
    database.close();
  }
}
