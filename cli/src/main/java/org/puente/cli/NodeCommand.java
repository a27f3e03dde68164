package org.puente.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.puente.server.PuenteServerApplication;
import org.puente.server.node.NodeRole;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.event.ContextClosedEvent;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code puente node --role us|mx|trade --name NAME --http-port N --data-dir DIR [--db-url URL]}:
 * runs one node until it is stopped (Ctrl-C or SIGTERM).
 */
@Command(
    name = "node",
    description = "Run one Puente node (US authority, MX authority or trade party).")
final class NodeCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = "--role", required = true, description = "us, mx or trade")
  String role;

  @Option(names = "--name", required = true, description = "a short name (cbp-laredo)")
  String name;

  @Option(names = "--http-port", required = true, description = "HTTP port")
  int httpPort;

  @Option(
      names = "--data-dir",
      required = true,
      description = "keys and the embedded PostgreSQL cluster (kept across restarts)")
  Path dataDir;

  @Option(names = "--did", description = "the node's did:web (default did:web:localhost%%3A<port>)")
  String did;

  @Option(names = "--db-url", description = "use this PostgreSQL (jdbc:postgresql://...) instead")
  String dbUrl;

  @Option(names = "--db-user", description = "PostgreSQL user for --db-url")
  String dbUser;

  @Option(names = "--db-password", description = "PostgreSQL password for --db-url")
  String dbPassword;

  @Option(names = "--trust-peer", description = "base URL of a node whose trust list to fetch")
  List<String> trustPeers = new ArrayList<>();

  @Option(
      names = "--peer-port",
      description = "node-to-node port: TLS 1.3 with client certificates bound to peers' DIDs")
  Integer peerPort;

  @Option(
      names = "--peer-host",
      description =
          "host name under which the peer port is advertised in the DID document (default: the"
              + " DID's host)")
  String peerHost;

  @Override
  public Integer call() throws InterruptedException {
    try {
      NodeRole.parse(role);
    } catch (IllegalArgumentException e) {
      spec.commandLine().getErr().println("puente node: " + e.getMessage());
      return Main.UNUSABLE;
    }
    ConfigurableApplicationContext context =
        PuenteServerApplication.start(springArgs().toArray(String[]::new));
    CountDownLatch closed = new CountDownLatch(1);
    context.addApplicationListener(
        event -> {
          if (event instanceof ContextClosedEvent) {
            closed.countDown();
          }
        });
    spec.commandLine()
        .getOut()
        .printf(
            java.util.Locale.ROOT,
            "puente node %s (%s) listening on http://localhost:%d%n",
            name,
            role,
            httpPort);
    spec.commandLine().getOut().flush();
    closed.await();
    return 0;
  }

  List<String> springArgs() {
    List<String> args = new ArrayList<>();
    args.add("--logging.level.root=INFO"); // a server's log, unlike the CLI's own (WARN)
    args.add("--puente.node.role=" + role);
    args.add("--puente.node.name=" + name);
    args.add("--server.port=" + httpPort);
    args.add("--puente.node.data-dir=" + dataDir.toAbsolutePath());
    if (did != null) {
      args.add("--puente.node.did=" + did);
    }
    if (dbUrl != null) {
      args.add("--puente.db.url=" + dbUrl);
      args.add("--puente.db.user=" + (dbUser == null ? "" : dbUser));
      args.add("--puente.db.password=" + (dbPassword == null ? "" : dbPassword));
    }
    if (!trustPeers.isEmpty()) {
      args.add("--puente.trust.peers=" + String.join(",", trustPeers));
    }
    if (peerPort != null) {
      args.add("--puente.node.peer-port=" + peerPort);
    }
    if (peerHost != null) {
      args.add("--puente.node.peer-host=" + peerHost);
    }
    return args;
  }
}
