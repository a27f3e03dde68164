package org.puente.documents;

/** The kinds of input this module reads. */
public enum DocumentKind {
  /** Puente's canonical consignment JSON ({@code "documentType": "Consignment"}). */
  CONSIGNMENT,
  /** One of Puente's trade credentials (unsigned VC 2.0 JSON). */
  CREDENTIAL,
  /** A SAT Carta Porte 3.1 complement (XML). */
  CARTA_PORTE,
  /** A DODA payload (XML). */
  DODA,
  /** An ACE truck e-Manifest trip (JSON). */
  EMANIFEST,
  /** A CBP Form 7501 entry summary (JSON, {@code "documentType": "CBP7501EntrySummary"}). */
  ENTRY_SUMMARY
}
