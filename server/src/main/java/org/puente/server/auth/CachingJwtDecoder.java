package org.puente.server.auth;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtException;

/**
 * Remembers the bearer tokens that {@code delegate} accepted, so that a caller who sends the same
 * token on every request pays for its signature check (ES256: the most expensive step of a small
 * request) once, not every time. A remembered token is used only until its {@code exp} (plus the
 * clock skew the validators allow); after that it goes back through {@code delegate}, which refuses
 * it as expired. Refused tokens are never remembered.
 */
final class CachingJwtDecoder implements JwtDecoder {
  /** Bound on remembered tokens; beyond it the expired ones go, then all of them. */
  static final int MAX_ENTRIES = 10_000;

  private final JwtDecoder delegate;
  private final Duration clockSkew;
  private final Clock clock;
  private final ConcurrentHashMap<String, Jwt> accepted = new ConcurrentHashMap<>();

  CachingJwtDecoder(JwtDecoder delegate, Duration clockSkew, Clock clock) {
    this.delegate = delegate;
    this.clockSkew = clockSkew;
    this.clock = clock;
  }

  @Override
  public Jwt decode(String token) throws JwtException {
    Jwt hit = accepted.get(token);
    if (hit != null) {
      if (usable(hit, clock.instant())) {
        return hit;
      }
      accepted.remove(token);
    }
    Jwt jwt = delegate.decode(token);
    if (jwt.getExpiresAt() != null) {
      makeRoom();
      accepted.put(token, jwt);
    }
    return jwt;
  }

  private boolean usable(Jwt jwt, Instant now) {
    Instant expires = jwt.getExpiresAt();
    Instant notBefore = jwt.getNotBefore();
    return expires != null
        && now.isBefore(expires.plus(clockSkew))
        && (notBefore == null || !now.isBefore(notBefore.minus(clockSkew)));
  }

  private void makeRoom() {
    if (accepted.size() < MAX_ENTRIES) {
      return;
    }
    Instant now = clock.instant();
    accepted.values().removeIf(jwt -> !usable(jwt, now));
    if (accepted.size() >= MAX_ENTRIES) {
      accepted.clear();
    }
  }

  /** How many tokens are remembered now (for tests and metrics). */
  int size() {
    return accepted.size();
  }
}
