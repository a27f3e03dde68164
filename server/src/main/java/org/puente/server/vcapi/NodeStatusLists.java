package org.puente.server.vcapi;

import jakarta.json.JsonObject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.BitSet;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.puente.credentials.CredentialException;
import org.puente.credentials.Credentials;
import org.puente.credentials.di.Cryptosuite;
import org.puente.credentials.status.Bitstring;
import org.puente.credentials.status.StatusListCredential;
import org.puente.credentials.status.StatusPurpose;
import org.puente.server.credentials.CredentialStore;
import org.puente.server.node.NodeIdentity;

/**
 * This node's Bitstring Status Lists (W3C Bitstring Status List §2.2): one revocation list of
 * {@link Bitstring#MIN_BITS} entries, created on first start, published at {@code
 * <base>/credentials/status/<listId>} as a {@code BitstringStatusListCredential} signed with the
 * node's Ed25519 key. The signed list is cached until a bit changes.
 *
 * <p>Indexes are allocated in order by the store (not at random as §6.1 suggests for group
 * privacy): noted as a limitation in docs/server.md.
 */
public final class NodeStatusLists {
  /** The one revocation list's identifier. */
  public static final String REVOCATION_LIST = "revocation-1";

  /**
   * The one suspension list's identifier. A credential's suspension entry uses the same index as
   * its revocation entry (both lists have the same size, and the store allocates indexes on the
   * revocation list).
   */
  public static final String SUSPENSION_LIST = "suspension-1";

  private final CredentialStore store;
  private final NodeIdentity identity;
  private final String base;
  private final Clock clock;
  private final Duration validity;
  private final Map<String, JsonObject> signed = new ConcurrentHashMap<>();
  private final Map<String, StatusPurpose> purposes = new ConcurrentHashMap<>();

  /** Lists of {@code identity}, published under {@code base} and valid for {@code validity}. */
  public NodeStatusLists(
      CredentialStore store, NodeIdentity identity, String base, Clock clock, Duration validity) {
    this.store = store;
    this.identity = identity;
    this.base = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
    this.clock = clock;
    this.validity = validity;
  }

  /** Creates the revocation and suspension lists unless they exist. */
  public NodeStatusLists ensureCreated() {
    store.createStatusListIfAbsent(REVOCATION_LIST, "revocation", Bitstring.MIN_BITS);
    store.createStatusListIfAbsent(SUSPENSION_LIST, "suspension", Bitstring.MIN_BITS);
    return this;
  }

  /** The purpose of list {@code listId}, if this node has it (lists never change purpose). */
  public Optional<StatusPurpose> purpose(String listId) {
    StatusPurpose known = purposes.get(listId);
    if (known != null) {
      return Optional.of(known);
    }
    Optional<StatusPurpose> found = store.statusListPurpose(listId).map(StatusPurpose::fromJson);
    found.ifPresent(p -> purposes.put(listId, p));
    return found;
  }

  /** The public URL of list {@code listId}. */
  public String url(String listId) {
    return base + "/credentials/status/" + listId;
  }

  /** The list id if {@code url} is one of this node's lists. */
  public Optional<String> ownListId(String url) {
    String prefix = base + "/credentials/status/";
    return url.startsWith(prefix) && purpose(url.substring(prefix.length())).isPresent()
        ? Optional.of(url.substring(prefix.length()))
        : Optional.empty();
  }

  /** The list as a verifier sees it, read from the store (no proof needed: it is ours). */
  public StatusListCredential current(String listId) {
    BitSet set = store.statusBits(listId);
    Bitstring bits = Bitstring.ofLength(Bitstring.MIN_BITS);
    set.stream().forEach(i -> bits.set(i, true));
    Instant now = clock.instant();
    StatusPurpose purpose =
        purpose(listId).orElseThrow(() -> new IllegalArgumentException("no status list " + listId));
    return new StatusListCredential(
        url(listId), identity.did(), purpose, bits, now, now.plus(validity));
  }

  /** The signed status list credential to publish, if {@code listId} exists. */
  public Optional<JsonObject> published(String listId, Credentials credentials)
      throws CredentialException {
    if (purpose(listId).isEmpty()) {
      return Optional.empty();
    }
    JsonObject cached = signed.get(listId);
    if (cached != null && !expired(cached)) {
      return Optional.of(cached);
    }
    JsonObject fresh =
        credentials.issue(
            current(listId).toUnsignedCredential(),
            identity.ed25519(),
            Cryptosuite.EDDSA_RDFC_2022);
    signed.put(listId, fresh);
    return Optional.of(fresh);
  }

  private boolean expired(JsonObject list) {
    Instant until = Instant.parse(list.getString("validUntil"));
    return !clock.instant().plus(validity.dividedBy(2)).isBefore(until);
  }

  /** Forgets the signed copy of {@code listId} after one of its bits changed. */
  public void changed(String listId) {
    signed.remove(listId);
  }
}
