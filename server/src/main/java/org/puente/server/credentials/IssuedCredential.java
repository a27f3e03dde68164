package org.puente.server.credentials;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.puente.server.node.Jurisdiction;

/**
 * A credential this node issued, stored whole as issued.
 *
 * @param id the credential's {@code id} (a URL or URN)
 * @param type the specific credential type ({@code MillTestReportCredential})
 * @param issuerDid this node's (or its tenant's) DID
 * @param subjectId the credential subject's id, if it has one
 * @param jurisdiction whose officers may read it
 * @param format how it is secured
 * @param content the serialized credential (JSON, or a compact JWS / SD-JWT)
 * @param status its status list entry, if it has one
 * @param issuedAt when it was stored
 * @param issuedBy who asked for it (token subject)
 */
public record IssuedCredential(
    String id,
    String type,
    String issuerDid,
    Optional<String> subjectId,
    Jurisdiction jurisdiction,
    CredentialFormat format,
    String content,
    Optional<StatusListEntry> status,
    Instant issuedAt,
    String issuedBy) {
  public IssuedCredential {
    StoredText.requireId(id, "id");
    StoredText.requireId(type, "type");
    StoredText.requireId(issuerDid, "issuerDid");
    Objects.requireNonNull(subjectId, "subjectId");
    Objects.requireNonNull(jurisdiction, "jurisdiction");
    Objects.requireNonNull(format, "format");
    StoredText.requireContent(content);
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(issuedAt, "issuedAt");
    Objects.requireNonNull(issuedBy, "issuedBy");
  }
}
