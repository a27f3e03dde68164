package org.puente.credentials.vc;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.puente.credentials.jsonld.JsonSupport;
import org.puente.credentials.vc.CheckResult.Outcome;

/**
 * Every check of one verification, in order. The credential is verified when no check failed.
 *
 * <p><b>Warning:</b> {@link Outcome#NOT_CHECKED} is not a pass: a credential whose status was not
 * checked (no {@link org.puente.credentials.StatusChecker} configured) may be revoked.
 *
 * @param checks one result per {@link Check}, in order
 */
public record VerificationReport(List<CheckResult> checks) {
  public VerificationReport {
    checks = List.copyOf(checks);
  }

  /** True when no check failed. */
  public boolean verified() {
    return firstFailure().isEmpty();
  }

  /** The first failed check, if any. */
  public Optional<CheckResult> firstFailure() {
    return checks.stream().filter(c -> c.outcome() == Outcome.FAILED).findFirst();
  }

  /** The result of one check. */
  public CheckResult result(Check check) {
    return checks.stream()
        .filter(c -> c.check() == check)
        .findFirst()
        .orElseThrow(() -> new IllegalStateException("no result for " + check));
  }

  /**
   * The report as JSON: {@code {"verified": bool, "checks": [{"check", "outcome", "code"?,
   * "detail"}], "error"?: {"check", "code", "message"}}}.
   */
  public JsonObject toJson() {
    JsonArrayBuilder list = JsonSupport.PROVIDER.createArrayBuilder();
    for (CheckResult result : checks) {
      JsonObjectBuilder item =
          JsonSupport.PROVIDER
              .createObjectBuilder()
              .add("check", result.check().jsonName())
              .add("outcome", result.outcome().name().toLowerCase(Locale.ROOT));
      if (result.code() != null) {
        item.add("code", result.code().name());
      }
      list.add(item.add("detail", result.detail()));
    }
    JsonObjectBuilder json =
        JsonSupport.PROVIDER.createObjectBuilder().add("verified", verified()).add("checks", list);
    firstFailure()
        .ifPresent(
            f ->
                json.add(
                    "error",
                    JsonSupport.PROVIDER
                        .createObjectBuilder()
                        .add("check", f.check().jsonName())
                        .add("code", f.code().name())
                        .add("message", f.detail())));
    return json.build();
  }
}
