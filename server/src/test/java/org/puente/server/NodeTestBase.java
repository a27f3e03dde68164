package org.puente.server;

import io.restassured.RestAssured;
import io.restassured.specification.RequestSpecification;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.puente.server.auth.NodeTokens;
import org.puente.server.auth.Role;
import org.puente.server.node.Jurisdiction;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The one running node that every API test class shares (same configuration, so Spring's context
 * cache starts it once): a US authority node on a random port, on a real embedded PostgreSQL in a
 * fresh data directory under {@code /tmp/puente-test-nodes} (reachable by {@code nobody} when the
 * tests run as root). Directories left by earlier runs are removed when older than an hour.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
public abstract class NodeTestBase {
  /** The node's DID in tests. */
  protected static final String DID = "did:web:cbp-laredo.puente.test";

  private static final Path DATA_DIR = freshDataDir();

  @LocalServerPort protected int port;
  @Autowired protected NodeTokens tokens;

  @DynamicPropertySource
  static void nodeProperties(DynamicPropertyRegistry registry) {
    registry.add("puente.node.role", () -> "us");
    registry.add("puente.node.name", () -> "cbp-laredo");
    registry.add("puente.node.did", () -> DID);
    registry.add("puente.node.data-dir", DATA_DIR::toString);
    registry.add("puente.http.max-body-bytes", () -> "65536");
    registry.add("puente.ledger.witness.self", () -> "true");
    registry.add("puente.ledger.outbox-vacuum-after", () -> "50");
    registry.add("puente.node.peer-port", () -> "0");
    registry.add("puente.node.peer-host", () -> "localhost");
    registry.add("puente.ledger.peer.interval", () -> "PT1H"); // tests run witness rounds
  }

  @BeforeEach
  void restAssured() {
    RestAssured.port = port;
  }

  /**
   * A request with a bearer token for {@code role} in {@code jurisdiction} (officers at a port).
   */
  protected RequestSpecification as(Role role, Jurisdiction jurisdiction) {
    return RestAssured.given().auth().oauth2(token(role, jurisdiction));
  }

  /** A valid one-hour token. */
  protected String token(Role role, Jurisdiction jurisdiction) {
    Optional<String> port =
        role == Role.OFFICER
            ? Optional.of(jurisdiction == Jurisdiction.US ? "2304" : "240")
            : Optional.empty();
    return tokens.mint(
        role.claim() + "-" + jurisdiction,
        List.of(role),
        jurisdiction,
        port,
        Duration.ofHours(1),
        Clock.systemUTC());
  }

  private static Path freshDataDir() {
    try {
      Path base = testBase();
      removeStale(base);
      return Files.createTempDirectory(base, "node-");
    } catch (IOException e) {
      throw new IllegalStateException("cannot create a test data directory", e);
    }
  }

  private static void removeStale(Path base) throws IOException {
    long hourAgo = System.currentTimeMillis() - Duration.ofHours(1).toMillis();
    try (Stream<Path> dirs = Files.list(base)) {
      for (Path dir : dirs.toList()) {
        try {
          if (Files.getLastModifiedTime(dir).toMillis() < hourAgo) {
            deleteTree(dir);
          }
        } catch (java.nio.file.NoSuchFileException | java.io.UncheckedIOException gone) {
          // another build on this machine removed it meanwhile
        }
      }
    }
  }

  /**
   * A new directory for one test's data under {@code java.io.tmpdir/puente-test-nodes}, traversable
   * by others (the embedded PostgreSQL may run as another user); the caller deletes it ({@link
   * #deleteTree}).
   */
  public static Path newTestDirectory(String prefix) throws IOException {
    Path dir = Files.createTempDirectory(testBase(), prefix);
    Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwx--x--x"));
    return dir;
  }

  /** {@code java.io.tmpdir/puente-test-nodes}, created if absent and traversable by others. */
  private static Path testBase() throws IOException {
    Path base = Path.of(System.getProperty("java.io.tmpdir"), "puente-test-nodes");
    Files.createDirectories(base);
    base.toFile().setExecutable(true, false);
    base.toFile().setReadable(true, false);
    return base;
  }

  /** Deletes a directory tree, ignoring what vanished meanwhile. */
  public static void deleteTree(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> walk = Files.walk(dir)) {
      for (Path p : walk.sorted((a, b) -> b.getNameCount() - a.getNameCount()).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }
}
