package org.puente.server.auth;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jwt.proc.DefaultJWTProcessor;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.util.List;
import org.puente.server.access.AccessRecords;
import org.puente.server.access.AccessRuleFilter;
import org.puente.server.access.AccessRules;
import org.puente.server.api.NodeException;
import org.puente.server.api.Problems;
import org.puente.server.node.NodeProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.WebSecurityCustomizer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtClaimNames;
import org.springframework.security.oauth2.jwt.JwtClaimValidator;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtIssuerValidator;
import org.springframework.security.oauth2.jwt.JwtTimestampValidator;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.server.resource.web.authentication.BearerTokenAuthenticationFilter;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.firewall.StrictHttpFirewall;

/**
 * Spring Security for the node: stateless bearer-token authentication (OAuth2 resource server) and,
 * after it, {@link PeerCertificateFilter} (registered peer nodes by their DID-bound client
 * certificate on the peer port) and {@link AccessRuleFilter}, which alone decides access from
 * {@link AccessRules}. Token failures are problem+json: {@code token-expired} or {@code
 * invalid-token} (401).
 */
@Configuration
@EnableConfigurationProperties(AuthProperties.class)
public class SecurityConfiguration {

  @Bean
  SecurityFilterChain securityFilterChain(
      HttpSecurity http,
      JwtDecoder decoder,
      NodeProperties node,
      AccessRecords records,
      PeerCallers peers)
      throws Exception {
    AuthenticationEntryPoint problems = SecurityConfiguration::tokenProblem;
    http.csrf(c -> c.disable())
        .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
        .requestCache(c -> c.disable())
        .formLogin(f -> f.disable())
        .httpBasic(b -> b.disable())
        .logout(l -> l.disable())
        .authorizeHttpRequests(a -> a.anyRequest().permitAll())
        .exceptionHandling(e -> e.authenticationEntryPoint(problems))
        .oauth2ResourceServer(
            o ->
                o.authenticationEntryPoint(problems)
                    .bearerTokenResolver(new HeaderChecks.Bearer())
                    .jwt(
                        j ->
                            j.decoder(decoder)
                                .jwtAuthenticationConverter(CallerAuthentication::of)))
        .addFilterAfter(new PeerCertificateFilter(peers), BearerTokenAuthenticationFilter.class)
        .addFilterAfter(
            new AccessRuleFilter(AccessRules.TABLE, node.role(), records),
            AuthorizationFilter.class);
    return http.build();
  }

  /**
   * No Micrometer observation around each security filter, authentication and authorization: with
   * no tracing backend they are only cost (a dozen observations per request); request timings stay
   * in {@code http.server.requests}.
   */
  @Bean
  SecurityObservationSettings securityObservationSettings() {
    return SecurityObservationSettings.noObservations();
  }

  /**
   * Spring Security's strict firewall with its default rules for header names and values, checked
   * by {@link HeaderChecks#headerName} and {@link HeaderChecks#headerValue} instead of regular
   * expressions (the same rules).
   */
  @Bean
  WebSecurityCustomizer firewall() {
    StrictHttpFirewall firewall = new StrictHttpFirewall();
    firewall.setAllowedHeaderNames(HeaderChecks::headerName);
    firewall.setAllowedHeaderValues(HeaderChecks::headerValue);
    return web -> web.httpFirewall(firewall);
  }

  @Bean
  JwtDecoder jwtDecoder(AuthProperties auth, NodeTokens tokens, Clock clock) {
    NimbusJwtDecoder decoder;
    String issuer;
    String audience;
    if (auth.external()) {
      decoder =
          NimbusJwtDecoder.withJwkSetUri(auth.jwksUri())
              .jwsAlgorithms(
                  a -> {
                    a.add(SignatureAlgorithm.RS256);
                    a.add(SignatureAlgorithm.ES256);
                  })
              .build();
      issuer = auth.issuer();
      audience = auth.audience();
    } else {
      DefaultJWTProcessor<SecurityContext> processor = new DefaultJWTProcessor<>();
      processor.setJWSKeySelector(
          new JWSVerificationKeySelector<>(
              JWSAlgorithm.ES256, new ImmutableJWKSet<>(tokens.publicJwks())));
      processor.setJWTClaimsSetVerifier((claims, context) -> {}); // Spring's validators below
      decoder = new NimbusJwtDecoder(processor);
      issuer = tokens.issuer();
      audience = tokens.issuer();
    }
    List<OAuth2TokenValidator<Jwt>> validators =
        List.of(
            new JwtTimestampValidator(auth.clockSkew()),
            new JwtClaimValidator<Object>(JwtClaimNames.EXP, exp -> exp != null),
            new JwtIssuerValidator(issuer),
            new JwtClaimValidator<List<String>>(
                JwtClaimNames.AUD, aud -> aud != null && aud.contains(audience)),
            new CallerClaimsValidator());
    decoder.setJwtValidator(new DelegatingOAuth2TokenValidator<>(validators));
    return new CachingJwtDecoder(decoder, auth.clockSkew(), clock);
  }

  private static void tokenProblem(
      jakarta.servlet.http.HttpServletRequest request,
      HttpServletResponse response,
      AuthenticationException e)
      throws java.io.IOException {
    String message = e.getMessage() == null ? "" : e.getMessage();
    NodeException.Code code =
        message.contains("expired")
            ? NodeException.Code.TOKEN_EXPIRED
            : NodeException.Code.INVALID_TOKEN;
    response.setHeader("WWW-Authenticate", "Bearer error=\"invalid_token\"");
    Problems.write(request, response, code, "the bearer token was refused: " + message);
  }
}
