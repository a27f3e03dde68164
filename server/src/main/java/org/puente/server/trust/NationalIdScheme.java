package org.puente.server.trust;

import org.puente.server.node.Jurisdiction;

/**
 * The national identifier that ties an accredited issuer to a legal person or authority, and the
 * jurisdiction that assigns it.
 */
public enum NationalIdScheme {
  /**
   * SAT Registro Federal de Contribuyentes: 12 characters for a company (3 letters), 13 for a
   * person (4 letters), then the date yymmdd and a 3-character homoclave. A mill's RFC backs its
   * mill test reports.
   */
  RFC(Jurisdiction.MX, "[A-ZÑ&]{3,4}[0-9]{6}[A-Z0-9]{3}"),
  /** An agente aduanal's patente: 4 digits. Backs DODA filings. */
  PATENTE(Jurisdiction.MX, "[0-9]{4}"),
  /** SAT itself (DODA seals). */
  SAT(Jurisdiction.MX, "SAT"),
  /** A US customs broker's filer code: 3 letters or digits. Backs entries. */
  FILER_CODE(Jurisdiction.US, "[A-Z0-9]{3}"),
  /** CBP itself (C-TPAT status). */
  CBP(Jurisdiction.US, "CBP"),
  /**
   * CBP's Manufacturer/Shipper Identification Code (MID, CBP Form 7501 instructions, Appendix 2):
   * ISO country code, then name, address and city fragments, up to 15 characters. How CBP knows a
   * foreign mill or exporter.
   */
  MID(Jurisdiction.US, "[A-Z]{2}[A-Z0-9]{3,13}"),
  /** A carrier's Standard Carrier Alpha Code (NMFTA), 2-4 letters, as CBP's e-Manifest uses it. */
  SCAC(Jurisdiction.US, "[A-Z]{2,4}");

  private final Jurisdiction jurisdiction;
  private final String pattern;

  NationalIdScheme(Jurisdiction jurisdiction, String pattern) {
    this.jurisdiction = jurisdiction;
    this.pattern = pattern;
  }

  /** Who assigns identifiers of this scheme. */
  public Jurisdiction jurisdiction() {
    return jurisdiction;
  }

  /** Checks the identifier's syntax; throws naming the expected form. */
  public void requireValid(String id) {
    if (id == null || !id.matches(pattern)) {
      throw new IllegalArgumentException(
          "a " + name() + " identifier must match " + pattern + ", found '" + id + "'");
    }
  }

  /** Parses {@code RFC}, {@code PATENTE}, ... (any case, '-' for '_'). */
  public static NationalIdScheme parse(String value) {
    for (NationalIdScheme s : values()) {
      if (s.name().equalsIgnoreCase(value.replace('-', '_'))) {
        return s;
      }
    }
    throw new IllegalArgumentException(
        "expected an id scheme RFC, PATENTE, SAT, FILER_CODE, CBP, MID or SCAC, found '"
            + value
            + "'");
  }
}
