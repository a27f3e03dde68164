package org.puente.server.auth;

import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.puente.server.node.Jurisdiction;

/**
 * An authenticated person or system: the token's subject, roles, jurisdiction and, for officers,
 * port.
 */
public record Caller(
    String subject, Set<Role> roles, Jurisdiction jurisdiction, Optional<String> port) {
  private static final Pattern US_PORT = Pattern.compile("\\d{4}");
  private static final Pattern MX_PORT = Pattern.compile("\\d{2,3}");

  public Caller {
    Objects.requireNonNull(subject, "subject");
    Objects.requireNonNull(jurisdiction, "jurisdiction");
    Objects.requireNonNull(port, "port");
    if (roles.isEmpty()) {
      throw new IllegalArgumentException("a caller has at least one role");
    }
    roles = Set.copyOf(EnumSet.copyOf(roles));
    if (roles.contains(Role.OFFICER) && port.isEmpty()) {
      throw new IllegalArgumentException("an officer is bound to a port; none given");
    }
    port.ifPresent(p -> requireValidPort(jurisdiction, p));
  }

  /**
   * Checks a port code: a 4-digit CBP port code (2304 Laredo) for US, a 2-digit aduana with an
   * optional 1-digit sección (24, 240 Nuevo Laredo) for MX.
   */
  public static void requireValidPort(Jurisdiction jurisdiction, String port) {
    Pattern pattern = jurisdiction == Jurisdiction.US ? US_PORT : MX_PORT;
    if (!pattern.matcher(port).matches()) {
      throw new IllegalArgumentException(
          "expected a "
              + (jurisdiction == Jurisdiction.US
                  ? "4-digit CBP port code"
                  : "2-digit aduana code with optional sección")
              + " for "
              + jurisdiction
              + ", found '"
              + port
              + "'");
    }
  }

  /** Whether the caller holds {@code role}. */
  public boolean has(Role role) {
    return roles.contains(role);
  }
}
