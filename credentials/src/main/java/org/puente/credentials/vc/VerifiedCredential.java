package org.puente.credentials.vc;

import jakarta.json.JsonObject;
import java.util.Objects;
import org.puente.credentials.di.VerifiedProof;

/**
 * A credential whose every check passed or did not apply (see {@link VerificationReport} for what
 * "not checked" means). Only verification makes these.
 *
 * @param credential the credential as verified
 * @param issuer the issuer's id
 * @param proof the verified proof and its verification method
 * @param report the full report
 */
public record VerifiedCredential(
    JsonObject credential, String issuer, VerifiedProof proof, VerificationReport report) {
  public VerifiedCredential {
    Objects.requireNonNull(credential, "credential");
    Objects.requireNonNull(issuer, "issuer");
    Objects.requireNonNull(proof, "proof");
    Objects.requireNonNull(report, "report");
    if (!report.verified()) {
      throw new IllegalArgumentException("report is not verified: " + report.firstFailure());
    }
  }
}
