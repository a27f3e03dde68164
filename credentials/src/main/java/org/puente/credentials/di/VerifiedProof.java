package org.puente.credentials.di;

import java.util.Objects;
import org.puente.credentials.VerificationMethod;

/**
 * A proof that verified, with the method whose key verified it. Only {@link DataIntegrity#verify}
 * makes these.
 *
 * @param proof the proof
 * @param method the resolved verification method
 */
public record VerifiedProof(DataIntegrityProof proof, VerificationMethod method) {
  public VerifiedProof {
    Objects.requireNonNull(proof, "proof");
    Objects.requireNonNull(method, "method");
  }
}
