package org.puente.credentials.jose;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.apicatalog.multibase.Multibase;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.puente.credentials.CredentialException;
import org.puente.credentials.CredentialException.Code;
import org.puente.credentials.did.DidWebResolver;
import org.puente.credentials.did.KeyAndWebDidResolver;
import org.puente.credentials.keys.DidKey;
import org.puente.credentials.keys.KeyType;
import org.puente.credentials.keys.MultikeyPair;

/**
 * Cross-checks VC-JWTs with the independent {@code jose} npm package (interop/jose): Puente signs
 * and jose verifies, jose signs and Puente verifies, for EdDSA, ES256 and ES384. Skipped (visibly)
 * when interop/jose/node_modules is absent, except under CI=true, where that is a failure.
 */
class JoseInteropTest {
  private static final SecureRandom RANDOM = new SecureRandom();
  private static NodeProject project;

  @TempDir Path tmp;

  @BeforeAll
  static void findInteropProject() {
    project = NodeProject.find("jose");
  }

  @BeforeEach
  void requireNodeModules() {
    // Per test, so that the report counts each cross-check as skipped.
    Assumptions.assumeTrue(
        project.ready(), "SKIPPED: interop/jose/node_modules absent; run `npm ci` in interop/jose");
  }

  @ParameterizedTest
  @EnumSource(KeyType.class)
  void puenteSigns_joseVerifies(KeyType type) throws Exception {
    MultikeyPair issuer = MultikeyPair.generate(type, RANDOM);
    JsonObject credential = SampleCredentials.usmcaCertificate(DidKey.did(issuer.publicKey()), 8);
    String jwt = VcJwt.signCredential(credential, issuer);

    JsonObject out =
        parse(
            node(
                "verify",
                write("vc.jwt", jwt),
                write("pub.jwk", json(issuer.publicKey().toJwk()))));

    assertThat(out.getJsonObject("payload")).isEqualTo(credential);
    assertThat(out.getJsonObject("header").getString("kid")).isEqualTo(issuer.verificationMethod());
    assertThat(out.getJsonObject("header").getString("alg")).isEqualTo(type.joseAlg());
  }

  @ParameterizedTest
  @EnumSource(KeyType.class)
  void joseSigns_puenteVerifies(KeyType type) throws Exception {
    MultikeyPair issuer = MultikeyPair.generate(type, RANDOM);
    JsonObject credential = SampleCredentials.usmcaCertificate(DidKey.did(issuer.publicKey()), 8);
    String jwt =
        node(
            "sign",
            write("priv.jwk", json(privateJwk(issuer))),
            issuer.verificationMethod(),
            write("vc.json", credential.toString()));

    VerifiedJwt verified = verifier().verifyCredential(jwt);

    assertThat(verified.payload()).isEqualTo(credential);
    assertThat(verified.algorithm()).isEqualTo(type.joseAlg());
  }

  @ParameterizedTest
  @EnumSource(
      value = KeyType.class,
      names = {"ED25519", "P256"})
  void joseSignsWithAnotherKey_puenteRefuses(KeyType type) throws Exception {
    MultikeyPair issuer = MultikeyPair.generate(type, RANDOM);
    MultikeyPair other = MultikeyPair.generate(type, RANDOM);
    JsonObject credential = SampleCredentials.usmcaCertificate(DidKey.did(issuer.publicKey()), 2);
    String jwt =
        node(
            "sign",
            write("priv.jwk", json(privateJwk(other))),
            issuer.verificationMethod(),
            write("vc.json", credential.toString()));

    assertThatThrownBy(() -> verifier().verifyCredential(jwt))
        .isInstanceOfSatisfying(
            CredentialException.class, e -> assertThat(e.code()).isEqualTo(Code.INVALID_SIGNATURE));
  }

  private static VcJwtVerifier verifier() {
    Clock clock = Clock.fixed(Instant.parse("2026-06-01T00:00:00Z"), ZoneOffset.UTC);
    return new VcJwtVerifier(
        new KeyAndWebDidResolver(DidWebResolver.builder(clock).build()),
        clock,
        PayloadValidator.NONE,
        Duration.ZERO);
  }

  /** The private JWK: the public members plus {@code d}, the raw secret (RFC 8037 / RFC 7518). */
  private static Map<String, String> privateJwk(MultikeyPair pair) {
    byte[] prefixed = Multibase.BASE_58_BTC.decode(pair.secretKeyMultibase());
    byte[] secret = Arrays.copyOfRange(prefixed, 2, prefixed.length); // 2-byte varint codec
    Map<String, String> jwk = new LinkedHashMap<>(pair.publicKey().toJwk());
    jwk.put("d", Base64.getUrlEncoder().withoutPadding().encodeToString(secret));
    return jwk;
  }

  private String node(String... args) throws IOException, InterruptedException {
    return project.run(tmp, "vcjwt.mjs", args);
  }

  private String write(String name, String content) throws IOException {
    return Files.writeString(tmp.resolve(name), content, StandardCharsets.UTF_8).toString();
  }

  private static String json(Map<String, String> members) {
    return Json.createObjectBuilder(new LinkedHashMap<String, Object>(members)).build().toString();
  }

  private static JsonObject parse(String json) {
    return Json.createReader(new StringReader(json)).readObject();
  }
}
