package org.puente.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.puente.server.auth.NodeTokens;
import org.puente.server.auth.Role;
import org.puente.server.node.DataDirectory;
import org.puente.server.node.Jurisdiction;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code puente token --data-dir DIR --role ROLE --jurisdiction US|MX [--port CODE]}: prints a
 * bearer token that the node in DIR accepts (the embedded default's own token issuer).
 */
@Command(
    name = "token",
    description = "Print a bearer token for the node whose data directory is given.")
final class TokenCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = "--data-dir", required = true, description = "the node's data directory")
  Path dataDir;

  @Option(
      names = "--role",
      required = true,
      description = "officer, broker, carrier, issuer-admin, auditor or node-admin")
  String role;

  @Option(names = "--jurisdiction", required = true, description = "US or MX")
  String jurisdiction;

  @Option(names = "--port", description = "port code, required for officers (2304, 240)")
  String port;

  @Option(names = "--subject", description = "the token's subject (default ROLE@JURISDICTION)")
  String subject;

  @Option(names = "--ttl", defaultValue = "PT1H", description = "lifetime, ISO-8601 (default PT1H)")
  Duration ttl;

  @Override
  public Integer call() throws IOException {
    Role r;
    Jurisdiction j;
    String token;
    try {
      r = Role.fromClaim(role);
      j = Jurisdiction.parse(jurisdiction);
      NodeTokens tokens = NodeTokens.loadOrCreate(new DataDirectory(dataDir), new SecureRandom());
      String sub = subject != null ? subject : r.claim() + "@" + j;
      token = tokens.mint(sub, List.of(r), j, Optional.ofNullable(port), ttl, Clock.systemUTC());
    } catch (IllegalArgumentException e) {
      spec.commandLine().getErr().println("puente token: " + e.getMessage());
      return Main.UNUSABLE;
    }
    spec.commandLine().getOut().println(token);
    return 0;
  }
}
