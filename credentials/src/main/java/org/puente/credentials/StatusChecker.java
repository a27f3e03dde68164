package org.puente.credentials;

import jakarta.json.JsonObject;

/**
 * The port through which verification checks a credential's {@code credentialStatus} (e.g.
 * Bitstring Status List). It returns normally when the credential's status is good and throws a
 * coded {@link CredentialException} (revoked, suspended, list unavailable, ...) otherwise.
 *
 * <p>With no checker configured, a credential that carries a {@code credentialStatus} is reported
 * as "not checked" — never as passed.
 */
@FunctionalInterface
public interface StatusChecker {
  /**
   * Checks one status entry of a credential whose proof has already verified.
   *
   * @param credential the verified credential
   * @param statusEntry one {@code credentialStatus} object
   */
  void check(JsonObject credential, JsonObject statusEntry) throws CredentialException;
}
