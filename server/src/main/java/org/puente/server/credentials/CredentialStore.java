package org.puente.server.credentials;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.BitSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.puente.server.node.Jurisdiction;
import org.puente.server.store.GroupCommit;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The credential store: credentials this node issued with their Bitstring Status List entries, and
 * credentials it received with their verification reports. Every write is one transaction,
 * committed whole or not at all (a crash leaves no half-written record). The lead's VC-API (issue,
 * verify, status) writes through this class; the query endpoints read through it.
 */
public final class CredentialStore {
  private static final String ISSUED =
      "id, credential_type, issuer_did, subject_id, jurisdiction, format, content, status_list_id,"
          + " status_index, issued_at, issued_by";

  /** A receipt with its content, which is kept once per distinct credential (V5). */
  private static final String RECEIVED =
      "r.id, r.credential_id, r.credential_type, r.issuer_did, r.jurisdiction, r.format,"
          + " c.content, r.received_from, r.received_at FROM received_credential r"
          + " JOIN credential_content c ON c.sha256 = r.content_sha256";

  private final JdbcClient jdbc;
  private final TransactionTemplate tx;
  private final GroupCommit commits;
  private final SecureRandom random;
  private final Clock clock;

  /**
   * A store over {@code jdbc}, with transactions from {@code tx}; received credentials go through
   * the group commits of {@code commits}.
   */
  public CredentialStore(
      JdbcClient jdbc,
      TransactionTemplate tx,
      GroupCommit commits,
      Clock clock,
      SecureRandom random) {
    this.jdbc = jdbc;
    this.tx = tx;
    this.commits = commits;
    this.clock = clock;
    this.random = random;
  }

  /**
   * Creates a status list of {@code size} bits for {@code purpose} (revocation or suspension), with
   * a secret that scatters its indexes ({@link IndexPermutation}).
   */
  public void createStatusList(String listId, String purpose, int size) {
    jdbc.sql(
            "INSERT INTO status_list (id, purpose, size, created_at, index_key) VALUES (?, ?, ?, ?,"
                + " ?)")
        .params(listId, purpose, size, Timestamp.from(clock.instant()), indexKey())
        .update();
  }

  /** Creates a status list unless one with {@code listId} exists. */
  public void createStatusListIfAbsent(String listId, String purpose, int size) {
    jdbc.sql(
            "INSERT INTO status_list (id, purpose, size, created_at, index_key) VALUES (?, ?, ?, ?,"
                + " ?)"
                + " ON CONFLICT (id) DO NOTHING")
        .params(listId, purpose, size, Timestamp.from(clock.instant()), indexKey())
        .update();
  }

  private byte[] indexKey() {
    byte[] key = new byte[32];
    random.nextBytes(key);
    return key;
  }

  /** When status list {@code listId} was created. */
  public Optional<Instant> statusListCreatedAt(String listId) {
    return jdbc.sql("SELECT created_at FROM status_list WHERE id = ?")
        .param(listId)
        .query(Timestamp.class)
        .optional()
        .map(Timestamp::toInstant);
  }

  /** The purpose ({@code revocation} or {@code suspension}) of status list {@code listId}. */
  public Optional<String> statusListPurpose(String listId) {
    return jdbc.sql("SELECT purpose FROM status_list WHERE id = ?")
        .param(listId)
        .query(String.class)
        .optional();
  }

  /**
   * Issues: takes the next free index of {@code listId} (if given) and stores the credential with
   * it, in one transaction.
   *
   * @param build makes the credential once its status entry is known (to embed it)
   * @throws IllegalStateException if the status list is full or absent
   */
  public IssuedCredential issue(
      Optional<String> listId,
      java.util.function.Function<Optional<StatusListEntry>, IssuedCredential> build) {
    return tx.execute(
        status -> {
          Optional<StatusListEntry> entry = listId.map(this::allocate);
          IssuedCredential credential = build.apply(entry);
          if (!credential.status().equals(entry)) {
            throw new IllegalArgumentException(
                "the credential must carry the allocated status entry");
          }
          insertIssued(credential);
          return credential;
        });
  }

  /**
   * Takes the list's next counter value and maps it to an index through the list's permutation
   * (lists created before they had a key keep handing out indexes in order).
   */
  private StatusListEntry allocate(String listId) {
    int index =
        jdbc.sql(
                "UPDATE status_list SET next_index = next_index + 1 WHERE id = ? AND next_index < size"
                    + " RETURNING next_index - 1, size, index_key")
            .param(listId)
            .query(
                (rs, n) -> {
                  int counter = rs.getInt(1);
                  byte[] key = rs.getBytes(3);
                  return key == null
                      ? counter
                      : new IndexPermutation(key, rs.getInt(2)).apply(counter);
                })
            .optional()
            .orElseThrow(
                () -> new IllegalStateException("status list " + listId + " is full or absent"));
    return new StatusListEntry(listId, index);
  }

  private void insertIssued(IssuedCredential c) {
    jdbc.sql(
            "INSERT INTO issued_credential ("
                + ISSUED
                + ", content_sha256) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
        .params(
            c.id(),
            c.type(),
            c.issuerDid(),
            c.subjectId().orElse(null),
            c.jurisdiction().name(),
            c.format().name(),
            c.content(),
            c.status().map(StatusListEntry::listId).orElse(null),
            c.status().map(StatusListEntry::index).orElse(null),
            Timestamp.from(c.issuedAt()),
            c.issuedBy(),
            sha256(c.content()))
        .update();
  }

  /** Sets (true) or clears a status bit. */
  public void setStatus(StatusListEntry entry, boolean value, String by) {
    jdbc.sql(
            "INSERT INTO status_entry (status_list_id, status_index, status, updated_at, updated_by)"
                + " VALUES (?, ?, ?, ?, ?) ON CONFLICT (status_list_id, status_index) DO UPDATE"
                + " SET status = EXCLUDED.status, updated_at = EXCLUDED.updated_at,"
                + " updated_by = EXCLUDED.updated_by")
        .params(entry.listId(), entry.index(), value, Timestamp.from(clock.instant()), by)
        .update();
  }

  /** The bits of a status list (for publishing it as a Bitstring Status List credential). */
  public BitSet statusBits(String listId) {
    BitSet bits = new BitSet();
    jdbc.sql("SELECT status_index FROM status_entry WHERE status_list_id = ? AND status")
        .param(listId)
        .query(Integer.class)
        .list()
        .forEach(bits::set);
    return bits;
  }

  /** The issued credential with {@code id}. */
  public Optional<IssuedCredential> findIssued(String id) {
    return jdbc.sql("SELECT " + ISSUED + " FROM issued_credential WHERE id = ?")
        .param(id)
        .query(CredentialStore::issued)
        .optional();
  }

  /** Issued credentials of one jurisdiction, newest first, optionally of one type. */
  public List<IssuedCredential> listIssued(Jurisdiction j, Optional<String> type, int limit) {
    return jdbc.sql(
            "SELECT "
                + ISSUED
                + " FROM issued_credential WHERE jurisdiction = ?"
                + " AND (CAST(? AS TEXT) IS NULL OR credential_type = ?)"
                + " ORDER BY issued_at DESC, id LIMIT ?")
        .params(j.name(), type.orElse(null), type.orElse(null), limit)
        .query(CredentialStore::issued)
        .list();
  }

  /**
   * Stores a received credential and the report of its verification, both or neither: at once (in a
   * group commit with other requests' writes), or, inside a request to a trade-data endpoint,
   * together with that request's access record before its response is released. The content is kept
   * once per distinct credential (by its SHA-256): receiving the same credential again adds a
   * receipt and a report, not another copy.
   */
  public void receive(ReceivedCredential credential, VerificationReport report) {
    if (!report.receivedId().equals(credential.id())) {
      throw new IllegalArgumentException(
          "the report is about " + report.receivedId() + ", not " + credential.id());
    }
    String digest = sha256(credential.content());
    commits.writeOrDefer(
        List.of(
            contentRow(digest, credential), receivedRow(digest, credential), reportRow(report)));
  }

  /**
   * The content, unless it is already kept. Rows of one statement go to PostgreSQL before those of
   * the statements that first appear after it ({@link GroupCommit}), so the content precedes the
   * receipts that reference it. Keyed by its digest: concurrent batches that both bring new
   * contents take them in the same order, so they cannot deadlock on each other's.
   */
  private static GroupCommit.Row contentRow(String digest, ReceivedCredential c) {
    return GroupCommit.Row.keyed(
        digest,
        "INSERT INTO credential_content (sha256, content, first_seen) VALUES (?, ?, ?)"
            + " ON CONFLICT (sha256) DO NOTHING",
        digest,
        c.content(),
        Timestamp.from(c.receivedAt()));
  }

  private static GroupCommit.Row receivedRow(String digest, ReceivedCredential c) {
    return GroupCommit.Row.of(
        "INSERT INTO received_credential (id, credential_id, credential_type, issuer_did,"
            + " jurisdiction, format, received_from, received_at, content_sha256)"
            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        c.id(),
        c.credentialId().orElse(null),
        c.type(),
        c.issuerDid(),
        c.jurisdiction().name(),
        c.format().name(),
        c.receivedFrom(),
        Timestamp.from(c.receivedAt()),
        digest);
  }

  private static GroupCommit.Row reportRow(VerificationReport r) {
    return GroupCommit.Row.of(
        "INSERT INTO verification_report (id, received_id, verified, trusted, code, report,"
            + " verified_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
        r.id(),
        r.receivedId(),
        r.verified(),
        r.trusted(),
        r.code().orElse(null),
        r.report(),
        Timestamp.from(r.verifiedAt()));
  }

  /** Adds a (re-)verification report to a received credential (at once, or deferred). */
  public void addReport(VerificationReport r) {
    commits.writeOrDefer(List.of(reportRow(r)));
  }

  /** The received credential with {@code id}. */
  public Optional<ReceivedCredential> findReceived(UUID id) {
    return jdbc.sql("SELECT " + RECEIVED + " WHERE r.id = ?")
        .param(id)
        .query(CredentialStore::received)
        .optional();
  }

  /** Received credentials of one jurisdiction, newest first, optionally of one type. */
  public List<ReceivedCredential> listReceived(Jurisdiction j, Optional<String> type, int limit) {
    return jdbc.sql(
            "SELECT "
                + RECEIVED
                + " WHERE r.jurisdiction = ?"
                + " AND (CAST(? AS TEXT) IS NULL OR r.credential_type = ?)"
                + " ORDER BY r.received_at DESC, r.id LIMIT ?")
        .params(j.name(), type.orElse(null), type.orElse(null), limit)
        .query(CredentialStore::received)
        .list();
  }

  /** The verification reports of a received credential, oldest first. */
  public List<VerificationReport> reports(UUID receivedId) {
    return jdbc.sql(
            "SELECT id, received_id, verified, trusted, code, report, verified_at"
                + " FROM verification_report WHERE received_id = ? ORDER BY verified_at, id")
        .param(receivedId)
        .query(
            (rs, n) ->
                new VerificationReport(
                    rs.getObject("id", UUID.class),
                    rs.getObject("received_id", UUID.class),
                    rs.getBoolean("verified"),
                    rs.getBoolean("trusted"),
                    Optional.ofNullable(rs.getString("code")),
                    rs.getString("report"),
                    rs.getTimestamp("verified_at").toInstant()))
        .list();
  }

  private static IssuedCredential issued(ResultSet rs, int row) throws SQLException {
    String listId = rs.getString("status_list_id");
    Optional<StatusListEntry> status =
        listId == null
            ? Optional.empty()
            : Optional.of(new StatusListEntry(listId, rs.getInt("status_index")));
    return new IssuedCredential(
        rs.getString("id"),
        rs.getString("credential_type"),
        rs.getString("issuer_did"),
        Optional.ofNullable(rs.getString("subject_id")),
        Jurisdiction.valueOf(rs.getString("jurisdiction")),
        CredentialFormat.valueOf(rs.getString("format")),
        rs.getString("content"),
        status,
        rs.getTimestamp("issued_at").toInstant(),
        rs.getString("issued_by"));
  }

  private static ReceivedCredential received(ResultSet rs, int row) throws SQLException {
    return new ReceivedCredential(
        rs.getObject("id", UUID.class),
        Optional.ofNullable(rs.getString("credential_id")),
        rs.getString("credential_type"),
        rs.getString("issuer_did"),
        Jurisdiction.valueOf(rs.getString("jurisdiction")),
        CredentialFormat.valueOf(rs.getString("format")),
        rs.getString("content"),
        rs.getString("received_from"),
        rs.getTimestamp("received_at").toInstant());
  }

  static String sha256(String content) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256")
                  .digest(content.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is a required JDK algorithm", e);
    }
  }
}
