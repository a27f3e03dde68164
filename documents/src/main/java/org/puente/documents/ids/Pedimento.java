package org.puente.documents.ids;

import java.util.regex.Pattern;
import org.puente.documents.DocumentException;
import org.puente.documents.ErrorCode;

/**
 * A pedimento number (Anexo 22 RGCE, campo 1): 2 digits of the year of validation, 2 of the aduana
 * de despacho, 4 of the patente, then the last digit of the year and a 6-digit consecutive per
 * aduana. Written {@code YY AA PPPP DNNNNNN} (two spaces between groups, the form the Carta Porte
 * 3.1 XSD requires); held as the 15 digits. Anexo 22 documents no check digit; the year digit must
 * repeat the last digit of the year and the aduana must be in SAT's c_Aduana.
 *
 * @param value the 15 digits
 */
public record Pedimento(String value) {
  private static final Pattern DIGITS = Pattern.compile("[0-9]{15}");
  private static final Pattern SPACED = Pattern.compile("[0-9]{2}  [0-9]{2}  [0-9]{4}  [0-9]{7}");

  public Pedimento {
    if (value != null && SPACED.matcher(value).matches()) {
      value = value.replace(" ", "");
    }
    Check.matches(value, DIGITS, ErrorCode.PEDIMENTO_FORMAT);
    Check.rule(
        value.charAt(1) == value.charAt(8),
        ErrorCode.PEDIMENTO_YEAR_DIGIT,
        value,
        value.charAt(8),
        value.substring(0, 2));
    Check.rule(
        Aduanas.isAduana(value.substring(2, 4)), ErrorCode.ADUANA_UNKNOWN, value.substring(2, 4));
  }

  /** Reads an untrusted pedimento number, spaced or not. */
  public static Pedimento parse(String raw) throws DocumentException {
    return Check.parse(Pedimento::new, raw);
  }

  /** The 2-digit aduana de despacho. */
  public String aduana() {
    return value.substring(2, 4);
  }

  /** The customs broker's 4-digit patente. */
  public String patente() {
    return value.substring(4, 8);
  }

  /** The 7-digit document number (year digit and consecutive) that DODA calls documento. */
  public String documento() {
    return value.substring(8);
  }

  /** The spaced form {@code YY AA PPPP DNNNNNN}. */
  public String spaced() {
    return value.substring(0, 2)
        + "  "
        + value.substring(2, 4)
        + "  "
        + value.substring(4, 8)
        + "  "
        + value.substring(8);
  }

  @Override
  public String toString() {
    return spaced();
  }
}
