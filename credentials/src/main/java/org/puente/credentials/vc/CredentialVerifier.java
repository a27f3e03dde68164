package org.puente.credentials.vc;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.puente.credentials.CredentialException;
import org.puente.credentials.CredentialException.Code;
import org.puente.credentials.DidResolver;
import org.puente.credentials.SchemaResolver;
import org.puente.credentials.StatusChecker;
import org.puente.credentials.di.DataIntegrity;
import org.puente.credentials.di.ProofPurpose;
import org.puente.credentials.di.VerifiedProof;
import org.puente.credentials.jsonld.JsonSupport;

/**
 * Verifies a credential secured with a Data Integrity proof, check by check (VCDM 2.0 §7.1
 * verification; vc-data-integrity §4.4), and reports every check. Use through {@link
 * org.puente.credentials.Credentials}. Thread-safe.
 */
public final class CredentialVerifier {
  private final DataIntegrity dataIntegrity;
  private final DidResolver resolver;
  private final StatusChecker statusChecker;
  private final SchemaResolver schemaResolver;
  private final Clock clock;
  private final boolean bindIssuer;

  /**
   * @param statusChecker the status port, or null for none (status is then "not checked")
   * @param bindIssuer whether the verification method's controller must be the issuer
   */
  public CredentialVerifier(
      DataIntegrity dataIntegrity,
      DidResolver resolver,
      StatusChecker statusChecker,
      Clock clock,
      boolean bindIssuer) {
    this(dataIntegrity, resolver, statusChecker, null, clock, bindIssuer);
  }

  /**
   * @param statusChecker the status port, or null for none (status is then "not checked")
   * @param schemaResolver the schema port, or null for none (schema is then "not checked")
   * @param bindIssuer whether the verification method's controller must be the issuer
   */
  public CredentialVerifier(
      DataIntegrity dataIntegrity,
      DidResolver resolver,
      StatusChecker statusChecker,
      SchemaResolver schemaResolver,
      Clock clock,
      boolean bindIssuer) {
    this.dataIntegrity = Objects.requireNonNull(dataIntegrity, "dataIntegrity");
    this.resolver = Objects.requireNonNull(resolver, "resolver");
    this.statusChecker = statusChecker;
    this.schemaResolver = schemaResolver;
    this.clock = Objects.requireNonNull(clock, "clock");
    this.bindIssuer = bindIssuer;
  }

  /** Verifies; returns normally only when no check failed. */
  public VerifiedCredential verify(JsonObject credential) throws CredentialException {
    Run run = run(credential);
    VerificationReport report = new VerificationReport(run.results);
    if (run.failure != null) {
      throw run.failure;
    }
    return new VerifiedCredential(credential, run.structure.issuer(), run.proof, report);
  }

  /** Runs every check it can and reports them all; never throws for a bad credential. */
  public VerificationReport report(JsonObject credential) {
    return new VerificationReport(run(credential).results);
  }

  private Run run(JsonObject credential) {
    Run run = new Run();
    run.step(Check.STRUCTURE, () -> structure(run, credential));
    run.step(Check.SIGNATURE, () -> signature(run, credential));
    run.step(Check.ISSUER_BINDING, () -> issuerBinding(run));
    run.step(Check.VALIDITY_PERIOD, () -> validity(run.structure));
    run.step(Check.STATUS, () -> status(run.structure, credential));
    run.step(Check.SCHEMA, () -> schema(run.structure, credential));
    return run;
  }

  private CheckResult structure(Run run, JsonObject credential) throws CredentialException {
    run.structure = CredentialStructure.of(credential);
    return CheckResult.passed(
        Check.STRUCTURE, "a VC 2.0 credential issued by " + run.structure.issuer());
  }

  private CheckResult signature(Run run, JsonObject credential) throws CredentialException {
    run.proof = dataIntegrity.verify(credential, resolver, ProofPurpose.ASSERTION_METHOD);
    return CheckResult.passed(
        Check.SIGNATURE,
        run.proof.proof().cryptosuite().id() + " proof by " + run.proof.method().id());
  }

  private CheckResult issuerBinding(Run run) throws CredentialException {
    String controller = run.proof.method().controller();
    if (!bindIssuer) {
      return CheckResult.notChecked(Check.ISSUER_BINDING, "issuer binding is switched off");
    }
    if (!controller.equals(run.structure.issuer())) {
      throw new CredentialException(
          Code.ISSUER_NOT_CONTROLLER,
          "the key is controlled by "
              + controller
              + ", not by the issuer "
              + run.structure.issuer());
    }
    return CheckResult.passed(Check.ISSUER_BINDING, "the issuer controls the key");
  }

  private CheckResult validity(CredentialStructure structure) throws CredentialException {
    Instant now = clock.instant();
    if (structure.validFrom() != null && now.isBefore(structure.validFrom())) {
      throw new CredentialException(
          Code.CREDENTIAL_NOT_YET_VALID, "valid from " + structure.validFrom() + "; now is " + now);
    }
    if (structure.validUntil() != null && now.isAfter(structure.validUntil())) {
      throw new CredentialException(
          Code.CREDENTIAL_EXPIRED, "expired at " + structure.validUntil() + "; now is " + now);
    }
    return CheckResult.passed(Check.VALIDITY_PERIOD, "valid at " + now);
  }

  private CheckResult status(CredentialStructure structure, JsonObject credential)
      throws CredentialException {
    if (structure.status().isEmpty()) {
      return CheckResult.notApplicable(Check.STATUS, "no credentialStatus");
    }
    if (statusChecker == null) {
      return CheckResult.notChecked(Check.STATUS, "credentialStatus present but no status checker");
    }
    for (JsonObject entry : structure.status()) {
      statusChecker.check(credential, entry);
    }
    return CheckResult.passed(Check.STATUS, structure.status().size() + " status entries checked");
  }

  /** VCDM 2.0 §4.11: each {@code JsonSchema} entry, resolved locally, validates the subject. */
  private CheckResult schema(CredentialStructure structure, JsonObject credential)
      throws CredentialException {
    if (structure.schemas().isEmpty()) {
      return CheckResult.notApplicable(Check.SCHEMA, "no credentialSchema");
    }
    if (schemaResolver == null) {
      return CheckResult.notChecked(
          Check.SCHEMA, "credentialSchema present; no schema resolver is configured");
    }
    List<String> unchecked = new ArrayList<>();
    for (JsonObject entry : structure.schemas()) {
      String id = entry.getString("id");
      Optional<SchemaResolver.Schema> schema =
          isJsonSchema(entry) ? schemaResolver.resolve(id) : Optional.empty();
      if (schema.isEmpty()) {
        unchecked.add(id);
        continue;
      }
      List<String> violations = schema.get().violations(credential.get("credentialSubject"));
      if (!violations.isEmpty()) {
        throw new CredentialException(
            Code.SCHEMA_VALIDATION_FAILED,
            "credentialSubject breaks " + id + ": " + String.join("; ", violations));
      }
    }
    if (!unchecked.isEmpty()) {
      return CheckResult.notChecked(
          Check.SCHEMA, "not a JsonSchema or not held locally: " + String.join(", ", unchecked));
    }
    return CheckResult.passed(
        Check.SCHEMA, structure.schemas().size() + " JSON Schema(s) validated the subject");
  }

  private static boolean isJsonSchema(JsonObject entry) {
    JsonValue type = entry.get("type");
    return type instanceof JsonString s
        ? s.getString().equals("JsonSchema")
        : type instanceof JsonArray array
            && array.contains(JsonSupport.PROVIDER.createValue("JsonSchema"));
  }

  @FunctionalInterface
  private interface Step {
    CheckResult run() throws CredentialException;
  }

  /** The state of one verification: results so far, the first failure, parsed parts. */
  private static final class Run {
    private final List<CheckResult> results = new ArrayList<>();
    private CredentialException failure;
    private CredentialStructure structure;
    private VerifiedProof proof;

    void step(Check check, Step step) {
      if (failure != null) {
        results.add(CheckResult.notChecked(check, "skipped: " + failure.code() + " earlier"));
        return;
      }
      try {
        results.add(step.run());
      } catch (CredentialException e) {
        failure = e;
        results.add(CheckResult.failed(check, e));
      }
    }
  }
}
