package org.puente.credentials.jose;

import jakarta.json.JsonObject;
import org.puente.credentials.CredentialException;

/**
 * A seam for structural validation of a verified JWT payload (the VC 2.0 data-model checks live in
 * another package and are plugged in here by the caller).
 */
@FunctionalInterface
public interface PayloadValidator {
  /**
   * Skips structural validation. <b>Warning:</b> the caller must then validate the returned payload
   * itself.
   */
  PayloadValidator NONE = payload -> {};

  /**
   * Throws a coded {@link CredentialException} when {@code payload} is not a valid credential or
   * presentation.
   */
  void validate(JsonObject payload) throws CredentialException;
}
