package org.puente.credentials.sdjwt;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import org.puente.credentials.CredentialException;
import org.puente.credentials.CredentialException.Code;

/**
 * Remembers Key Binding JWTs already accepted until they would be stale anyway, so the same one
 * cannot be presented twice. Memory is bounded: expired entries are purged, and when the guard is
 * still full it refuses (fails closed) rather than forgetting.
 */
public final class ReplayGuard {
  private final Clock clock;
  private final int capacity;
  private final Map<String, Instant> seen = new ConcurrentHashMap<>();

  public ReplayGuard(Clock clock, int capacity) {
    this.clock = Objects.requireNonNull(clock, "clock");
    if (capacity <= 0) {
      throw new IllegalArgumentException("capacity must be positive: " + capacity);
    }
    this.capacity = capacity;
  }

  /**
   * Records {@code id} as used until {@code forgetAfter}.
   *
   * @throws CredentialException {@code KEY_BINDING_REPLAYED} when it was used before, {@code
   *     INPUT_TOO_LARGE} when the guard is full of unexpired entries
   */
  public void firstUse(String id, Instant forgetAfter) throws CredentialException {
    if (seen.size() >= capacity) {
      Instant now = clock.instant();
      seen.values().removeIf(expiry -> expiry.isBefore(now));
      if (seen.size() >= capacity) {
        throw new CredentialException(
            Code.INPUT_TOO_LARGE, "replay guard holds " + capacity + " live key bindings");
      }
    }
    if (seen.putIfAbsent(id, forgetAfter) != null) {
      throw new CredentialException(
          Code.KEY_BINDING_REPLAYED, "this Key Binding JWT was already presented");
    }
  }
}
