package org.puente.credentials;

import jakarta.json.JsonObject;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Objects;
import org.puente.credentials.CredentialException.Code;
import org.puente.credentials.di.Cryptosuite;
import org.puente.credentials.di.DataIntegrity;
import org.puente.credentials.di.ProofOptions;
import org.puente.credentials.did.DidDocumentResolver;
import org.puente.credentials.did.DidWebResolver;
import org.puente.credentials.did.KeyAndWebDidResolver;
import org.puente.credentials.jose.VcJwt;
import org.puente.credentials.jose.VcJwtVerifier;
import org.puente.credentials.jose.VerifiedJwt;
import org.puente.credentials.jsonld.Canonicalizer;
import org.puente.credentials.jsonld.ContextLoader;
import org.puente.credentials.jsonld.JsonLimits;
import org.puente.credentials.keys.Signer;
import org.puente.credentials.vc.CredentialStructure;
import org.puente.credentials.vc.CredentialVerifier;
import org.puente.credentials.vc.VerificationReport;
import org.puente.credentials.vc.VerifiedCredential;

/**
 * The credentials module's face: issue and verify W3C VC 2.0 credentials secured with Data
 * Integrity ({@code eddsa-rdfc-2022}, {@code ecdsa-rdfc-2019}).
 *
 * <pre>{@code
 * Credentials credentials = Credentials.builder().clock(clock).build();
 * JsonObject signed = credentials.issue(unsigned, keyPair, Cryptosuite.EDDSA_RDFC_2022);
 * VerifiedCredential verified = credentials.verify(signed); // throws unless every check passes
 * }</pre>
 *
 * <p>Defaults are strict: only bundled contexts, {@link JsonLimits#DEFAULT}, did:key only, the
 * issuer must control the signing key, no status checker (status is then reported "not checked").
 * Instances are immutable and thread-safe; build one and share it (it caches processed contexts).
 */
public final class Credentials {
  private final JsonLimits limits;
  private final Clock clock;
  private final boolean bindIssuer;
  private final DataIntegrity dataIntegrity;
  private final CredentialVerifier verifier;
  private final VcJwtVerifier jwtVerifier;
  private final StatusChecker statusChecker;

  private Credentials(Builder b) {
    this.limits = b.limits;
    this.clock = b.clock;
    this.bindIssuer = b.bindIssuer;
    this.dataIntegrity =
        new DataIntegrity(new Canonicalizer(b.loader, b.limits), b.clock, b.clockSkew);
    this.verifier =
        new CredentialVerifier(
            dataIntegrity, b.resolver, b.statusChecker, b.schemaResolver, b.clock, b.bindIssuer);
    DidDocumentResolver documents =
        b.documents != null
            ? b.documents
            : new KeyAndWebDidResolver(DidWebResolver.builder(b.clock).build());
    this.jwtVerifier =
        new VcJwtVerifier(documents, b.clock, CredentialStructure::of, java.time.Duration.ZERO);
    this.statusChecker = b.statusChecker;
  }

  /** A builder with the strict defaults. */
  public static Builder builder() {
    return new Builder();
  }

  /** Reads one JSON object from untrusted bytes within this instance's limits. */
  public JsonObject read(InputStream in) throws CredentialException {
    return limits.readObject(in);
  }

  /**
   * Secures a VC 2.0 credential with an {@code assertionMethod} proof created now.
   *
   * @throws CredentialException when the credential's structure is invalid or (issuer binding on)
   *     its issuer does not control the signer's key
   */
  public JsonObject issue(JsonObject unsigned, Signer signer, Cryptosuite suite)
      throws CredentialException {
    return issue(unsigned, signer, suite, ProofOptions.assertion(clock.instant()));
  }

  /** Secures a credential with a proof made with explicit options. */
  public JsonObject issue(
      JsonObject unsigned, Signer signer, Cryptosuite suite, ProofOptions options)
      throws CredentialException {
    CredentialStructure structure = CredentialStructure.of(unsigned);
    String method = signer.verificationMethod();
    String controller = method.contains("#") ? method.substring(0, method.indexOf('#')) : method;
    if (bindIssuer && !controller.equals(structure.issuer())) {
      throw new CredentialException(
          Code.ISSUER_NOT_CONTROLLER,
          "issuer " + structure.issuer() + " does not control the signing key " + method);
    }
    return dataIntegrity.sign(unsigned, signer, suite, options);
  }

  /**
   * Secures a VC 2.0 credential as a VC-JOSE compact JWS ({@code typ} {@code vc+jwt}), after the
   * same structure and issuer-binding checks as {@link #issue(JsonObject, Signer, Cryptosuite)}.
   */
  public String issueJwt(JsonObject unsigned, Signer signer) throws CredentialException {
    CredentialStructure structure = CredentialStructure.of(unsigned);
    String method = signer.verificationMethod();
    String controller = method.contains("#") ? method.substring(0, method.indexOf('#')) : method;
    if (bindIssuer && !controller.equals(structure.issuer())) {
      throw new CredentialException(
          Code.ISSUER_NOT_CONTROLLER,
          "issuer " + structure.issuer() + " does not control the signing key " + method);
    }
    return VcJwt.signCredential(unsigned, signer);
  }

  /**
   * Verifies a VC-JWT: signature, {@code kid} under {@code assertionMethod}, issuer binding,
   * validity period, VC 2.0 structure, and (when a status checker is configured) status.
   */
  public VerifiedJwt verifyJwt(String jwt) throws CredentialException {
    VerifiedJwt verified = jwtVerifier.verifyCredential(jwt);
    if (statusChecker != null) {
      for (JsonObject entry : CredentialStructure.of(verified.payload()).status()) {
        statusChecker.check(verified.payload(), entry);
      }
    }
    return verified;
  }

  /** Verifies a credential; returns only when no check failed, else throws the first failure. */
  public VerifiedCredential verify(JsonObject credential) throws CredentialException {
    return verifier.verify(credential);
  }

  /** Verifies and reports every check (for APIs and the CLI); never throws for bad credentials. */
  public VerificationReport report(JsonObject credential) {
    return verifier.report(credential);
  }

  /** The Data Integrity engine this facade uses (for presentations and other proof holders). */
  public DataIntegrity dataIntegrity() {
    return dataIntegrity;
  }

  /** Options for {@link Credentials}; every default is the strict one. */
  public static final class Builder {
    private ContextLoader loader = ContextLoader.bundled();
    private JsonLimits limits = JsonLimits.DEFAULT;
    private Clock clock = Clock.systemUTC();
    private DidResolver resolver = DidResolver.didKey();
    private DidDocumentResolver documents;
    private StatusChecker statusChecker;
    private SchemaResolver schemaResolver;
    private java.time.Duration clockSkew = DataIntegrity.DEFAULT_CLOCK_SKEW;
    private boolean bindIssuer = true;

    private Builder() {}

    /** The document loader (default: bundled contexts only). */
    public Builder loader(ContextLoader loader) {
      this.loader = Objects.requireNonNull(loader, "loader");
      return this;
    }

    /** Adds the operator's trusted contexts listed by {@code dir/index.json}. */
    public Builder contextDirectory(Path dir) throws CredentialException {
      this.loader = loader.withDirectory(dir);
      return this;
    }

    /** Input limits (default {@link JsonLimits#DEFAULT}). */
    public Builder limits(JsonLimits limits) {
      this.limits = Objects.requireNonNull(limits, "limits");
      return this;
    }

    /** The clock for {@code created}, validity periods and proof expiry. */
    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock");
      return this;
    }

    /** The verification-method resolver (default: did:key only). */
    public Builder resolver(DidResolver resolver) {
      this.resolver = Objects.requireNonNull(resolver, "resolver");
      return this;
    }

    /**
     * The DID document resolver (did:key + did:web) used for VC-JOSE and, through {@link
     * DidDocumentResolver#asVerificationMethodResolver()}, for Data Integrity proofs.
     */
    public Builder didDocuments(DidDocumentResolver documents) {
      this.documents = Objects.requireNonNull(documents, "documents");
      this.resolver = documents.asVerificationMethodResolver();
      return this;
    }

    /** The status port (default none: status is reported "not checked"). */
    public Builder statusChecker(StatusChecker statusChecker) {
      this.statusChecker = Objects.requireNonNull(statusChecker, "statusChecker");
      return this;
    }

    /**
     * The schema port for {@code credentialSchema} (default none: schema is reported "not
     * checked").
     */
    public Builder schemaResolver(SchemaResolver schemaResolver) {
      this.schemaResolver = Objects.requireNonNull(schemaResolver, "schemaResolver");
      return this;
    }

    /**
     * How far a proof's {@code created} may lie in the verifier's future (default {@link
     * DataIntegrity#DEFAULT_CLOCK_SKEW}); beyond it, {@code PROOF_CREATED_IN_FUTURE}.
     */
    public Builder clockSkew(java.time.Duration clockSkew) {
      this.clockSkew = Objects.requireNonNull(clockSkew, "clockSkew");
      return this;
    }

    /**
     * Whether the verification method's controller must be the issuer (default true).
     *
     * <p><b>Warning:</b> switch off only to check third-party test vectors whose issuer is not the
     * key's controller; otherwise anyone's key could sign in anyone's name.
     */
    public Builder bindIssuerToKey(boolean bind) {
      this.bindIssuer = bind;
      return this;
    }

    /** The configured facade. */
    public Credentials build() {
      return new Credentials(this);
    }
  }
}
