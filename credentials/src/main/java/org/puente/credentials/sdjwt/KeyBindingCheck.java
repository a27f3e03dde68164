package org.puente.credentials.sdjwt;

import java.util.Objects;

/**
 * What the verifier expects of the Key Binding JWT.
 *
 * @param required whether a presentation without a KB-JWT is refused
 * @param audience the verifier's identifier, expected in {@code aud}
 * @param nonce the nonce the verifier issued for this presentation, expected in {@code nonce}
 */
public record KeyBindingCheck(boolean required, String audience, String nonce) {
  public KeyBindingCheck {
    Objects.requireNonNull(audience, "audience");
    Objects.requireNonNull(nonce, "nonce");
  }

  /** A KB-JWT is required and must carry {@code audience} and {@code nonce}. */
  public static KeyBindingCheck required(String audience, String nonce) {
    return new KeyBindingCheck(true, audience, nonce);
  }
}
