package org.puente.server.auth;

import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jwt.Jwt;

/** Refuses tokens whose Puente claims (roles, jurisdiction, officer's port) are missing or bad. */
final class CallerClaimsValidator implements OAuth2TokenValidator<Jwt> {
  @Override
  public OAuth2TokenValidatorResult validate(Jwt jwt) {
    try {
      CallerAuthentication.callerOf(jwt);
      return OAuth2TokenValidatorResult.success();
    } catch (IllegalArgumentException | NullPointerException e) {
      return OAuth2TokenValidatorResult.failure(
          new OAuth2Error("invalid_token", "bad Puente claims: " + e.getMessage(), null));
    }
  }
}
