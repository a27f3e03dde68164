package org.puente.documents.ids;

import java.util.regex.Pattern;
import org.puente.documents.DocumentException;
import org.puente.documents.ErrorCode;

/**
 * A Mexican customs office and section (Anexo 22 Apéndice 1): the 2-digit c_Aduana key and a
 * 1-digit sección, e.g. {@code 240} Nuevo Laredo, {@code 800} Colombia.
 *
 * @param value the 3 digits
 */
public record AduanaSeccion(String value) {
  private static final Pattern SHAPE = Pattern.compile("[0-9]{3}");

  public AduanaSeccion {
    Check.matches(value, SHAPE, ErrorCode.ADUANA_SECCION_FORMAT);
    Check.rule(
        Aduanas.isAduana(value.substring(0, 2)), ErrorCode.ADUANA_UNKNOWN, value.substring(0, 2));
  }

  /** Reads an untrusted aduana-sección. */
  public static AduanaSeccion parse(String raw) throws DocumentException {
    return Check.parse(AduanaSeccion::new, raw);
  }

  /** From the two parts as DODA carries them. */
  public static AduanaSeccion of(String aduana, String seccion) {
    return new AduanaSeccion(aduana + seccion);
  }

  /** The 2-digit aduana. */
  public String aduana() {
    return value.substring(0, 2);
  }

  /** The 1-digit sección. */
  public String seccion() {
    return value.substring(2);
  }

  @Override
  public String toString() {
    return value;
  }
}
