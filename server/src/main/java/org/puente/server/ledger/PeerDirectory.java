package org.puente.server.ledger;

import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.StringReader;
import java.net.URI;
import java.security.cert.CertificateParsingException;
import java.security.cert.X509Certificate;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.puente.credentials.jsonld.JsonSupport;
import org.puente.ledger.LedgerException;
import org.puente.ledger.application.WatchedLogs;
import org.puente.ledger.model.SignedNote;
import org.puente.ledger.model.VerifierKey;
import org.puente.ledger.model.WitnessPolicy;
import org.puente.server.auth.Caller;
import org.puente.server.auth.PeerCallers;
import org.puente.server.auth.Role;
import org.puente.server.node.Jurisdiction;
import org.puente.server.tls.DidCertificates;
import org.puente.server.tls.PeerTls;
import org.puente.server.tls.RegisteredPeers;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The registered peer authority nodes (table {@code ledger_peer}) and the checkpoints of this
 * node's log they cosigned ({@code ledger_cosigned}). As {@link WatchedLogs} it tells the witness
 * which logs it watches: the configured ones ({@code puente.ledger.witness.logs}) and every
 * registered peer's, read from the database on each lookup, so a registration takes effect at once
 * and survives a restart. As {@link RegisteredPeers} and {@link PeerCallers} it tells the peer port
 * which DIDs are registered peers and with which DID document (mutual TLS).
 */
public final class PeerDirectory implements WatchedLogs, RegisteredPeers, PeerCallers {
  private static final String COLUMNS =
      "origin, url, jurisdiction, did, log_key, witness_key, did_document, registered_at,"
          + " last_cosigned_size, last_error";

  private static final Logger LOG = LoggerFactory.getLogger(PeerDirectory.class);

  private final JdbcClient jdbc;
  private final Clock clock;
  private final Jurisdiction own;
  private final Map<String, VerifierKey> configured;

  /**
   * @param own this node's country: only peers of the other one count as witnesses
   * @param configured logs watched by configuration (origin → log key)
   */
  public PeerDirectory(
      JdbcClient jdbc, Clock clock, Jurisdiction own, Map<String, VerifierKey> configured) {
    this.jdbc = jdbc;
    this.clock = clock;
    this.own = own;
    this.configured = Map.copyOf(configured);
  }

  @Override
  public Optional<VerifierKey> logKey(String origin) throws LedgerException {
    VerifierKey key = configured.get(origin);
    return key != null ? Optional.of(key) : find(origin).map(LedgerPeer::logKey);
  }

  /** Every origin the witness watches, sorted. */
  public List<String> watchedOrigins() throws LedgerException {
    java.util.TreeSet<String> all = new java.util.TreeSet<>(configured.keySet());
    all().forEach(p -> all.add(p.origin()));
    return List.copyOf(all);
  }

  /** Adds or updates (new URL, DID or DID document) a peer. */
  public void save(LedgerPeer peer) throws LedgerException {
    run(
        () ->
            jdbc.sql(
                    "INSERT INTO ledger_peer (origin, url, jurisdiction, did, log_key, witness_key,"
                        + " did_document, registered_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT"
                        + " (origin) DO UPDATE SET url = EXCLUDED.url, did = EXCLUDED.did,"
                        + " did_document = EXCLUDED.did_document")
                .params(
                    peer.origin(),
                    peer.url().toString(),
                    peer.jurisdiction().name(),
                    peer.did(),
                    peer.logKey().encode(),
                    peer.witnessKey().encode(),
                    peer.didDocument().map(JsonObject::toString).orElse(null),
                    Timestamp.from(peer.registeredAt()))
                .update());
  }

  /** The peer whose log is {@code origin}. */
  public Optional<LedgerPeer> find(String origin) throws LedgerException {
    return query(() -> select("WHERE origin = ?", origin)).stream().findFirst();
  }

  /** The registered peer whose DID is {@code did} (of the other country). */
  public Optional<LedgerPeer> findByDid(String did) throws LedgerException {
    return query(() -> select("WHERE did = ? ORDER BY origin", did)).stream()
        .filter(p -> p.jurisdiction() != own)
        .findFirst();
  }

  /** The registered peer's DID document, for the peer port's trust manager. */
  @Override
  public Optional<JsonObject> document(String did) {
    try {
      return findByDid(did).flatMap(LedgerPeer::didDocument);
    } catch (LedgerException e) {
      LOG.warn("cannot look up peer {}: {}", did, e.getMessage());
      return Optional.empty(); // the handshake then treats it as an unknown node
    }
  }

  /**
   * The caller a client certificate on the peer port proves: a registered peer authority of the
   * other country whose registered DID document lists the certificate's key; else empty.
   */
  @Override
  public Optional<Caller> callerOf(X509Certificate certificate) {
    try {
      Optional<String> did = DidCertificates.didOf(certificate);
      if (did.isEmpty()) {
        return Optional.empty();
      }
      Optional<LedgerPeer> peer = findByDid(did.get());
      return peer.filter(
              p ->
                  p.didDocument()
                      .map(d -> PeerTls.authenticationKeys(d, p.did()))
                      .orElse(List.of())
                      .contains(certificate.getPublicKey()))
          .map(
              p -> new Caller(p.did(), Set.of(Role.PEER_NODE), p.jurisdiction(), Optional.empty()));
    } catch (LedgerException | CertificateParsingException e) {
      LOG.warn("cannot identify a peer certificate: {}", e.getMessage());
      return Optional.empty();
    }
  }

  /** Every registered peer, by origin. */
  public List<LedgerPeer> all() throws LedgerException {
    return query(() -> select("ORDER BY origin"));
  }

  /**
   * issue #5: a checkpoint of this log is witnessed only with a cosignature by the witness of a
   * registered peer of the other country (never this node's own witness, never an unknown one).
   */
  public WitnessPolicy policy() throws LedgerException {
    return new WitnessPolicy(
        all().stream().filter(p -> p.jurisdiction() != own).map(LedgerPeer::witnessKey).toList());
  }

  /** Keeps a checkpoint of this log that {@link #policy} accepts; returns what it checked. */
  public void recordCosigned(String origin, long size, SignedNote note, String witness)
      throws LedgerException {
    run(
        () -> {
          jdbc.sql(
                  "INSERT INTO ledger_cosigned (tree_size, witness, checkpoint, cosigned_at)"
                      + " VALUES (?, ?, ?, ?) ON CONFLICT (tree_size, witness) DO NOTHING")
              .params(size, witness, note.format(), Timestamp.from(clock.instant()))
              .update();
          return jdbc.sql(
                  "UPDATE ledger_peer SET last_cosigned_size = ?, last_attempt_at = ?,"
                      + " last_error = NULL WHERE origin = ?")
              .params(size, Timestamp.from(clock.instant()), origin)
              .update();
        });
  }

  /** Notes why the last push to {@code origin} failed. */
  public void recordFailure(String origin, String why) throws LedgerException {
    run(
        () ->
            jdbc.sql("UPDATE ledger_peer SET last_attempt_at = ?, last_error = ? WHERE origin = ?")
                .params(Timestamp.from(clock.instant()), why, origin)
                .update());
  }

  /** The cosigned checkpoint of size {@code size}, or the latest one when {@code size} is empty. */
  public Optional<String> cosigned(Optional<Long> size) throws LedgerException {
    return query(
            () ->
                size.isPresent()
                    ? jdbc.sql(
                            "SELECT checkpoint FROM ledger_cosigned WHERE tree_size = ?"
                                + " ORDER BY cosigned_at DESC LIMIT 1")
                        .param(size.get())
                        .query(String.class)
                        .list()
                    : jdbc.sql(
                            "SELECT checkpoint FROM ledger_cosigned"
                                + " ORDER BY tree_size DESC, cosigned_at DESC LIMIT 1")
                        .query(String.class)
                        .list())
        .stream()
        .findFirst();
  }

  private List<LedgerPeer> select(String where, Object... params) {
    return jdbc.sql("SELECT " + COLUMNS + " FROM ledger_peer " + where)
        .params(params)
        .query((r, n) -> peer(r))
        .list();
  }

  private static LedgerPeer peer(ResultSet r) throws SQLException {
    try {
      long size = r.getLong(9);
      Optional<Long> cosigned = r.wasNull() ? Optional.empty() : Optional.of(size);
      return new LedgerPeer(
          r.getString(1),
          URI.create(r.getString(2)),
          Jurisdiction.valueOf(r.getString(3)),
          r.getString(4),
          VerifierKey.parse(r.getString(5)),
          VerifierKey.parse(r.getString(6)),
          Optional.ofNullable(r.getString(7)).map(PeerDirectory::json),
          r.getTimestamp(8).toInstant(),
          cosigned,
          Optional.ofNullable(r.getString(10)));
    } catch (LedgerException e) {
      throw new SQLException("corrupt ledger_peer row " + r.getString(1) + ": " + e, e);
    }
  }

  private static JsonObject json(String text) {
    try (JsonReader reader = JsonSupport.PROVIDER.createReader(new StringReader(text))) {
      return reader.readObject();
    }
  }

  private interface Sql<T> {
    T run();
  }

  private static <T> T query(Sql<T> sql) throws LedgerException {
    try {
      return sql.run();
    } catch (DataAccessException e) {
      throw new LedgerException(
          LedgerException.Code.STORAGE_FAILED, "ledger peers: " + e.getMessage(), e);
    }
  }

  private static void run(Sql<?> sql) throws LedgerException {
    query(sql);
  }
}
