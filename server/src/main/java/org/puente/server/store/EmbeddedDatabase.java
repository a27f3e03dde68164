package org.puente.server.store;

import io.zonky.test.db.postgres.embedded.DefaultPostgresBinaryResolver;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import io.zonky.test.db.postgres.util.LinuxUtils;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An embedded PostgreSQL server (zonky's binaries) whose cluster lives in a persistent directory:
 * stopping and starting again on the same directory keeps every committed row.
 *
 * <p>Runs as root too, although PostgreSQL refuses to: where the kernel allows user namespaces,
 * zonky itself runs PostgreSQL under {@code unshare -U}; where it does not (typical containers),
 * the binaries are served through {@link RootSafePgBinaryResolver} and run as {@code nobody} (or
 * {@code $PUENTE_PG_USER}). That account must be able to reach the cluster directory: every
 * ancestor must be traversable by others (<b>Warning:</b> {@code /root} is {@code 0700}, so a
 * cluster under {@code /root} cannot work as root; {@link #start} refuses it with a message that
 * says so).
 *
 * <p>A postmaster left running by a node that was killed ({@code kill -9} of the JVM does not reach
 * PostgreSQL) is shut down in immediate mode before starting, so PostgreSQL recovers from its WAL
 * exactly as after a crash. Commits are synchronous ({@code synchronous_commit=on}, unlike zonky's
 * test default).
 */
public final class EmbeddedDatabase implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(EmbeddedDatabase.class);

  private final EmbeddedPostgres postgres;
  private final Path clusterDirectory;

  private EmbeddedDatabase(EmbeddedPostgres postgres, Path clusterDirectory) {
    this.postgres = postgres;
    this.clusterDirectory = clusterDirectory;
  }

  /**
   * Starts PostgreSQL on {@code clusterDirectory}, creating the cluster on first use.
   *
   * @throws IOException if the directory is unusable (with the reason) or PostgreSQL fails
   */
  public static EmbeddedDatabase start(Path clusterDirectory) throws IOException {
    Path dir = clusterDirectory.toAbsolutePath().normalize();
    Files.createDirectories(dir.getParent());
    boolean dropPrivileges = runningAsRoot() && !LinuxUtils.isUnshareAvailable();
    if (dropPrivileges) {
      requireTraversableByOthers(dir.getParent());
    }
    stopOrphanPostmaster(dir);
    EmbeddedPostgres postgres =
        EmbeddedPostgres.builder()
            .setDataDirectory(dir.toFile())
            .setCleanDataDirectory(false)
            .setPgBinaryResolver(
                dropPrivileges
                    ? RootSafePgBinaryResolver.INSTANCE
                    : DefaultPostgresBinaryResolver.INSTANCE)
            .setServerConfig("synchronous_commit", "on")
            .setServerConfig("fsync", "on")
            .setServerConfig("max_connections", "100")
            .setPGStartupWait(Duration.ofSeconds(90))
            .start();
    LOG.info("embedded PostgreSQL on port {} with cluster {}", postgres.getPort(), dir);
    return new EmbeddedDatabase(postgres, dir);
  }

  /** JDBC URL of the {@code postgres} database as the {@code postgres} superuser. */
  public String jdbcUrl() {
    return postgres.getJdbcUrl("postgres", "postgres");
  }

  /** The cluster directory. */
  public Path clusterDirectory() {
    return clusterDirectory;
  }

  @Override
  public void close() throws IOException {
    postgres.close();
  }

  static boolean runningAsRoot() {
    try {
      Process id = new ProcessBuilder("id", "-u").redirectErrorStream(true).start();
      String out =
          new String(id.getInputStream().readAllBytes(), StandardCharsets.US_ASCII).strip();
      id.waitFor(10, TimeUnit.SECONDS);
      return "0".equals(out);
    } catch (IOException e) {
      return false; // no `id` (not a POSIX system): not root in the POSIX sense
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  /** Every directory from {@code dir} up to {@code /} must have the others-execute bit. */
  static void requireTraversableByOthers(Path dir) throws IOException {
    for (Path p = dir; p != null; p = p.getParent()) {
      Set<PosixFilePermission> perms = Files.getPosixFilePermissions(p);
      if (!perms.contains(PosixFilePermission.OTHERS_EXECUTE)) {
        throw new IOException(
            "the node runs as root, so its embedded PostgreSQL runs as the unprivileged account"
                + " 'nobody' (PostgreSQL refuses root), which cannot enter "
                + p
                + " (mode "
                + java.nio.file.attribute.PosixFilePermissions.toString(perms)
                + "); use a data directory outside it (e.g. under /var/lib or /tmp), run the"
                + " node as a normal user, or point it at another PostgreSQL with --db-url");
      }
    }
  }

  /** Shuts down (immediate mode, i.e. crash recovery on next start) a postmaster left running. */
  static void stopOrphanPostmaster(Path dir) throws IOException {
    Path pidFile = dir.resolve("postmaster.pid");
    if (!Files.isRegularFile(pidFile)) {
      return;
    }
    List<String> lines = Files.readAllLines(pidFile, StandardCharsets.US_ASCII);
    Optional<ProcessHandle> process =
        lines.isEmpty() ? Optional.empty() : parsePid(lines.get(0)).flatMap(ProcessHandle::of);
    if (process.isEmpty() || !isPostgres(process.get())) {
      return;
    }
    LOG.warn("stopping the postmaster (pid {}) left running on {}", process.get().pid(), dir);
    new ProcessBuilder("kill", "-QUIT", Long.toString(process.get().pid())).inheritIO().start();
    try {
      process.get().onExit().get(30, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while stopping the orphan postmaster", e);
    } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
      throw new IOException("the orphan postmaster " + process.get().pid() + " did not stop", e);
    }
  }

  private static Optional<Long> parsePid(String line) {
    try {
      return Optional.of(Long.parseLong(line.strip()));
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }

  private static boolean isPostgres(ProcessHandle process) {
    return process.info().command().map(c -> c.endsWith("/postgres")).orElse(true);
  }
}
