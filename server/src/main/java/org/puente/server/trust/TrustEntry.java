package org.puente.server.trust;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.puente.server.node.Jurisdiction;

/**
 * One accreditation: {@code issuerDid} may issue {@code credentialType} in {@code jurisdiction}
 * from {@code validFrom} (inclusive) until {@code validUntil} (exclusive), as the holder of {@code
 * nationalId} under {@code scheme}, unless withdrawn earlier.
 *
 * @param id entry identifier
 * @param issuerDid the accredited issuer's DID
 * @param credentialType the credential type it may issue (the VC {@code type} value)
 * @param jurisdiction where the accreditation holds (must be the scheme's)
 * @param scheme national identifier scheme
 * @param nationalId national identifier
 * @param validFrom start (inclusive)
 * @param validUntil end (exclusive)
 * @param createdAt when the entry was made
 * @param createdBy who made it (token subject)
 * @param withdrawnAt when it was withdrawn, if it was
 */
public record TrustEntry(
    UUID id,
    String issuerDid,
    String credentialType,
    Jurisdiction jurisdiction,
    NationalIdScheme scheme,
    String nationalId,
    Instant validFrom,
    Instant validUntil,
    Instant createdAt,
    String createdBy,
    Optional<Instant> withdrawnAt) {

  /** Credential types whose issuers must be identified by particular schemes. */
  static final Map<String, Set<NationalIdScheme>> TYPE_SCHEMES =
      Map.of(
          "MillTestReportCredential", Set.of(NationalIdScheme.RFC),
          "DodaCredential", Set.of(NationalIdScheme.PATENTE),
          "EntrySummaryCredential", Set.of(NationalIdScheme.FILER_CODE),
          "CtpatStatusCredential", Set.of(NationalIdScheme.CBP),
          "DodaSealCredential", Set.of(NationalIdScheme.SAT));

  public TrustEntry {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(jurisdiction, "jurisdiction");
    Objects.requireNonNull(scheme, "idScheme");
    Objects.requireNonNull(validFrom, "validFrom");
    Objects.requireNonNull(validUntil, "validUntil");
    Objects.requireNonNull(createdAt, "createdAt");
    Objects.requireNonNull(createdBy, "createdBy");
    Objects.requireNonNull(withdrawnAt, "withdrawnAt");
    requireDid(issuerDid);
    requireType(credentialType);
    scheme.requireValid(nationalId);
    if (scheme.jurisdiction() != jurisdiction) {
      throw new IllegalArgumentException(
          scheme
              + " identifiers are "
              + scheme.jurisdiction()
              + "'s; the entry says "
              + jurisdiction);
    }
    Set<NationalIdScheme> allowed = TYPE_SCHEMES.get(credentialType);
    if (allowed != null && !allowed.contains(scheme)) {
      throw new IllegalArgumentException(
          credentialType + " issuers are identified by " + allowed + ", not " + scheme);
    }
    if (!validUntil.isAfter(validFrom)) {
      throw new IllegalArgumentException(
          "validUntil " + validUntil + " must be after validFrom " + validFrom);
    }
  }

  static void requireDid(String did) {
    if (did == null || !did.matches("did:[a-z0-9]+:[A-Za-z0-9._:%-]{1,2000}")) {
      throw new IllegalArgumentException("expected a DID (did:method:id), found '" + did + "'");
    }
  }

  static void requireType(String type) {
    if (type == null || !type.matches("[A-Za-z][A-Za-z0-9]{0,99}")) {
      throw new IllegalArgumentException(
          "expected a credential type name (letters and digits), found '" + type + "'");
    }
  }

  /** Whether this entry accredits {@code issuerDid} for {@code type} in {@code j} at {@code at}. */
  public boolean accredits(String issuerDid, String type, Jurisdiction j, Instant at) {
    return this.issuerDid.equals(issuerDid)
        && credentialType.equals(type)
        && jurisdiction == j
        && !at.isBefore(validFrom)
        && at.isBefore(validUntil)
        && withdrawnAt.map(w -> at.isBefore(w)).orElse(true);
  }
}
