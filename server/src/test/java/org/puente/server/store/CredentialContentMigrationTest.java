package org.puente.server.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.puente.server.NodeTestBase;

/**
 * V5 on a database that already holds received credentials (as V1–V4_2 stored them, a full copy per
 * receipt): each distinct content is kept once, every receipt still reads its own content, and the
 * log events already in the outbox are untouched.
 */
class CredentialContentMigrationTest {
  private Path base;

  @BeforeEach
  void createBase() throws IOException {
    base = NodeTestBase.newTestDirectory("v5-");
  }

  @AfterEach
  void deleteBase() throws IOException {
    NodeTestBase.deleteTree(base);
  }

  @Test
  void v5_keepsEachDistinctContentOnce_andEveryReceiptReadsItsOwn() throws Exception {
    try (EmbeddedDatabase db = EmbeddedDatabase.start(base.resolve("postgres"))) {
      flyway(db.jdbcUrl(), "4.2").migrate();
      List<UUID> ids = new ArrayList<>();
      try (Connection c = DriverManager.getConnection(db.jdbcUrl())) {
        for (String content : List.of("{\"a\":1}", "{\"b\":2}", "{\"a\":1}")) {
          UUID id = UUID.randomUUID();
          ids.add(id);
          try (PreparedStatement s =
              c.prepareStatement(
                  "INSERT INTO received_credential (id, credential_type, issuer_did, jurisdiction,"
                      + " format, content, content_sha256, received_from, received_at)"
                      + " VALUES (?, 'UsmcaCertificationOfOrigin', 'did:web:x', 'US',"
                      + " 'DATA_INTEGRITY', ?, ?, 'officer', now())")) {
            s.setObject(1, id);
            s.setString(2, content);
            s.setString(3, sha256(content));
            s.executeUpdate();
          }
        }
        long events = count(c, "SELECT count(*) FROM ledger_outbox");

        flyway(db.jdbcUrl(), "latest").migrate();

        assertThat(count(c, "SELECT count(*) FROM credential_content")).isEqualTo(2);
        assertThat(count(c, "SELECT count(*) FROM ledger_outbox")).isEqualTo(events);
        List<String> contents = new ArrayList<>();
        for (UUID id : ids) {
          try (PreparedStatement s =
              c.prepareStatement(
                  "SELECT c.content FROM received_credential r"
                      + " JOIN credential_content c ON c.sha256 = r.content_sha256 WHERE r.id = ?")) {
            s.setObject(1, id);
            try (ResultSet rs = s.executeQuery()) {
              assertThat(rs.next()).isTrue();
              contents.add(rs.getString(1));
            }
          }
        }
        assertThat(contents).containsExactly("{\"a\":1}", "{\"b\":2}", "{\"a\":1}");
      }
    }
  }

  private static Flyway flyway(String url, String target) {
    return Flyway.configure()
        .dataSource(url, null, null)
        .locations("classpath:db/migration")
        .target(target)
        .load();
  }

  private static String sha256(String content) throws NoSuchAlgorithmException {
    return HexFormat.of()
        .formatHex(
            MessageDigest.getInstance("SHA-256").digest(content.getBytes(StandardCharsets.UTF_8)));
  }

  private static long count(Connection c, String sql) throws SQLException {
    try (ResultSet rs = c.createStatement().executeQuery(sql)) {
      rs.next();
      return rs.getLong(1);
    }
  }
}
