package org.puente.credentials.jose;

import jakarta.json.JsonObject;
import java.util.Objects;
import org.puente.credentials.keys.Multikey;

/**
 * A VC-JWT or VP-JWT whose signature, key, issuer (or holder) and validity period were checked.
 *
 * @param payload the JWT payload: the credential or presentation JSON itself
 * @param algorithm the JOSE {@code alg}
 * @param keyId the {@code kid}: the verification method that signed
 * @param key the key {@code kid} resolved to
 * @param controller the issuer (credentials) or holder (presentations), equal to {@code kid}'s DID
 */
public record VerifiedJwt(
    JsonObject payload, String algorithm, String keyId, Multikey key, String controller) {
  public VerifiedJwt {
    Objects.requireNonNull(payload, "payload");
    Objects.requireNonNull(algorithm, "algorithm");
    Objects.requireNonNull(keyId, "keyId");
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(controller, "controller");
  }
}
