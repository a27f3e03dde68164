package org.puente.server.access;

import java.util.EnumSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.puente.server.auth.Role;
import org.springframework.http.HttpMethod;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * One row of the access table: an endpoint (method and path pattern), the roles that may call it
 * (none: public, no token needed), the jurisdiction condition, and whether it touches trade data
 * (then every call is written to the access record).
 *
 * @param id stable name, written in access records ({@code trust.entries.create})
 * @param method HTTP method
 * @param pattern Spring path pattern ({@code /api/v1/trust/entries/{id}})
 * @param roles roles allowed; empty means public
 * @param jurisdiction jurisdiction condition (ignored for public rules)
 * @param tradeData whether calls read or write trade data
 */
public record AccessRule(
    String id,
    HttpMethod method,
    String pattern,
    Set<Role> roles,
    JurisdictionCondition jurisdiction,
    boolean tradeData) {
  public AccessRule {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(method, "method");
    Objects.requireNonNull(jurisdiction, "jurisdiction");
    roles = roles.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(roles));
  }

  /** Whether anyone may call it without a token. */
  public boolean isPublic() {
    return roles.isEmpty();
  }

  /** Parsed patterns: every request is matched against the table, which parses each once. */
  private static final Map<String, PathPattern> PARSED = new ConcurrentHashMap<>();

  /** The parsed path pattern. */
  public PathPattern pathPattern() {
    return PARSED.computeIfAbsent(pattern, PathPatternParser.defaultInstance::parse);
  }
}
