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
  NODE_ADMIN;

  /** The claim spelling: {@code officer}, {@code issuer-admin}, ... */
  public String claim() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /** Parses the claim spelling. */
  public static Role fromClaim(String value) {
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
