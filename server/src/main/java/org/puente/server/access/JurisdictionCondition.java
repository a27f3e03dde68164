package org.puente.server.access;

/** The jurisdiction part of an access rule. */
public enum JurisdictionCondition {
  /** Callers of either jurisdiction. */
  ANY,
  /**
   * Callers of a jurisdiction the node serves (a US node: US; a MX node: MX; a trade node: both).
   * Records carry their own jurisdiction as well, and the endpoint refuses records of another
   * jurisdiction than the caller's ({@code jurisdiction-mismatch}).
   */
  NODE
}
