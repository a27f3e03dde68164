package org.puente.server.node;

/** A customs jurisdiction: every caller, credential and trust entry belongs to one. */
public enum Jurisdiction {
  /** United States (CBP). */
  US,
  /** Mexico (ANAM / SAT). */
  MX;

  /** Parses {@code US} or {@code MX} (any case). */
  public static Jurisdiction parse(String value) {
    for (Jurisdiction j : values()) {
      if (j.name().equalsIgnoreCase(value)) {
        return j;
      }
    }
    throw new IllegalArgumentException("expected jurisdiction US or MX, found '" + value + "'");
  }
}
