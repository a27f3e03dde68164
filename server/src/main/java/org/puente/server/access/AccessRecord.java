package org.puente.server.access;

import java.time.Instant;
import java.util.Objects;

/**
 * Who read or wrote trade data, when, how, under which rule, and with which outcome.
 *
 * @param id sequence number
 * @param at when the request finished
 * @param subject the token's subject, or {@code anonymous}
 * @param roles the caller's roles, comma-separated
 * @param jurisdiction the caller's jurisdiction, if any
 * @param port the officer's port, if any
 * @param method HTTP method
 * @param path request path (with the record's identifier)
 * @param ruleId the access rule that decided
 * @param status the HTTP status returned
 */
public record AccessRecord(
    long id,
    Instant at,
    String subject,
    String roles,
    String jurisdiction,
    String port,
    String method,
    String path,
    String ruleId,
    int status) {
  public AccessRecord {
    Objects.requireNonNull(at, "at");
    Objects.requireNonNull(subject, "subject");
    Objects.requireNonNull(ruleId, "ruleId");
  }
}
