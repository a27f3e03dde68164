package org.puente.server.trust;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;
import org.puente.server.node.Jurisdiction;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The {@code trust_entry} table, through JdbcClient and plain SQL. The per-issuer lookups that
 * every verification makes are cached for at most {@link #CACHE_TTL_NANOS}, and the cache is
 * dropped on every write through this instance, so a node sees its own changes at once and another
 * node's (sharing the database) within that bound.
 */
public final class TrustEntries {
  /** How long a cached per-issuer lookup may be used: one second. */
  static final long CACHE_TTL_NANOS = 1_000_000_000L;

  /** Bound on cached lookups; beyond it the cache starts over. */
  private static final int CACHE_MAX = 10_000;

  private static final String COLUMNS =
      "id, issuer_did, credential_type, jurisdiction, id_scheme, national_id, valid_from,"
          + " valid_until, created_at, created_by, withdrawn_at";

  private final JdbcClient jdbc;
  private final LongSupplier nanoTime;
  private final ConcurrentHashMap<Lookup, Cached> cache = new ConcurrentHashMap<>();

  /** Reads and writes through {@code jdbc}. */
  public TrustEntries(JdbcClient jdbc) {
    this(jdbc, System::nanoTime);
  }

  /** Reads and writes through {@code jdbc}, timing cached lookups with {@code nanoTime}. */
  TrustEntries(JdbcClient jdbc, LongSupplier nanoTime) {
    this.jdbc = jdbc;
    this.nanoTime = nanoTime;
  }

  private record Lookup(String issuerDid, String type, Jurisdiction jurisdiction) {}

  private record Cached(List<TrustEntry> entries, long loadedAt) {}

  /** Inserts a new entry (one statement: committed whole or not at all). */
  public void insert(TrustEntry e) {
    jdbc.sql("INSERT INTO trust_entry (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
        .params(
            e.id(),
            e.issuerDid(),
            e.credentialType(),
            e.jurisdiction().name(),
            e.scheme().name(),
            e.nationalId(),
            Timestamp.from(e.validFrom()),
            Timestamp.from(e.validUntil()),
            Timestamp.from(e.createdAt()),
            e.createdBy(),
            e.withdrawnAt().map(Timestamp::from).orElse(null))
        .update();
    cache.clear();
  }

  /** The entry with {@code id}. */
  public Optional<TrustEntry> find(UUID id) {
    return jdbc.sql("SELECT " + COLUMNS + " FROM trust_entry WHERE id = ?")
        .param(id)
        .query(TrustEntries::map)
        .optional();
  }

  /** Entries matching the filters (each optional), oldest first, at most {@code limit}. */
  public List<TrustEntry> list(
      Optional<String> issuerDid,
      Optional<String> type,
      Optional<Jurisdiction> jurisdiction,
      int limit) {
    return jdbc.sql(
            "SELECT "
                + COLUMNS
                + " FROM trust_entry WHERE (CAST(? AS TEXT) IS NULL OR issuer_did = ?)"
                + " AND (CAST(? AS TEXT) IS NULL OR credential_type = ?)"
                + " AND (CAST(? AS TEXT) IS NULL OR jurisdiction = ?)"
                + " ORDER BY created_at, id LIMIT ?")
        .params(
            issuerDid.orElse(null),
            issuerDid.orElse(null),
            type.orElse(null),
            type.orElse(null),
            jurisdiction.map(Enum::name).orElse(null),
            jurisdiction.map(Enum::name).orElse(null),
            limit)
        .query(TrustEntries::map)
        .list();
  }

  /** Entries in force at {@code at} or later (not withdrawn, not yet expired): the trust list. */
  public List<TrustEntry> current(Instant at) {
    return jdbc.sql(
            "SELECT "
                + COLUMNS
                + " FROM trust_entry WHERE withdrawn_at IS NULL AND valid_until > ?"
                + " ORDER BY created_at, id")
        .param(Timestamp.from(at))
        .query(TrustEntries::map)
        .list();
  }

  /** Entries for one issuer, type and jurisdiction. */
  public List<TrustEntry> forIssuer(String issuerDid, String type, Jurisdiction jurisdiction) {
    Lookup key = new Lookup(issuerDid, type, jurisdiction);
    long now = nanoTime.getAsLong();
    Cached hit = cache.get(key);
    if (hit != null && now - hit.loadedAt() < CACHE_TTL_NANOS) {
      return hit.entries();
    }
    List<TrustEntry> found =
        List.copyOf(
            list(Optional.of(issuerDid), Optional.of(type), Optional.of(jurisdiction), 1000));
    if (cache.size() >= CACHE_MAX) {
      cache.clear();
    }
    cache.put(key, new Cached(found, now));
    return found;
  }

  /** Withdraws an entry from {@code at}; false if it does not exist or was already withdrawn. */
  public boolean withdraw(UUID id, Instant at, String by) {
    boolean withdrawn =
        jdbc.sql(
                    "UPDATE trust_entry SET withdrawn_at = ?, withdrawn_by = ?"
                        + " WHERE id = ? AND withdrawn_at IS NULL")
                .params(Timestamp.from(at), by, id)
                .update()
            == 1;
    cache.clear();
    return withdrawn;
  }

  private static TrustEntry map(ResultSet rs, int row) throws SQLException {
    Timestamp withdrawn = rs.getTimestamp("withdrawn_at");
    return new TrustEntry(
        rs.getObject("id", UUID.class),
        rs.getString("issuer_did"),
        rs.getString("credential_type"),
        Jurisdiction.valueOf(rs.getString("jurisdiction")),
        NationalIdScheme.valueOf(rs.getString("id_scheme")),
        rs.getString("national_id"),
        rs.getTimestamp("valid_from").toInstant(),
        rs.getTimestamp("valid_until").toInstant(),
        rs.getTimestamp("created_at").toInstant(),
        rs.getString("created_by"),
        Optional.ofNullable(withdrawn).map(Timestamp::toInstant));
  }
}
