package org.puente.documents.credentials;

import java.util.Optional;

/** Puente's trade credential types; each has a JSON Schema, context terms and an example. */
public enum CredentialType {
  /** USMCA certification of origin (Annex 5-A, nine data elements). */
  USMCA_CERTIFICATION_OF_ORIGIN("UsmcaCertificationOfOrigin"),
  /** Mill test report with the country of melt and pour. */
  MILL_TEST_REPORT("MillTestReport"),
  /** Commercial invoice. */
  COMMERCIAL_INVOICE("CommercialInvoice"),
  /** SAT Carta Porte 3.1 data. */
  CARTA_PORTE("CartaPorte"),
  /** DODA (documento de operación para despacho aduanero). */
  DODA("Doda"),
  /** Summary of a pedimento. */
  PEDIMENTO_SUMMARY("PedimentoSummary"),
  /** ACE truck e-Manifest trip. */
  EMANIFEST_TRIP("EManifestTrip"),
  /** A driver. */
  DRIVER("Driver"),
  /** A tractor and its equipment. */
  CONVEYANCE("Conveyance"),
  /** C-TPAT or OEA status. */
  TRUSTED_TRADER_STATUS("TrustedTraderStatus"),
  /** Result of a non-intrusive inspection. */
  NII_INSPECTION_RESULT("NiiInspectionResult");

  /** Base of the schema identifiers. */
  public static final String SCHEMA_BASE = "https://w3id.org/puente/schemas/";

  private final String vcType;

  CredentialType(String vcType) {
    this.vcType = vcType;
  }

  /** The VC {@code type} value, also the JSON-LD term. */
  public String vcType() {
    return vcType;
  }

  /** The schema's {@code $id}. */
  public String schemaId() {
    return SCHEMA_BASE + vcType + ".json";
  }

  /** Whether the subject holds a canonical consignment. */
  public boolean carriesConsignment() {
    return this == CARTA_PORTE || this == DODA || this == EMANIFEST_TRIP;
  }

  /** The type with this VC type name. */
  public static Optional<CredentialType> ofVcType(String name) {
    for (CredentialType t : values()) {
      if (t.vcType.equals(name)) {
        return Optional.of(t);
      }
    }
    return Optional.empty();
  }
}
