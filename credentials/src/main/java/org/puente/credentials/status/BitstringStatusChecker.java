package org.puente.credentials.status;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import org.puente.credentials.CredentialException;
import org.puente.credentials.CredentialException.Code;

/**
 * Checks a credential's {@code credentialStatus} against Bitstring Status Lists, with a cache.
 *
 * <p>A cached list is used while younger than {@code refreshAfter}; after that the checker fetches
 * again, and if the fetch fails it falls back on the cached copy as long as that copy is no older
 * than {@code maxStaleness} (a port working on cached trust when a link fails). Every result says
 * how old the list it used was.
 *
 * @see <a href="https://www.w3.org/TR/vc-bitstring-status-list/#validate-algorithm">§3.2 Validate
 *     Algorithm</a>
 */
public final class BitstringStatusChecker implements org.puente.credentials.StatusChecker {
  private final StatusListSource source;
  private final Clock clock;
  private final Duration refreshAfter;
  private final Duration maxStaleness;
  private final Map<String, Cached> cache = new ConcurrentHashMap<>();

  private record Cached(StatusListCredential list, Instant fetchedAt) {}

  /** The outcome for one entry: the purpose, its value, and the age of the list consulted. */
  public record Result(StatusListEntry entry, int value, Duration listAge) {
    /** Whether the entry's status bit is set. */
    public boolean isSet() {
      return value != 0;
    }
  }

  public BitstringStatusChecker(
      StatusListSource source, Clock clock, Duration refreshAfter, Duration maxStaleness) {
    this.source = Objects.requireNonNull(source, "source");
    this.clock = Objects.requireNonNull(clock, "clock");
    this.refreshAfter = Objects.requireNonNull(refreshAfter, "refreshAfter");
    this.maxStaleness = Objects.requireNonNull(maxStaleness, "maxStaleness");
    if (maxStaleness.compareTo(refreshAfter) < 0) {
      throw new IllegalArgumentException(
          "maxStaleness " + maxStaleness + " is shorter than refreshAfter " + refreshAfter);
    }
  }

  /**
   * Checks every {@code BitstringStatusListEntry} of a credential; returns normally only when none
   * is set.
   *
   * @return one result per entry checked (empty when the credential has no such entry)
   * @throws CredentialException {@code REVOKED} or {@code SUSPENDED} when a bit is set; a status
   *     code when a list cannot be had or does not fit
   */
  public List<Result> check(JsonObject credential) throws CredentialException {
    List<Result> results = new ArrayList<>();
    for (JsonObject status : statuses(credential.get("credentialStatus"))) {
      StatusListEntry entry = StatusListEntry.fromJson(status);
      if (entry == null) {
        continue;
      }
      Result result = check(entry, issuer(credential));
      throwIfSet(entry, result);
      results.add(result);
    }
    return List.copyOf(results);
  }

  private static void throwIfSet(StatusListEntry entry, Result result) throws CredentialException {
    if (result.isSet()) {
      throw new CredentialException(
          entry.purpose() == StatusPurpose.REVOCATION ? Code.REVOKED : Code.SUSPENDED,
          String.format(
              java.util.Locale.ROOT,
              "credential is %s: bit %d of %s is set (list %ds old)",
              entry.purpose() == StatusPurpose.REVOCATION ? "revoked" : "suspended",
              entry.index(),
              entry.statusListCredential(),
              result.listAge().toSeconds()));
    }
  }

  /** Checks one entry; the credential's issuer must also be the list's issuer. */
  public Result check(StatusListEntry entry, String credentialIssuer) throws CredentialException {
    Cached cached = list(entry.statusListCredential());
    StatusListCredential list = cached.list();
    if (credentialIssuer != null && !credentialIssuer.equals(list.issuer())) {
      throw new CredentialException(
          Code.STATUS_VERIFICATION_ERROR,
          "status list "
              + entry.statusListCredential()
              + " is issued by "
              + list.issuer()
              + ", not by the credential's issuer "
              + credentialIssuer);
    }
    if (list.purpose() != entry.purpose()) {
      throw new CredentialException(
          Code.STATUS_VERIFICATION_ERROR,
          "entry purpose "
              + entry.purpose().jsonName()
              + " differs from the list's "
              + list.purpose().jsonName());
    }
    Bitstring bits = list.bits();
    long lastBit = (long) (entry.index() + 1) * entry.statusSize() - 1;
    if (lastBit >= bits.length()) {
      throw new CredentialException(
          Code.STATUS_LIST_LENGTH_ERROR,
          "status index " + entry.index() + " lies outside the list of " + bits.length() + " bits");
    }
    int value = bits.entry(entry.index(), entry.statusSize());
    return new Result(entry, value, Duration.between(cached.fetchedAt(), clock.instant()));
  }

  /**
   * The verification port: checks one {@code credentialStatus} entry of a verified credential.
   * Entries of other types are refused ({@code UNSUPPORTED_STATUS_TYPE}): a status this node cannot
   * read is never reported as good. Bitstring entries whose purpose carries no validity meaning
   * ({@code refresh}, {@code message}) pass.
   */
  @Override
  public void check(JsonObject credential, JsonObject statusEntry) throws CredentialException {
    StatusListEntry entry = StatusListEntry.fromJson(statusEntry);
    if (entry == null) {
      if (!StatusListEntry.TYPE.equals(typeOf(statusEntry))) {
        throw new CredentialException(
            Code.UNSUPPORTED_STATUS_TYPE,
            "credentialStatus type "
                + statusEntry.get("type")
                + " is not one this node checks"
                + " (expected "
                + StatusListEntry.TYPE
                + ")");
      }
      return;
    }
    throwIfSet(entry, check(entry, issuer(credential)));
  }

  private static String typeOf(JsonObject entry) {
    return entry.get("type") instanceof jakarta.json.JsonString s ? s.getString() : null;
  }

  /** Forgets a cached list so that the next check fetches it (after a revocation here, say). */
  public void invalidate(String url) {
    cache.remove(url);
  }

  private Cached list(String url) throws CredentialException {
    Instant now = clock.instant();
    Cached cached = cache.get(url);
    if (cached != null && age(cached, now).compareTo(refreshAfter) < 0) {
      return cached;
    }
    try {
      Cached fresh = new Cached(source.fetch(url), now);
      cache.put(url, fresh);
      return fresh;
    } catch (CredentialException e) {
      if (e.code() != Code.STATUS_RETRIEVAL_ERROR || cached == null) {
        throw e;
      }
      if (age(cached, now).compareTo(maxStaleness) > 0) {
        throw new CredentialException(
            Code.STATUS_STALE,
            "status list "
                + url
                + " cannot be fetched ("
                + e.getMessage()
                + ") and the cached copy is "
                + age(cached, now).toSeconds()
                + "s old, beyond the maximum staleness of "
                + maxStaleness.toSeconds()
                + "s",
            e);
      }
      return cached;
    }
  }

  private static Duration age(Cached cached, Instant now) {
    return Duration.between(cached.fetchedAt(), now);
  }

  private static List<JsonObject> statuses(JsonValue value) throws CredentialException {
    if (value == null) {
      return List.of();
    }
    if (value instanceof JsonObject o) {
      return List.of(o);
    }
    if (value instanceof JsonArray a) {
      List<JsonObject> out = new ArrayList<>();
      for (JsonValue v : a) {
        if (!(v instanceof JsonObject o)) {
          throw new CredentialException(
              Code.MALFORMED_INPUT,
              "credentialStatus entries must be objects, found " + v.getValueType());
        }
        out.add(o);
      }
      return out;
    }
    throw new CredentialException(
        Code.MALFORMED_INPUT,
        "credentialStatus must be an object or an array, found " + value.getValueType());
  }

  private static String issuer(JsonObject credential) {
    JsonValue issuer = credential.get("issuer");
    if (issuer instanceof jakarta.json.JsonString s) {
      return s.getString();
    }
    return issuer instanceof JsonObject o && o.get("id") instanceof jakarta.json.JsonString s
        ? s.getString()
        : null;
  }
}
