package org.puente.testkit;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/** A UTC clock that tests set and advance by hand. */
public final class MutableClock extends Clock {
  private volatile Instant now;

  /** A clock standing at {@code now}. */
  public MutableClock(Instant now) {
    this.now = now;
  }

  /** Moves the clock forward (or back, with a negative duration). */
  public void advance(Duration d) {
    now = now.plus(d);
  }

  /** Sets the clock to {@code instant}. */
  public void set(Instant instant) {
    now = instant;
  }

  @Override
  public ZoneId getZone() {
    return ZoneOffset.UTC;
  }

  @Override
  public Clock withZone(ZoneId zone) {
    return this;
  }

  @Override
  public Instant instant() {
    return now;
  }
}
