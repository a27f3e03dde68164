package org.puente.server.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.puente.testkit.MutableClock;
import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;

class CachingJwtDecoderTest {
  private static final Instant T0 = Instant.parse("2026-11-29T12:00:00Z");
  private static final Duration SKEW = Duration.ofSeconds(30);

  private final AtomicInteger checks = new AtomicInteger();
  private final MutableClock clock = new MutableClock(T0);

  /** Accepts tokens named "good-<seconds to live>", refuses every other, counting its checks. */
  private final JwtDecoder signatureChecker =
      token -> {
        checks.incrementAndGet();
        if (!token.startsWith("good-")) {
          throw new BadJwtException("bad signature");
        }
        long ttl = Long.parseLong(token.substring(5));
        return Jwt.withTokenValue(token)
            .header("alg", "ES256")
            .subject("officer-1")
            .issuedAt(T0)
            .expiresAt(T0.plusSeconds(ttl))
            .build();
      };

  @Test
  void aRepeatedTokenIsCheckedOnceWhileItIsValid() {
    CachingJwtDecoder decoder = new CachingJwtDecoder(signatureChecker, SKEW, clock);
    for (int i = 0; i < 5; i++) {
      assertThat(decoder.decode("good-600").getSubject()).isEqualTo("officer-1");
    }
    assertThat(checks).hasValue(1);
  }

  @Test
  void anExpiredTokenGoesBackToTheDelegate() {
    CachingJwtDecoder decoder = new CachingJwtDecoder(signatureChecker, SKEW, clock);
    decoder.decode("good-60");
    clock.set(T0.plusSeconds(60).plus(SKEW));
    decoder.decode("good-60");
    assertThat(checks).hasValue(2);
  }

  @Test
  void refusedTokensAreNeverRemembered() {
    CachingJwtDecoder decoder = new CachingJwtDecoder(signatureChecker, SKEW, clock);
    for (int i = 0; i < 3; i++) {
      assertThatThrownBy(() -> decoder.decode("forged")).isInstanceOf(BadJwtException.class);
    }
    assertThat(checks).hasValue(3);
    assertThat(decoder.size()).isZero();
  }

  @Test
  void theCacheStaysBounded() {
    CachingJwtDecoder decoder = new CachingJwtDecoder(signatureChecker, SKEW, clock);
    for (int i = 0; i < CachingJwtDecoder.MAX_ENTRIES + 10; i++) {
      decoder.decode("good-" + (600 + i));
    }
    assertThat(decoder.size()).isLessThanOrEqualTo(CachingJwtDecoder.MAX_ENTRIES);
  }
}
