package org.puente.credentials.vc;

import java.util.Objects;
import org.puente.credentials.CredentialException;
import org.puente.credentials.CredentialException.Code;

/**
 * The outcome of one check.
 *
 * @param check which check
 * @param outcome what happened
 * @param code the failure code (only when {@link Outcome#FAILED})
 * @param detail what was found, for people
 */
public record CheckResult(Check check, Outcome outcome, Code code, String detail) {

  /** What a check concluded. */
  public enum Outcome {
    /** The check ran and passed. */
    PASSED,
    /** The check ran and failed: the credential is not verified. */
    FAILED,
    /**
     * The check applies but did not run (no checker configured, or an earlier check failed). Never
     * to be read as passed.
     */
    NOT_CHECKED,
    /** Nothing to check (e.g. no {@code credentialStatus}). */
    NOT_APPLICABLE
  }

  public CheckResult {
    Objects.requireNonNull(check, "check");
    Objects.requireNonNull(outcome, "outcome");
    Objects.requireNonNull(detail, "detail");
    if ((code != null) != (outcome == Outcome.FAILED)) {
      throw new IllegalArgumentException("a code goes with FAILED and only FAILED: " + outcome);
    }
  }

  static CheckResult passed(Check check, String detail) {
    return new CheckResult(check, Outcome.PASSED, null, detail);
  }

  static CheckResult failed(Check check, CredentialException e) {
    return new CheckResult(check, Outcome.FAILED, e.code(), e.getMessage());
  }

  static CheckResult notChecked(Check check, String detail) {
    return new CheckResult(check, Outcome.NOT_CHECKED, null, detail);
  }

  static CheckResult notApplicable(Check check, String detail) {
    return new CheckResult(check, Outcome.NOT_APPLICABLE, null, detail);
  }
}
