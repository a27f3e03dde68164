package org.puente.credentials.vc;

/** The checks of a credential verification, in the order they run. */
public enum Check {
  /** VCDM 2.0 §4 structure: contexts, type, issuer, subject, dates, status and schema shapes. */
  STRUCTURE("structure"),
  /** The Data Integrity proof verifies with the key its verification method names. */
  SIGNATURE("signature"),
  /** The verification method's controller is the issuer. */
  ISSUER_BINDING("issuerBinding"),
  /** {@code validFrom} ≤ now ≤ {@code validUntil} (VCDM 2.0 §4.9). */
  VALIDITY_PERIOD("validityPeriod"),
  /** {@code credentialStatus} (VCDM 2.0 §4.10) checked through the status port. */
  STATUS("status"),
  /** {@code credentialSchema} (VCDM 2.0 §4.11). */
  SCHEMA("schema");

  private final String jsonName;

  Check(String jsonName) {
    this.jsonName = jsonName;
  }

  /** The name used in the report's JSON. */
  public String jsonName() {
    return jsonName;
  }
}
