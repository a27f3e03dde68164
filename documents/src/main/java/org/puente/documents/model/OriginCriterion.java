package org.puente.documents.model;

/** USMCA origin criteria (Art. 4.2; Annex 5-A data element 7). */
public enum OriginCriterion {
  /** Wholly obtained or produced entirely in one or more Parties (Art. 4.3). */
  A,
  /** Produced in the Parties from non-originating materials meeting Annex 4-B. */
  B,
  /** Produced in the Parties exclusively from originating materials. */
  C,
  /** Produced in the Parties, subheading rule exception with regional value content. */
  D
}
