package org.puente.server.vcapi;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.puente.credentials.jsonld.JsonSupport;

/**
 * What {@code POST /credentials/verify} answers (VC-API §3.3.1: {@code checks}, {@code warnings},
 * {@code errors}), with Puente's trust decision beside it.
 *
 * @param verified every check (structure, proof, issuer binding, validity, status) passed
 * @param trusted verified, and the trust registry accredits the issuer for the type and
 *     jurisdiction
 * @param code the reason when not verified (a credentials code) or not trusted ({@code
 *     ISSUER_NOT_ACCREDITED})
 * @param checks the checks that passed
 * @param warnings checks not run, as {code, message}
 * @param errors the failures, as {code, message}
 * @param report the engine's full report
 * @param receivedId where the node stored the credential and this report
 */
public record VerificationResult(
    boolean verified,
    boolean trusted,
    Optional<String> code,
    List<String> checks,
    List<Problem> warnings,
    List<Problem> errors,
    JsonObject report,
    UUID receivedId) {
  /** The code of an issuer that the trust registry does not accredit. */
  public static final String ISSUER_NOT_ACCREDITED = "ISSUER_NOT_ACCREDITED";

  public VerificationResult {
    checks = List.copyOf(checks);
    warnings = List.copyOf(warnings);
    errors = List.copyOf(errors);
    if (trusted && !verified) {
      throw new IllegalArgumentException("an unverified credential cannot be trusted");
    }
    if (!trusted && code.isEmpty()) {
      throw new IllegalArgumentException("a negative result needs a code");
    }
  }

  /** One warning or error. */
  public record Problem(String code, String message) {}

  /** The JSON answer. */
  public JsonObject toJson() {
    JsonObjectBuilder json =
        JsonSupport.PROVIDER
            .createObjectBuilder()
            .add("verified", verified)
            .add("trusted", trusted);
    code.ifPresent(c -> json.add("code", c));
    JsonArrayBuilder passed = JsonSupport.PROVIDER.createArrayBuilder();
    checks.forEach(passed::add);
    return json.add("checks", passed)
        .add("warnings", problems(warnings))
        .add("errors", problems(errors))
        .add("report", report)
        .add("receivedId", receivedId.toString())
        .build();
  }

  private static JsonArrayBuilder problems(List<Problem> list) {
    JsonArrayBuilder out = JsonSupport.PROVIDER.createArrayBuilder();
    list.forEach(
        p ->
            out.add(
                JsonSupport.PROVIDER
                    .createObjectBuilder()
                    .add("code", p.code())
                    .add("message", p.message())));
    return out;
  }
}
