package org.puente.credentials.vp;

import jakarta.json.JsonObject;
import java.util.List;
import java.util.Objects;
import org.puente.credentials.di.VerifiedProof;
import org.puente.credentials.vc.VerifiedCredential;

/**
 * A presentation whose proof, challenge, domain, holder binding and every enclosed credential
 * verified. Only {@link Presentations#verify} makes one.
 *
 * @param presentation the presentation as verified
 * @param holder the holder (the controller of the authentication key)
 * @param proof the presentation's verified proof
 * @param credentials each enclosed credential, verified, in order
 */
public record VerifiedPresentation(
    JsonObject presentation,
    String holder,
    VerifiedProof proof,
    List<VerifiedCredential> credentials) {
  public VerifiedPresentation {
    Objects.requireNonNull(presentation, "presentation");
    Objects.requireNonNull(holder, "holder");
    Objects.requireNonNull(proof, "proof");
    credentials = List.copyOf(credentials);
  }
}
