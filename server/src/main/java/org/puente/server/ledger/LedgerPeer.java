package org.puente.server.ledger;

import jakarta.json.JsonObject;
import java.net.URI;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.puente.ledger.model.VerifierKey;
import org.puente.server.node.Jurisdiction;

/**
 * The other country's authority node as this node's ledger knows it: whose log this node's witness
 * watches and whose witness cosigns this node's log.
 *
 * @param origin the peer log's checkpoint origin
 * @param url the peer node's peer endpoint ({@code https://anam.example:8443}, its DID document's
 *     {@code PuenteNodePeer} service: mutual TLS)
 * @param jurisdiction the peer's country (never this node's own)
 * @param did the peer node's DID
 * @param logKey the peer log's verifier key (type 0x01)
 * @param witnessKey the peer witness's verifier key (type 0x04)
 * @param didDocument the peer's DID document as fetched at registration (the trust anchor of the
 *     mutual TLS with it); empty for a peer registered before mutual TLS, which must be registered
 *     again
 * @param registeredAt when an operator registered it
 * @param lastCosignedSize the size of this node's log the peer last cosigned, if any
 * @param lastError why the last push failed, if it did
 */
public record LedgerPeer(
    String origin,
    URI url,
    Jurisdiction jurisdiction,
    String did,
    VerifierKey logKey,
    VerifierKey witnessKey,
    Optional<JsonObject> didDocument,
    Instant registeredAt,
    Optional<Long> lastCosignedSize,
    Optional<String> lastError) {
  public LedgerPeer {
    Objects.requireNonNull(origin, "origin");
    Objects.requireNonNull(url, "url");
    Objects.requireNonNull(jurisdiction, "jurisdiction");
    Objects.requireNonNull(did, "did");
    Objects.requireNonNull(didDocument, "didDocument");
    Objects.requireNonNull(registeredAt, "registeredAt");
    Objects.requireNonNull(lastCosignedSize, "lastCosignedSize");
    Objects.requireNonNull(lastError, "lastError");
    if (logKey.isCosigner() || !logKey.name().equals(origin)) {
      throw new IllegalArgumentException("the peer's log key must be a log key named " + origin);
    }
    if (!witnessKey.isCosigner()) {
      throw new IllegalArgumentException("the peer's witness key must be a cosigner key (0x04)");
    }
  }

  /** The peer's witness prefix ({@code <url>/log/witness}). */
  public URI witnessUrl() {
    return URI.create(url.toString().replaceAll("/$", "") + "/log/witness");
  }
}
