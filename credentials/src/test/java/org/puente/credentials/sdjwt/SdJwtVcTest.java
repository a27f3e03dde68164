package org.puente.credentials.sdjwt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.authlete.sd.Disclosure;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.puente.credentials.CredentialException;
import org.puente.credentials.CredentialException.Code;
import org.puente.credentials.did.DidWebResolver;
import org.puente.credentials.did.KeyAndWebDidResolver;
import org.puente.credentials.keys.DidKey;
import org.puente.credentials.keys.KeyType;
import org.puente.credentials.keys.MultikeyPair;

class SdJwtVcTest {
  private static final SecureRandom RANDOM = new SecureRandom();
  private static final Instant NOW = Instant.parse("2026-03-10T15:00:00Z");
  private static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);
  private static final String AUD = "https://cbp.example/verifier";
  private static final String NONCE = "n-0S6_WzA2Mj";
  private static final String VCT = "https://puente.example/vct/fast-driver";

  private final MultikeyPair issuer = MultikeyPair.generate(KeyType.P256, RANDOM);
  private final MultikeyPair holder = MultikeyPair.generate(KeyType.ED25519, RANDOM);

  private String issued() {
    Map<String, Object> claims = new LinkedHashMap<>();
    claims.put("fastId", "FAST-4471-0021");
    claims.put("given_name", "María");
    claims.put("family_name", "Hernández");
    claims.put("birthdate", "1984-07-02");
    claims.put("address", Map.of("locality", "Nuevo Laredo", "country", "MX"));
    claims.put("licenseClass", "B");
    return new SdJwtVcIssuer(issuer, CLOCK, RANDOM)
        .issue(
            VCT,
            claims,
            Set.of("given_name", "family_name", "birthdate", "address"),
            holder.publicKey(),
            Duration.ofDays(365));
  }

  private SdJwtVcVerifier verifier() {
    return verifier(CLOCK);
  }

  private SdJwtVcVerifier verifier(Clock clock) {
    return new SdJwtVcVerifier(
        new KeyAndWebDidResolver(DidWebResolver.builder(clock).build()),
        clock,
        Duration.ofMinutes(5),
        Duration.ofSeconds(30),
        new ReplayGuard(clock, 1000));
  }

  private String present(String sdJwt, Set<String> disclose) throws CredentialException {
    return SdJwtVcHolder.present(sdJwt, disclose, holder, AUD, NONCE, CLOCK);
  }

  @Test
  void verify_chosenSubset_returnsOnlyDisclosedAndPlainClaims() throws Exception {
    String presentation = present(issued(), Set.of("given_name", "address"));

    VerifiedSdJwtVc verified =
        verifier().verify(presentation, KeyBindingCheck.required(AUD, NONCE));

    assertThat(verified.keyBound()).isTrue();
    assertThat(verified.issuer()).isEqualTo(DidKey.did(issuer.publicKey()));
    assertThat(verified.vct()).isEqualTo(VCT);
    assertThat(verified.claims().getString("given_name")).isEqualTo("María");
    assertThat(verified.claims().getJsonObject("address").getString("locality"))
        .isEqualTo("Nuevo Laredo");
    assertThat(verified.claims().getString("fastId")).isEqualTo("FAST-4471-0021");
    assertThat(verified.claims()).doesNotContainKeys("family_name", "birthdate", "_sd", "_sd_alg");
    assertThat(presentation).doesNotContain(encodedDisclosureOf(issued(), "birthdate"));
  }

  @Test
  void issue_headerAndClaims_followSdJwtVc() throws Exception {
    SdJwt sdJwt = SdJwt.parse(issued());
    var jws = org.puente.credentials.jose.CompactJws.parse(sdJwt.issuerJwt());

    assertThat(jws.headerString("typ")).isEqualTo("dc+sd-jwt");
    assertThat(jws.headerString("kid")).isEqualTo(issuer.verificationMethod());
    assertThat(jws.payloadText())
        .contains("\"vct\":\"" + VCT + "\"", "\"cnf\"", "\"_sd_alg\":\"sha-256\"")
        .doesNotContain("birthdate", "1984-07-02");
    assertThat(sdJwt.disclosures())
        .extracting(Disclosure::getClaimName)
        .containsExactlyInAnyOrder("given_name", "family_name", "birthdate", "address");
    assertThat(sdJwt.keyBindingJwt()).isNull();
  }

  @Test
  void verify_forgedDisclosure_disclosureMismatch() throws Exception {
    SdJwt sdJwt = SdJwt.parse(issued());
    Disclosure forged = new Disclosure("given_name", "Mallory");
    String tampered = new SdJwt(sdJwt.issuerJwt(), List.of(forged), null).withoutKeyBinding();
    String presentation = present(tampered, Set.of("given_name"));

    assertCode(
        () -> verifier().verify(presentation, KeyBindingCheck.required(AUD, NONCE)),
        Code.DISCLOSURE_MISMATCH);
  }

  @Test
  void verify_repeatedDisclosure_disclosureMismatch() throws Exception {
    SdJwt sdJwt = SdJwt.parse(issued());
    Disclosure d = sdJwt.disclosures().get(0);
    String doubled = new SdJwt(sdJwt.issuerJwt(), List.of(d, d), null).withoutKeyBinding();

    assertCode(
        () ->
            verifier()
                .verify(
                    present(doubled, Set.of(d.getClaimName())),
                    KeyBindingCheck.required(AUD, NONCE)),
        Code.DISCLOSURE_MISMATCH);
  }

  @Test
  void verify_disclosureOverridingPlainClaim_disclosureMismatch() throws Exception {
    Disclosure shadow = new Disclosure("c2FsdHNhbHRzYWx0", "fastId", "FAST-9999-0000");
    Map<String, Object> payload = new LinkedHashMap<>();
    payload.put("iss", DidKey.did(issuer.publicKey()));
    payload.put("vct", VCT);
    payload.put("cnf", Map.of("jwk", holder.publicKey().toJwk()));
    payload.put("fastId", "FAST-4471-0021");
    payload.put("_sd", List.of(shadow.digest("sha-256")));
    String jwt = SdJwt.signJwt(payload, SdJwt.VC_TYPE, issuer, true);
    String crafted = new SdJwt(jwt, List.of(shadow), null).withoutKeyBinding();

    assertCode(
        () ->
            verifier()
                .verify(present(crafted, Set.of("fastId")), KeyBindingCheck.required(AUD, NONCE)),
        Code.DISCLOSURE_MISMATCH);
  }

  @Test
  void verify_wrongNonce_nonceMismatch() throws Exception {
    String presentation = present(issued(), Set.of("given_name"));

    assertCode(
        () -> verifier().verify(presentation, KeyBindingCheck.required(AUD, "another-nonce")),
        Code.NONCE_MISMATCH);
  }

  @Test
  void verify_wrongAudience_audienceMismatch() throws Exception {
    String presentation = present(issued(), Set.of("given_name"));

    assertCode(
        () ->
            verifier()
                .verify(presentation, KeyBindingCheck.required("https://evil.example", NONCE)),
        Code.AUDIENCE_MISMATCH);
  }

  @Test
  void verify_noKeyBindingWhenRequired_keyBindingMissing() {
    String withoutKb = issued();

    assertCode(
        () -> verifier().verify(withoutKb, KeyBindingCheck.required(AUD, NONCE)),
        Code.KEY_BINDING_MISSING);
  }

  @Test
  void verify_noKeyBindingWhenOptional_verifiesUnbound() throws Exception {
    VerifiedSdJwtVc verified = verifier().verify(issued(), new KeyBindingCheck(false, AUD, NONCE));

    assertThat(verified.keyBound()).isFalse();
    assertThat(verified.claims().getString("birthdate")).isEqualTo("1984-07-02");
  }

  @Test
  void verify_samePresentationTwice_replayed() throws Exception {
    String presentation = present(issued(), Set.of("given_name"));
    SdJwtVcVerifier verifier = verifier();
    verifier.verify(presentation, KeyBindingCheck.required(AUD, NONCE));

    assertCode(
        () -> verifier.verify(presentation, KeyBindingCheck.required(AUD, NONCE)),
        Code.KEY_BINDING_REPLAYED);
  }

  @Test
  void verify_keyBindingTooOld_stale() throws Exception {
    String presentation = present(issued(), Set.of("given_name"));
    Clock later = Clock.offset(CLOCK, Duration.ofMinutes(6));

    assertCode(
        () -> verifier(later).verify(presentation, KeyBindingCheck.required(AUD, NONCE)),
        Code.KEY_BINDING_STALE);
  }

  @Test
  void verify_keyBindingSignedByAnotherKey_invalid() throws Exception {
    MultikeyPair thief = MultikeyPair.generate(KeyType.ED25519, RANDOM);
    String presentation =
        SdJwtVcHolder.present(issued(), Set.of("given_name"), thief, AUD, NONCE, CLOCK);

    assertCode(
        () -> verifier().verify(presentation, KeyBindingCheck.required(AUD, NONCE)),
        Code.KEY_BINDING_INVALID);
  }

  @Test
  void verify_disclosureDroppedAfterBinding_sdHashInvalid() throws Exception {
    String presentation = present(issued(), Set.of("given_name", "birthdate"));
    String dropped = encodedDisclosureOf(presentation, "birthdate") + "~";
    String altered = presentation.replace(dropped, "");

    assertCode(
        () -> verifier().verify(altered, KeyBindingCheck.required(AUD, NONCE)),
        Code.KEY_BINDING_INVALID);
  }

  @Test
  void verify_issuerSignatureAltered_invalidSignature() throws Exception {
    String presentation = present(issued(), Set.of("given_name"));
    int dot = presentation.lastIndexOf('.', presentation.indexOf('~'));
    char c = presentation.charAt(dot + 5);
    String altered =
        presentation.substring(0, dot + 5)
            + (c == 'A' ? 'B' : 'A')
            + presentation.substring(dot + 6);

    assertCode(
        () -> verifier().verify(altered, KeyBindingCheck.required(AUD, NONCE)),
        Code.INVALID_SIGNATURE);
  }

  @Test
  void verify_expiredCredential_expired() throws Exception {
    Clock nextYear = Clock.offset(CLOCK, Duration.ofDays(366));
    String presentation =
        SdJwtVcHolder.present(issued(), Set.of("given_name"), holder, AUD, NONCE, nextYear);

    assertCode(
        () -> verifier(nextYear).verify(presentation, KeyBindingCheck.required(AUD, NONCE)),
        Code.EXPIRED);
  }

  private static String encodedDisclosureOf(String sdJwt, String claim) throws CredentialException {
    for (Disclosure d : SdJwt.parse(sdJwt).disclosures()) {
      if (d.getClaimName().equals(claim)) {
        return d.getDisclosure();
      }
    }
    throw new AssertionError("no disclosure of " + claim);
  }

  private static void assertCode(ThrowingCallable call, Code code) {
    assertThatThrownBy(call)
        .isInstanceOfSatisfying(
            CredentialException.class, e -> assertThat(e.code()).isEqualTo(code));
  }
}
