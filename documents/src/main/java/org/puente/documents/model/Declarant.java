package org.puente.documents.model;

import java.time.LocalDate;

/**
 * Who signs the CBP Form 7501 declaration (block 40).
 *
 * @param name the signer
 * @param title the signer's title
 * @param capacity as importer of record, or as the owner's, purchaser's or importer's agent
 * @param date the date signed
 */
public record Declarant(String name, String title, Capacity capacity, LocalDate date) {
  /** The two boxes of block 40. */
  public enum Capacity {
    /** The importer of record (owner or purchaser). */
    IMPORTER_OF_RECORD,
    /** The owner's, purchaser's or importer's agent (the broker). */
    AGENT
  }

  public Declarant {
    Codes.present(name, "declarant name");
    Codes.present(capacity, "declarant capacity");
    Codes.present(date, "declaration date");
  }
}
