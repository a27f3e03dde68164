package org.puente.server.vcapi;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.puente.credentials.CredentialException;
import org.puente.credentials.Credentials;
import org.puente.credentials.jsonld.JsonSupport;
import org.puente.credentials.vc.CheckResult;
import org.puente.credentials.vc.CheckResult.Outcome;
import org.puente.credentials.vc.VerificationReport;
import org.puente.server.auth.Caller;
import org.puente.server.credentials.CredentialFormat;
import org.puente.server.credentials.CredentialStore;
import org.puente.server.credentials.ReceivedCredential;
import org.puente.server.trust.TrustRegistry;

/**
 * Verifies one credential (Data Integrity or an enveloped VC-JWT) through the facade, decides trust
 * from the registry (issuer × most specific type × the caller's jurisdiction, now), and stores the
 * credential with its report as received.
 */
final class CredentialVerification {
  private final Credentials credentials;
  private final CredentialStore store;
  private final TrustRegistry trust;
  private final Clock clock;

  CredentialVerification(
      Credentials credentials, CredentialStore store, TrustRegistry trust, Clock clock) {
    this.credentials = credentials;
    this.store = store;
    this.trust = trust;
    this.clock = clock;
  }

  VerificationResult verifyAndStore(JsonObject vc, Caller caller) {
    Optional<String> jwt = Enveloped.jwt(vc);
    Outcome outcome = jwt.isPresent() ? verifyJwt(jwt.get()) : verifyDataIntegrity(vc);
    JsonObject credential = outcome.credential();
    String issuer = issuer(credential).orElse("unknown");
    String type = specificType(credential);
    Instant now = clock.instant();
    boolean trusted =
        outcome.verified() && trust.isAccredited(issuer, type, caller.jurisdiction(), now);
    Optional<String> code =
        !outcome.verified()
            ? Optional.of(outcome.errors().get(0).code())
            : trusted ? Optional.empty() : Optional.of(VerificationResult.ISSUER_NOT_ACCREDITED);
    UUID receivedId = UUID.randomUUID();
    VerificationResult result =
        new VerificationResult(
            outcome.verified(),
            trusted,
            code,
            outcome.checks(),
            outcome.warnings(),
            trusted || !outcome.verified()
                ? outcome.errors()
                : List.of(
                    new VerificationResult.Problem(
                        VerificationResult.ISSUER_NOT_ACCREDITED,
                        "the trust registry does not accredit "
                            + issuer
                            + " for "
                            + type
                            + " in "
                            + caller.jurisdiction())),
            outcome.report(),
            receivedId);
    store.receive(
        new ReceivedCredential(
            receivedId,
            Optional.ofNullable(VcApiService.stringOr(credential.get("id"), null)),
            type,
            issuer,
            caller.jurisdiction(),
            jwt.isPresent() ? CredentialFormat.VC_JOSE : CredentialFormat.DATA_INTEGRITY,
            jwt.orElse(vc.toString()),
            caller.subject(),
            now),
        new org.puente.server.credentials.VerificationReport(
            UUID.randomUUID(),
            receivedId,
            result.verified(),
            result.trusted(),
            result.code(),
            result.toJson().toString(),
            now));
    return result;
  }

  private record Outcome(
      boolean verified,
      JsonObject credential,
      List<String> checks,
      List<VerificationResult.Problem> warnings,
      List<VerificationResult.Problem> errors,
      JsonObject report) {}

  private Outcome verifyDataIntegrity(JsonObject vc) {
    VerificationReport report = credentials.report(vc);
    List<String> checks = new ArrayList<>();
    List<VerificationResult.Problem> warnings = new ArrayList<>();
    List<VerificationResult.Problem> errors = new ArrayList<>();
    for (CheckResult r : report.checks()) {
      switch (r.outcome()) {
        case PASSED -> checks.add(r.check().jsonName());
        case FAILED -> errors.add(new VerificationResult.Problem(r.code().name(), r.detail()));
        case NOT_CHECKED ->
            warnings.add(
                new VerificationResult.Problem(
                    "NOT_CHECKED", r.check().jsonName() + ": " + r.detail()));
        case NOT_APPLICABLE -> {}
      }
    }
    return new Outcome(report.verified(), vc, checks, warnings, errors, report.toJson());
  }

  private Outcome verifyJwt(String jwt) {
    try {
      JsonObject payload = credentials.verifyJwt(jwt).payload();
      List<String> checks = List.of("signature", "issuerBinding", "validityPeriod", "status");
      return new Outcome(
          true,
          payload,
          checks,
          List.of(),
          List.of(),
          JsonSupport.PROVIDER
              .createObjectBuilder()
              .add("verified", true)
              .add("format", "vc-jwt")
              .build());
    } catch (CredentialException e) {
      return new Outcome(
          false,
          unverifiedPayload(jwt),
          List.of(),
          List.of(),
          List.of(new VerificationResult.Problem(e.code().name(), e.getMessage())),
          JsonSupport.PROVIDER
              .createObjectBuilder()
              .add("verified", false)
              .add("format", "vc-jwt")
              .add(
                  "error",
                  JsonSupport.PROVIDER
                      .createObjectBuilder()
                      .add("code", e.code().name())
                      .add("message", e.getMessage()))
              .build());
    }
  }

  /** The payload of a JWT that did not verify, for the record only (empty if unreadable). */
  private JsonObject unverifiedPayload(String jwt) {
    String[] parts = jwt.split("\\.", -1);
    if (parts.length != 3) {
      return JsonValue.EMPTY_JSON_OBJECT;
    }
    try {
      byte[] bytes = java.util.Base64.getUrlDecoder().decode(parts[1]);
      return credentials.read(new java.io.ByteArrayInputStream(bytes));
    } catch (IllegalArgumentException | CredentialException e) {
      return JsonValue.EMPTY_JSON_OBJECT;
    }
  }

  static Optional<String> issuer(JsonObject credential) {
    JsonValue issuer = credential.get("issuer");
    if (issuer instanceof JsonObject o) {
      issuer = o.get("id");
    }
    return issuer instanceof JsonString s && !s.getString().isBlank()
        ? Optional.of(s.getString())
        : Optional.empty();
  }

  /** The most specific type: the last one that is not {@code VerifiableCredential}. */
  static String specificType(JsonObject credential) {
    JsonValue type = credential.get("type");
    String found = "VerifiableCredential";
    if (type instanceof JsonString s) {
      found = s.getString();
    } else if (type instanceof JsonArray a) {
      for (JsonValue v : a) {
        if (v instanceof JsonString s && !s.getString().equals("VerifiableCredential")) {
          found = s.getString();
        }
      }
    }
    return found.isBlank() ? "VerifiableCredential" : found;
  }
}
