package org.puente.server.credentials;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.puente.server.node.Jurisdiction;

/**
 * A credential this node received (from a holder or a peer node), stored whole as received.
 *
 * @param id this node's identifier for the receipt
 * @param credentialId the credential's own {@code id}, if it has one
 * @param type the specific credential type
 * @param issuerDid its issuer's DID
 * @param jurisdiction whose officers may read it
 * @param format how it is secured
 * @param content the serialized credential
 * @param receivedFrom who sent it (token subject or peer DID)
 * @param receivedAt when
 */
public record ReceivedCredential(
    UUID id,
    Optional<String> credentialId,
    String type,
    String issuerDid,
    Jurisdiction jurisdiction,
    CredentialFormat format,
    String content,
    String receivedFrom,
    Instant receivedAt) {
  public ReceivedCredential {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(credentialId, "credentialId");
    StoredText.requireId(type, "type");
    StoredText.requireId(issuerDid, "issuerDid");
    Objects.requireNonNull(jurisdiction, "jurisdiction");
    Objects.requireNonNull(format, "format");
    StoredText.requireContent(content);
    StoredText.requireId(receivedFrom, "receivedFrom");
    Objects.requireNonNull(receivedAt, "receivedAt");
  }
}
