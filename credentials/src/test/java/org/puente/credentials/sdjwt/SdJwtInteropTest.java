package org.puente.credentials.sdjwt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.authlete.sd.Disclosure;
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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.puente.credentials.jose.NodeProject;
import org.puente.credentials.keys.KeyType;
import org.puente.credentials.keys.MultikeyPair;

/**
 * Puente issues and presents SD-JWT VCs; the independent OpenWallet Foundation sd-jwt-js core
 * (interop/sd-jwt) verifies the issuer signature, digests and Key Binding JWT and returns the same
 * disclosed claims. Skipped visibly without node_modules, except under CI=true.
 */
class SdJwtInteropTest {
  private static final SecureRandom RANDOM = new SecureRandom();
  private static final Instant NOW = Instant.parse("2026-03-10T15:00:00Z");
  private static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);
  private static final String AUD = "https://aduana.example/verifier";
  private static final String NONCE = "8fJ2-kq0";
  private static NodeProject project;

  @TempDir Path tmp;

  @BeforeAll
  static void findProject() {
    project = NodeProject.find("sd-jwt");
  }

  @BeforeEach
  void requireNodeModules() {
    Assumptions.assumeTrue(
        project.ready(), "SKIPPED: interop/sd-jwt/node_modules absent; run `npm ci` there");
  }

  @ParameterizedTest
  @EnumSource(
      value = KeyType.class,
      names = {"ED25519", "P256"})
  void puenteIssuesAndPresents_sdJwtJsVerifiesSameDisclosures(KeyType type) throws Exception {
    MultikeyPair issuer = MultikeyPair.generate(type, RANDOM);
    MultikeyPair holder = MultikeyPair.generate(KeyType.P256, RANDOM);
    String presentation = present(issue(issuer, holder), holder);

    JsonObject out = verifyWithNode(presentation, issuer);

    JsonObject payload = out.getJsonObject("payload");
    assertThat(payload.getString("given_name")).isEqualTo("María");
    assertThat(payload.getString("fastId")).isEqualTo("FAST-4471-0021");
    assertThat(payload).doesNotContainKeys("birthdate", "family_name");
    assertThat(out.getJsonObject("kb").getJsonObject("payload").getString("aud")).isEqualTo(AUD);
    assertThat(out.getJsonObject("kb").getJsonObject("header").getString("typ"))
        .isEqualTo("kb+jwt");
  }

  @ParameterizedTest
  @EnumSource(
      value = KeyType.class,
      names = {"ED25519"})
  void forgedDisclosure_puenteRefuses_sdJwtJsDropsIt(KeyType type) throws Exception {
    MultikeyPair issuer = MultikeyPair.generate(type, RANDOM);
    MultikeyPair holder = MultikeyPair.generate(KeyType.ED25519, RANDOM);
    SdJwt issued = SdJwt.parse(issue(issuer, holder));
    String forged =
        new SdJwt(issued.issuerJwt(), List.of(new Disclosure("given_name", "Mallory")), null)
            .withoutKeyBinding();
    String presentation = present(forged, holder);

    // RFC 9901 §7.1 step 4 says to reject an unreferenced disclosure: Puente does; sd-jwt-js 0.19
    // ignores it. Either way the forged value must never surface as a verified claim.
    JsonObject out = verifyWithNode(presentation, issuer);
    assertThat(out.getJsonObject("payload")).doesNotContainKey("given_name");
    assertThatThrownBy(
            () ->
                new SdJwtVcVerifier(
                        new org.puente.credentials.did.KeyAndWebDidResolver(
                            org.puente.credentials.did.DidWebResolver.builder(CLOCK).build()),
                        CLOCK,
                        Duration.ofMinutes(5),
                        Duration.ZERO,
                        new ReplayGuard(CLOCK, 10))
                    .verify(presentation, KeyBindingCheck.required(AUD, NONCE)))
        .isInstanceOfSatisfying(
            org.puente.credentials.CredentialException.class,
            e ->
                assertThat(e.code())
                    .isEqualTo(
                        org.puente.credentials.CredentialException.Code.DISCLOSURE_MISMATCH));
  }

  private static String issue(MultikeyPair issuer, MultikeyPair holder) {
    Map<String, Object> claims = new LinkedHashMap<>();
    claims.put("fastId", "FAST-4471-0021");
    claims.put("given_name", "María");
    claims.put("family_name", "Hernández");
    claims.put("birthdate", "1984-07-02");
    return new SdJwtVcIssuer(issuer, CLOCK, RANDOM)
        .issue(
            "https://puente.example/vct/fast-driver",
            claims,
            Set.of("given_name", "family_name", "birthdate"),
            holder.publicKey(),
            Duration.ofDays(365));
  }

  private static String present(String sdJwt, MultikeyPair holder) throws Exception {
    return SdJwtVcHolder.present(sdJwt, Set.of("given_name"), holder, AUD, NONCE, CLOCK);
  }

  private JsonObject verifyWithNode(String presentation, MultikeyPair issuer)
      throws IOException, InterruptedException {
    String jwk =
        Json.createObjectBuilder(new LinkedHashMap<String, Object>(issuer.publicKey().toJwk()))
            .build()
            .toString();
    String out =
        project.run(
            tmp,
            "sdjwt.mjs",
            "verify",
            Files.writeString(tmp.resolve("p.txt"), presentation, StandardCharsets.UTF_8)
                .toString(),
            Files.writeString(tmp.resolve("issuer.jwk"), jwk, StandardCharsets.UTF_8).toString(),
            NONCE,
            Long.toString(NOW.getEpochSecond()));
    return Json.createReader(new StringReader(out)).readObject();
  }
}
