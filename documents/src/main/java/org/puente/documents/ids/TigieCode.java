package org.puente.documents.ids;

import java.util.regex.Pattern;
import org.puente.documents.DocumentException;
import org.puente.documents.ErrorCode;

/**
 * A Mexican tariff classification (LIGIE 2020): the 8-digit fracción arancelaria and the 2-digit
 * NICO (número de identificación comercial, since 28 December 2020), e.g. {@code 72083801} + {@code
 * 01}. Never derived from an HTSUS number.
 *
 * @param fraccion the 8 digits
 * @param nico the 2 digits
 */
public record TigieCode(String fraccion, String nico) {
  private static final Pattern FRACCION = Pattern.compile("[0-9]{8}");
  private static final Pattern NICO = Pattern.compile("[0-9]{2}");

  public TigieCode {
    Check.rule(
        fraccion != null && FRACCION.matcher(fraccion).matches(),
        ErrorCode.TIGIE_FORMAT,
        fraccion + "/" + nico);
    Check.rule(
        nico != null && NICO.matcher(nico).matches(),
        ErrorCode.TIGIE_FORMAT,
        fraccion + "/" + nico);
  }

  /** Reads the 10-digit form Carta Porte's FraccionArancelaria uses (fracción + NICO). */
  public static TigieCode parse(String tenDigits) throws DocumentException {
    return Check.parse(TigieCode::ofTenDigits, tenDigits);
  }

  private static TigieCode ofTenDigits(String v) {
    if (v == null || v.length() != 10) {
      throw new InvalidIdentifierException(ErrorCode.TIGIE_FORMAT, String.valueOf(v));
    }
    return new TigieCode(v.substring(0, 8), v.substring(8));
  }

  /** The 10-digit form (fracción + NICO). */
  public String tenDigits() {
    return fraccion + nico;
  }

  /** The HS subheading it refines. */
  public String hs6() {
    return fraccion.substring(0, 6);
  }

  @Override
  public String toString() {
    return fraccion + "." + nico;
  }
}
