package org.puente.documents.ids;

import java.util.regex.Pattern;

/**
 * The national identifier schemes of trade parties. Each knows its shape; RFC and SCAC delegate to
 * their own types (check digit, letters).
 */
public enum IdScheme {
  /** Mexico: Registro Federal de Contribuyentes (SAT). */
  RFC(null, "an RFC"),
  /** US: Employer Identification Number (IRS), as an importer number may add a 2-digit suffix. */
  EIN("[0-9]{2}-[0-9]{7}([0-9]{2})?", "NN-NNNNNNN or NN-NNNNNNNSS"),
  /** US: CBP-assigned importer number {@code YYDDPP-NNNNN}. */
  CBP_IMPORTER_NUMBER("[0-9]{6}-[0-9]{5}", "YYDDPP-NNNNN"),
  /** US/MX carriers: Standard Carrier Alpha Code (NMFTA). */
  SCAC(null, "a SCAC"),
  /** Mexico: Código Alfanumérico Armonizado del Transportista (carrier registration). */
  CAAT("[A-Z0-9]{4,12}", "4 to 12 capitals or digits"),
  /** US: FMCSA USDOT number. */
  USDOT("[0-9]{1,8}", "1 to 8 digits"),
  /** US: the 3-character CBP filer code of a customs broker. */
  CBP_FILER_CODE("[A-Z0-9]{3}", "3 capitals or digits"),
  /** Mexico: the agente aduanal's 4-digit patente. */
  PATENTE("[0-9]{4}", "4 digits"),
  /** A foreign tax identifier as CFDI NumRegIdTrib carries it. */
  TAX_ID("[^|]{6,40}", "6 to 40 characters without '|'");

  private final Pattern shape;
  private final String expected;

  IdScheme(String regex, String expected) {
    this.shape = regex == null ? null : Pattern.compile(regex);
    this.expected = expected;
  }

  /** Validates a value in this scheme; throws {@link InvalidIdentifierException}. */
  public String check(String value) {
    switch (this) {
      case RFC:
        return new Rfc(value).value();
      case SCAC:
        return new Scac(value).value();
      default:
        return Check.shape(value, shape, name(), expected);
    }
  }
}
