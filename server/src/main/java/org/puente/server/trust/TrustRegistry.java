package org.puente.server.trust;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.puente.server.node.Jurisdiction;
import org.puente.server.node.NodeIdentity;

/**
 * The trust registry (DESIGN.md §3.7): this node's own accreditations plus the signed trust lists
 * fetched from peer nodes, each usable only while fresher than its {@code notAfter} (bounded
 * staleness). Verification code asks {@link #isAccredited}; an issuer it does not accredit makes a
 * verification result "not trusted".
 */
public final class TrustRegistry {
  private final TrustEntries entries;
  private final PeerTrustLists peers;
  private final NodeIdentity identity;
  private final Duration maxStaleness;
  private final Clock clock;

  /** A registry over the local table and the peer cache. */
  public TrustRegistry(
      TrustEntries entries,
      PeerTrustLists peers,
      NodeIdentity identity,
      Duration maxStaleness,
      Clock clock) {
    this.entries = entries;
    this.peers = peers;
    this.identity = identity;
    this.maxStaleness = maxStaleness;
    this.clock = clock;
  }

  /**
   * Whether {@code issuerDid} was accredited to issue {@code credentialType} in {@code
   * jurisdiction} at instant {@code at}, by this node's registry or by a peer's trust list that is
   * still fresh now.
   */
  public boolean isAccredited(
      String issuerDid, String credentialType, Jurisdiction jurisdiction, Instant at) {
    return accreditation(issuerDid, credentialType, jurisdiction, at).isPresent();
  }

  /** The accrediting entry and where it comes from, if any. */
  public Optional<Accreditation> accreditation(
      String issuerDid, String credentialType, Jurisdiction jurisdiction, Instant at) {
    Optional<Accreditation> local =
        entries.forIssuer(issuerDid, credentialType, jurisdiction).stream()
            .filter(e -> e.accredits(issuerDid, credentialType, jurisdiction, at))
            .findFirst()
            .map(e -> new Accreditation(e, identity.did()));
    if (local.isPresent()) {
      return local;
    }
    return peers.fresh(clock.instant()).stream()
        .flatMap(
            list ->
                list.entries().stream()
                    .filter(e -> e.accredits(issuerDid, credentialType, jurisdiction, at))
                    .map(e -> new Accreditation(e, list.issuer())))
        .findFirst();
  }

  /** The node's current signed trust list (compact JWS). */
  public String signedTrustList() {
    Instant now = clock.instant();
    TrustList list =
        new TrustList(identity.did(), now, now.plus(maxStaleness), entries.current(now));
    return TrustListSigner.sign(list, identity.ed25519());
  }

  /** The entry with {@code id} in the local registry. */
  public Optional<TrustEntry> find(UUID id) {
    return entries.find(id);
  }

  /**
   * An accrediting entry and the DID of the registry that holds it.
   *
   * @param entry the entry
   * @param source this node's DID, or the peer's
   */
  public record Accreditation(TrustEntry entry, String source) {}
}
