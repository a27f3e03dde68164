package org.puente.server.trust;

import java.time.Instant;

/**
 * The body of {@code POST /api/v1/trust/entries}. Unknown members are refused.
 *
 * @param issuerDid the accredited issuer's DID
 * @param credentialType the credential type it may issue
 * @param jurisdiction {@code US} or {@code MX}
 * @param idScheme {@code RFC}, {@code PATENTE}, {@code SAT}, {@code FILER_CODE} or {@code CBP}
 * @param nationalId the identifier under that scheme
 * @param validFrom start (inclusive), RFC 3339
 * @param validUntil end (exclusive), RFC 3339
 */
public record TrustEntryRequest(
    String issuerDid,
    String credentialType,
    String jurisdiction,
    String idScheme,
    String nationalId,
    Instant validFrom,
    Instant validUntil) {}
