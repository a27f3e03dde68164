package org.puente.credentials.status;

import java.util.Locale;

/** The status purposes Puente acts on (Bitstring Status List §2.1 {@code statusPurpose}). */
public enum StatusPurpose {
  /** Permanent: a set bit means the credential is revoked and stays so. */
  REVOCATION,
  /** Temporary: a set bit means the credential is suspended until the bit is cleared. */
  SUSPENSION;

  /** The JSON value: {@code revocation} or {@code suspension}. */
  public String jsonName() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Parses the JSON value; null when the purpose is one Puente does not act on. */
  public static StatusPurpose fromJson(String value) {
    for (StatusPurpose p : values()) {
      if (p.jsonName().equals(value)) {
        return p;
      }
    }
    return null;
  }
}
