package org.puente.documents.credentials;

import jakarta.json.JsonObject;
import java.time.Instant;
import java.util.Objects;

/**
 * An unsigned trade credential read back and checked against its schema and rules.
 *
 * @param type the credential type
 * @param id the credential id, if any
 * @param issuer the issuer DID
 * @param validFrom start of validity
 * @param validUntil end of validity, if any
 * @param subject the credential subject
 */
public record TradeCredential(
    CredentialType type,
    String id,
    String issuer,
    Instant validFrom,
    Instant validUntil,
    JsonObject subject) {
  public TradeCredential {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(issuer, "issuer");
    Objects.requireNonNull(validFrom, "validFrom");
    Objects.requireNonNull(subject, "subject");
  }
}
