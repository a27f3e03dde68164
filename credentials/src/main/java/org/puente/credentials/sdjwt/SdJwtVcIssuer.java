package org.puente.credentials.sdjwt;

import com.authlete.sd.Disclosure;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.puente.credentials.did.DidDocumentResolver;
import org.puente.credentials.keys.Multikey;
import org.puente.credentials.keys.Signer;

/**
 * Issues SD-JWT VCs: the issuer-signed JWT ({@code typ} {@code dc+sd-jwt}) carries {@code iss} (the
 * signer's controller DID), {@code iat}, {@code exp}, {@code vct}, {@code cnf.jwk} (the holder's
 * key) and the digests of the selectively disclosable claims, mixed with decoy digests so their
 * count does not reveal how many claims there are (RFC 9901 §4.2.5).
 *
 * <p>Selective disclosure applies to top-level claims; a disclosable claim's value (object, array,
 * scalar) is disclosed whole.
 */
public final class SdJwtVcIssuer {
  private static final Set<String> RESERVED =
      Set.of("iss", "iat", "exp", "nbf", "vct", "cnf", "_sd", "_sd_alg", "status", "...");
  private static final int DECOYS = 3;

  private final Signer signer;
  private final Clock clock;
  private final SecureRandom random;

  public SdJwtVcIssuer(Signer signer, Clock clock, SecureRandom random) {
    this.signer = Objects.requireNonNull(signer, "signer");
    this.clock = Objects.requireNonNull(clock, "clock");
    this.random = Objects.requireNonNull(random, "random");
  }

  /**
   * Issues an SD-JWT VC (with no Key Binding JWT: {@code <jwt>~<d1>~...~<dn>~}).
   *
   * @param vct the credential type
   * @param claims the claims (JSON values: String, Number, Boolean, Map, List)
   * @param disclosable which top-level claims are selectively disclosable
   * @param holderKey the holder's public key, put in {@code cnf.jwk}
   * @param validity time until {@code exp}
   */
  public String issue(
      String vct,
      Map<String, Object> claims,
      Set<String> disclosable,
      Multikey holderKey,
      Duration validity) {
    for (String name : claims.keySet()) {
      if (RESERVED.contains(name)) {
        throw new IllegalArgumentException("claim '" + name + "' is set by the issuer itself");
      }
    }
    if (!claims.keySet().containsAll(disclosable)) {
      throw new IllegalArgumentException("disclosable " + disclosable + " not all in claims");
    }
    Instant now = clock.instant();
    Map<String, Object> payload = new LinkedHashMap<>();
    payload.put("iss", DidDocumentResolver.didOf(signer.verificationMethod()));
    payload.put("iat", now.getEpochSecond());
    payload.put("exp", now.plus(validity).getEpochSecond());
    payload.put("vct", Objects.requireNonNull(vct, "vct"));
    payload.put("cnf", Map.of("jwk", holderKey.toJwk()));
    List<Disclosure> disclosures = new ArrayList<>();
    List<String> digests = new ArrayList<>();
    for (Map.Entry<String, Object> claim : claims.entrySet()) {
      if (disclosable.contains(claim.getKey())) {
        Disclosure d = new Disclosure(salt(), claim.getKey(), claim.getValue());
        disclosures.add(d);
        digests.add(d.digest("sha-256"));
      } else {
        payload.put(claim.getKey(), claim.getValue());
      }
    }
    for (int i = 0; i < DECOYS; i++) {
      digests.add(decoy());
    }
    Collections.sort(digests); // RFC 9901 §4.2.4.1: order must not reveal the claims' order.
    payload.put("_sd", digests);
    payload.put("_sd_alg", "sha-256");
    String jwt = SdJwt.signJwt(payload, SdJwt.VC_TYPE, signer, true);
    return new SdJwt(jwt, disclosures, null).toString();
  }

  // RFC 9901 §4.2.1: at least 128 bits of salt, base64url.
  private String salt() {
    byte[] salt = new byte[16];
    random.nextBytes(salt);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(salt);
  }

  // RFC 9901 §4.2.5: a decoy is the digest of a random value.
  private String decoy() {
    byte[] bytes = new byte[32];
    random.nextBytes(bytes);
    try {
      return Base64.getUrlEncoder()
          .withoutPadding()
          .encodeToString(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("the JDK lacks SHA-256", e);
    }
  }
}
