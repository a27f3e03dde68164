package org.puente.credentials.sdjwt;

import jakarta.json.JsonObject;
import java.util.Objects;

/**
 * A verified SD-JWT VC presentation.
 *
 * @param issuer {@code iss}: the controller of the issuer's signing key
 * @param vct the credential type
 * @param claims the always-visible claims and the disclosed ones only; {@code _sd} and {@code
 *     _sd_alg} removed
 * @param keyBound whether a Key Binding JWT was present and verified
 */
public record VerifiedSdJwtVc(String issuer, String vct, JsonObject claims, boolean keyBound) {
  public VerifiedSdJwtVc {
    Objects.requireNonNull(issuer, "issuer");
    Objects.requireNonNull(vct, "vct");
    Objects.requireNonNull(claims, "claims");
  }
}
