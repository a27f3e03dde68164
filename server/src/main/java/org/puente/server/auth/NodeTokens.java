package org.puente.server.auth;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.security.interfaces.ECPublicKey;
import java.text.ParseException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.puente.server.node.DataDirectory;
import org.puente.server.node.Jurisdiction;

/**
 * The embedded default's token issuer: the node mints its own bearer JWTs (ES256) with a
 * token-signing key kept in {@code keys/token-signing.jwk.json}, and serves its public half at
 * {@code /.well-known/jwks.json}. The issuer (and audience) is {@code urn:puente:node:<RFC 7638
 * thumbprint of that key>}, so it follows from the data directory alone.
 *
 * <p>Claims: {@code iss}, {@code aud}, {@code sub}, {@code iat}, {@code nbf}, {@code exp}, {@code
 * jti}, {@code roles} (array), {@code jurisdiction} ({@code US} / {@code MX}) and, for officers,
 * {@code port}. With an external OIDC provider, the provider mints tokens with the same claims.
 */
public final class NodeTokens {
  /** The roles claim (an array of role names). */
  public static final String ROLES = "roles";

  /** The jurisdiction claim. */
  public static final String JURISDICTION = "jurisdiction";

  /** The port claim (officers only). */
  public static final String PORT = "port";

  private static final String FILE = "token-signing.jwk.json";

  private final ECKey key;
  private final SecureRandom random;

  private NodeTokens(ECKey key, SecureRandom random) {
    this.key = key;
    this.random = random;
  }

  /** Loads the token-signing key of the node in {@code dataDir}, creating it on first use. */
  public static NodeTokens loadOrCreate(DataDirectory dataDir, SecureRandom random)
      throws IOException {
    dataDir.create();
    Path file = dataDir.keys().resolve(FILE);
    synchronized (NodeTokens.class) {
      if (Files.exists(file)) {
        try {
          return new NodeTokens(
              ECKey.parse(Files.readString(file, StandardCharsets.UTF_8)), random);
        } catch (ParseException e) {
          throw new IOException("corrupt token-signing key " + file + ": " + e.getMessage(), e);
        }
      }
      try {
        ECKey generated =
            new ECKeyGenerator(Curve.P_256)
                .keyUse(KeyUse.SIGNATURE)
                .algorithm(JWSAlgorithm.ES256)
                .secureRandom(random)
                .keyIDFromThumbprint(true)
                .generate();
        DataDirectory.writeOwnerOnly(file, generated.toJSONString() + "\n");
        return new NodeTokens(generated, random);
      } catch (JOSEException e) {
        throw new IllegalStateException("cannot generate a P-256 key", e);
      }
    }
  }

  /** The issuer and audience of this node's tokens. */
  public String issuer() {
    return "urn:puente:node:" + key.getKeyID();
  }

  /** The public key that verifies this node's tokens. */
  public ECPublicKey publicKey() {
    try {
      return key.toECPublicKey();
    } catch (JOSEException e) {
      throw new IllegalStateException("stored token key is not a P-256 key", e);
    }
  }

  /** The public JWK Set (RFC 7517 §5). */
  public JWKSet publicJwks() {
    return new JWKSet(key.toPublicJWK());
  }

  /**
   * Mints a bearer token.
   *
   * @throws IllegalArgumentException if an officer has no port or a port code is malformed
   */
  public String mint(
      String subject,
      List<Role> roles,
      Jurisdiction jurisdiction,
      Optional<String> port,
      Duration ttl,
      Clock clock) {
    new Caller(subject, java.util.Set.copyOf(roles), jurisdiction, port); // validates
    Instant now = clock.instant();
    byte[] jti = new byte[16];
    random.nextBytes(jti);
    JWTClaimsSet.Builder claims =
        new JWTClaimsSet.Builder()
            .issuer(issuer())
            .audience(issuer())
            .subject(subject)
            .issueTime(Date.from(now))
            .notBeforeTime(Date.from(now))
            .expirationTime(Date.from(now.plus(ttl)))
            .jwtID(HexFormat.of().formatHex(jti))
            .claim(ROLES, roles.stream().map(Role::claim).toList())
            .claim(JURISDICTION, jurisdiction.name());
    port.ifPresent(p -> claims.claim(PORT, p));
    SignedJWT jwt =
        new SignedJWT(
            new JWSHeader.Builder(JWSAlgorithm.ES256)
                .keyID(key.getKeyID())
                .type(JOSEObjectType.JWT)
                .build(),
            claims.build());
    try {
      jwt.sign(new ECDSASigner(key));
    } catch (JOSEException e) {
      throw new IllegalStateException("cannot sign with the token key", e);
    }
    return jwt.serialize();
  }
}
