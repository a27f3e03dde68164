package org.puente.server.auth;

import java.util.Locale;

/** What a person or system may do on a node; carried in the {@code roles} claim of a token. */
public enum Role {
  /** A customs officer, bound to a port (CBP) or aduana (ANAM). */
  OFFICER,
  /** A customs broker (US filer code / MX patente). */
  BROKER,
  /** A motor carrier. */
  CARRIER,
  /** Administers the credentials this node issues. */
  ISSUER_ADMIN,
  /** Reads records and access logs, changes nothing. */
  AUDITOR,
  /** Administers the node: trust registry, metrics. */
  NODE_ADMIN,
  /**
   * The other country's authority node, registered as this node's peer: proven only by a client
   * certificate bound to the peer's DID on the peer port (mutual TLS), never claimed in a token.
   */
  PEER_NODE;

  /** The claim spelling: {@code officer}, {@code issuer-admin}, ... */
  public String claim() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /** Whether a bearer token may carry it (every role but {@link #PEER_NODE}). */
  public boolean inTokens() {
    return this != PEER_NODE;
  }

  /** Parses the claim spelling of a token role ({@link #PEER_NODE} is refused: see there). */
  public static Role fromClaim(String value) {
    if (PEER_NODE.claim().equals(value)) {
      throw new IllegalArgumentException(
          "peer-node is proven by a peer's DID-bound TLS certificate, never claimed in a token");
    }
    for (Role r : values()) {
      if (r.claim().equals(value)) {
        return r;
      }
    }
    throw new IllegalArgumentException(
        "expected a role officer, broker, carrier, issuer-admin, auditor or node-admin, found '"
            + value
            + "'");
  }
}
