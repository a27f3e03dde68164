package org.puente.server.auth;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code puente.auth.*}: which bearer tokens the node accepts. With {@code jwks-uri} empty (the
 * embedded default) the node accepts only the tokens it mints itself ({@link NodeTokens}); with it
 * set, tokens from that OIDC provider, whose {@code iss} must equal {@code issuer} and whose {@code
 * aud} must contain {@code audience}.
 *
 * @param issuer expected {@code iss} of an external provider
 * @param audience expected {@code aud} of an external provider
 * @param jwksUri the external provider's JWK Set URI
 * @param clockSkew tolerance on {@code exp} / {@code nbf}
 */
@ConfigurationProperties("puente.auth")
public record AuthProperties(String issuer, String audience, String jwksUri, Duration clockSkew) {
  public AuthProperties {
    issuer = issuer == null ? "" : issuer;
    audience = audience == null ? "" : audience;
    jwksUri = jwksUri == null ? "" : jwksUri;
    clockSkew = clockSkew == null ? Duration.ofSeconds(30) : clockSkew;
    if (!jwksUri.isEmpty() && (issuer.isEmpty() || audience.isEmpty())) {
      throw new IllegalArgumentException(
          "puente.auth.jwks-uri needs puente.auth.issuer and puente.auth.audience");
    }
  }

  /** Whether tokens come from an external OIDC provider. */
  public boolean external() {
    return !jwksUri.isEmpty();
  }
}
