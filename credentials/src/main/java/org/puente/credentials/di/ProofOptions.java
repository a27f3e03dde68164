package org.puente.credentials.di;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * The options of a new proof (vc-data-integrity §4.2 Add Proof).
 *
 * @param purpose the proof purpose
 * @param created when the proof is made (truncated to seconds, as the W3C vectors write it)
 * @param expires when the proof stops being valid, or null
 * @param challenge the verifier's challenge (presentations), or null
 * @param domain the verifier's domain (presentations), or null
 */
public record ProofOptions(
    ProofPurpose purpose, Instant created, Instant expires, String challenge, String domain) {
  public ProofOptions {
    Objects.requireNonNull(purpose, "purpose");
    created = Objects.requireNonNull(created, "created").truncatedTo(ChronoUnit.SECONDS);
    if (expires != null) {
      expires = expires.truncatedTo(ChronoUnit.SECONDS);
      if (!expires.isAfter(created)) {
        throw new IllegalArgumentException("expires " + expires + " is not after " + created);
      }
    }
  }

  /** An {@code assertionMethod} proof created at {@code created}, with no expiry. */
  public static ProofOptions assertion(Instant created) {
    return new ProofOptions(ProofPurpose.ASSERTION_METHOD, created, null, null, null);
  }
}
