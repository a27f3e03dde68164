package org.puente.server.auth;

import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.puente.server.node.Jurisdiction;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;

/** A request authenticated by a valid bearer token: the {@link Caller} it names. */
public final class CallerAuthentication extends AbstractAuthenticationToken {
  private static final long serialVersionUID = 1L;

  private final Caller caller;
  private final String token;

  CallerAuthentication(Caller caller, String token) {
    super(
        caller.roles().stream().map(r -> new SimpleGrantedAuthority("ROLE_" + r.name())).toList());
    this.caller = caller;
    this.token = token;
    setAuthenticated(true);
  }

  /** Converts a validated JWT. */
  static CallerAuthentication of(Jwt jwt) {
    return new CallerAuthentication(callerOf(jwt), jwt.getTokenValue());
  }

  /** Reads the caller out of the claims; throws IllegalArgumentException naming a bad claim. */
  static Caller callerOf(Jwt jwt) {
    List<String> roleClaims = jwt.getClaimAsStringList(NodeTokens.ROLES);
    if (roleClaims == null || roleClaims.isEmpty()) {
      throw new IllegalArgumentException("claim 'roles' is missing or empty");
    }
    Set<Role> roles = EnumSet.noneOf(Role.class);
    roleClaims.forEach(r -> roles.add(Role.fromClaim(r)));
    String jurisdiction =
        Objects.requireNonNull(
            jwt.getClaimAsString(NodeTokens.JURISDICTION), "claim 'jurisdiction' is missing");
    String subject = Objects.requireNonNull(jwt.getSubject(), "claim 'sub' is missing");
    return new Caller(
        subject,
        roles,
        Jurisdiction.parse(jurisdiction),
        Optional.ofNullable(jwt.getClaimAsString(NodeTokens.PORT)));
  }

  /** The caller. */
  public Caller caller() {
    return caller;
  }

  @Override
  public Object getCredentials() {
    return token;
  }

  @Override
  public Object getPrincipal() {
    return caller;
  }

  @Override
  public String getName() {
    return caller.subject();
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof CallerAuthentication that
        && caller.equals(that.caller)
        && token.equals(that.token);
  }

  @Override
  public int hashCode() {
    return caller.hashCode();
  }
}
