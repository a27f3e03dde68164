package org.puente.credentials.di;

/** The {@code proofPurpose} values Puente signs and verifies (vc-data-integrity §2.2). */
public enum ProofPurpose {
  /** Issuing a credential: the key must be an {@code assertionMethod} of the issuer. */
  ASSERTION_METHOD("assertionMethod"),
  /** Proving control in a presentation: the key must be an {@code authentication} method. */
  AUTHENTICATION("authentication");

  private final String term;

  ProofPurpose(String term) {
    this.term = term;
  }

  /** The JSON value, which is also the DID document's verification relationship. */
  public String term() {
    return term;
  }
}
