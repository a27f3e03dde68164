package org.puente.server.credentials;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * The outcome of verifying a received credential: whether its proof verified, whether its issuer is
 * trusted (accredited in the trust registry for its type and jurisdiction), the reason code when
 * either is false, and the full report as JSON.
 *
 * @param id report identifier
 * @param receivedId the received credential it is about
 * @param verified whether the proof (and status) checked out
 * @param trusted whether the issuer is accredited
 * @param code the reason code when not verified or not trusted
 * @param report the verifier's full report, JSON
 * @param verifiedAt when
 */
public record VerificationReport(
    UUID id,
    UUID receivedId,
    boolean verified,
    boolean trusted,
    Optional<String> code,
    String report,
    Instant verifiedAt) {
  public VerificationReport {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(receivedId, "receivedId");
    Objects.requireNonNull(code, "code");
    StoredText.requireContent(report);
    Objects.requireNonNull(verifiedAt, "verifiedAt");
    if ((!verified || !trusted) && code.isEmpty()) {
      throw new IllegalArgumentException("a negative report needs a reason code");
    }
  }
}
