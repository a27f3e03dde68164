package org.puente.server.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.puente.server.NodeTestBase;

class EmbeddedDatabaseTest {
  private Path base;

  @BeforeEach
  void createBase() throws IOException {
    base = NodeTestBase.newTestDirectory("db-");
  }

  @AfterEach
  void deleteBase() throws IOException {
    NodeTestBase.deleteTree(base);
  }

  @Test
  void start_againOnSameDirectory_keepsCommittedRows() throws Exception {
    Path cluster = base.resolve("postgres");
    try (EmbeddedDatabase db = EmbeddedDatabase.start(cluster)) {
      exec(db.jdbcUrl(), "CREATE TABLE kept (v TEXT)", "INSERT INTO kept VALUES ('heat 24A117')");
    }
    try (EmbeddedDatabase db = EmbeddedDatabase.start(cluster);
        Connection c = DriverManager.getConnection(db.jdbcUrl());
        ResultSet rs = c.createStatement().executeQuery("SELECT v FROM kept")) {
      assertThat(rs.next()).isTrue();
      assertThat(rs.getString(1)).isEqualTo("heat 24A117");
    }
  }

  @Test
  void requireTraversableByOthers_underOwnerOnlyDirectory_explainsWhy() throws IOException {
    Path closed = Files.createDirectory(base.resolve("closed"));
    Files.setPosixFilePermissions(closed, PosixFilePermissions.fromString("rwx------"));
    assertThatThrownBy(() -> EmbeddedDatabase.requireTraversableByOthers(closed.resolve("inner")))
        .isInstanceOf(IOException.class);
    assertThatThrownBy(() -> EmbeddedDatabase.requireTraversableByOthers(closed))
        .hasMessageContaining("'nobody'")
        .hasMessageContaining(closed.toString())
        .hasMessageContaining("rwx------");
  }

  /**
   * The privilege-dropping wrappers, run directly (as zonky runs them where user namespaces are
   * forbidden): initdb and the server must run as nobody and serve a working database.
   */
  @Test
  void rootSafeWrappers_asRoot_runPostgresAsNobody() throws Exception {
    assumeTrue(
        EmbeddedDatabase.runningAsRoot(), "only meaningful as root; skipped as a normal user");
    Path install = base.resolve("install");
    Files.createDirectories(install);
    try (InputStream txz = RootSafePgBinaryResolver.INSTANCE.getPgBinary("Linux", "x86_64")) {
      Files.copy(txz, base.resolve("pg.txz"));
    }
    run(List.of("tar", "-xJf", base.resolve("pg.txz").toString(), "-C", install.toString()));
    run(List.of("sh", "-c", "chmod a-x " + install + "/real/bin/*")); // as zonky leaves them
    Path data = base.resolve("data");
    Files.createDirectories(data);
    run(
        List.of(
            install + "/bin/initdb",
            "-A",
            "trust",
            "-U",
            "postgres",
            "-D",
            data.toString(),
            "-E",
            "UTF-8"));
    assertThat(Files.getOwner(data).getName()).isEqualTo("nobody");
    assertThat(Files.exists(data.resolve("PG_VERSION"))).isTrue();
    int port;
    try (ServerSocket s = new ServerSocket(0)) {
      port = s.getLocalPort();
    }
    run(
        List.of(
            install + "/bin/pg_ctl",
            "-D",
            data.toString(),
            "-o",
            "-p " + port + " -F",
            "-w",
            "start"));
    try (Connection c =
            DriverManager.getConnection(
                "jdbc:postgresql://localhost:" + port + "/postgres?user=postgres");
        ResultSet rs = c.createStatement().executeQuery("SELECT 40 + 2")) {
      assertThat(rs.next()).isTrue();
      assertThat(rs.getInt(1)).isEqualTo(42);
      long pid = Long.parseLong(Files.readAllLines(data.resolve("postmaster.pid")).get(0).strip());
      assertThat(Files.getOwner(Path.of("/proc/" + pid)).getName()).isEqualTo("nobody");
    } finally {
      run(List.of(install + "/bin/pg_ctl", "-D", data.toString(), "-m", "fast", "-w", "stop"));
    }
  }

  /** Runs a command to completion; output goes to a file (a started server keeps it open). */
  private void run(List<String> command) throws IOException, InterruptedException {
    Path log = Files.createTempFile(base, "cmd", ".log");
    Process p =
        new ProcessBuilder(command)
            .redirectErrorStream(true)
            .redirectOutput(ProcessBuilder.Redirect.to(log.toFile()))
            .start();
    assertThat(p.waitFor(180, TimeUnit.SECONDS)).as("%s finished", command).isTrue();
    assertThat(p.exitValue()).as("%s%n%s", command, Files.readString(log)).isZero();
  }

  private static void exec(String url, String... sql) throws Exception {
    try (Connection c = DriverManager.getConnection(url);
        Statement s = c.createStatement()) {
      for (String statement : sql) {
        s.execute(statement);
      }
    }
  }
}
