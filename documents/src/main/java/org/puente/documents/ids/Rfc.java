package org.puente.documents.ids;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.regex.Pattern;
import org.puente.documents.DocumentException;
import org.puente.documents.ErrorCode;

/**
 * A Mexican taxpayer registry key (Registro Federal de Contribuyentes): 3 letters and a date for a
 * persona moral (12 characters), 4 letters and a date for a persona física (13), then a 2-character
 * homoclave and a check digit (SAT {@code t_RFC}). The check digit is computed over the first 11 or
 * 12 characters (a persona moral is left-padded with a space): each character's value in the
 * sequence {@code 0-9 A-N & O-Z space Ñ} is weighed 13 down to 2, and the digit is 11 minus the sum
 * modulo 11 (11 is written 0, 10 is written A). SAT's generic keys (public at large XAXX010101000,
 * foreign XEXX010101000) are accepted as they are.
 *
 * @param value the key, capitals
 */
public record Rfc(String value) {
  private static final Pattern SHAPE =
      Pattern.compile(
          "[A-Z&Ñ]{3,4}[0-9]{2}(0[1-9]|1[012])(0[1-9]|[12][0-9]|3[01])[A-Z0-9]{2}[0-9A]");
  private static final String VALUES = "0123456789ABCDEFGHIJKLMN&OPQRSTUVWXYZ Ñ";

  /** SAT's generic RFC for the public at large. */
  public static final String PUBLICO_EN_GENERAL = "XAXX010101000";

  /** SAT's generic RFC for foreign residents. */
  public static final String EXTRANJERO = "XEXX010101000";

  public Rfc {
    Check.matches(value, SHAPE, ErrorCode.RFC_FORMAT);
    if (!value.equals(PUBLICO_EN_GENERAL) && !value.equals(EXTRANJERO)) {
      Check.rule(hasRealDate(value), ErrorCode.RFC_DATE, value);
      char expected = checkDigit(value);
      Check.rule(
          value.charAt(value.length() - 1) == expected,
          ErrorCode.RFC_CHECK_DIGIT,
          value,
          value.charAt(value.length() - 1),
          expected);
    }
  }

  /** Reads an untrusted RFC. */
  public static Rfc parse(String raw) throws DocumentException {
    return Check.parse(Rfc::new, raw);
  }

  /** Whether this is a persona física (13 characters) rather than a persona moral (12). */
  public boolean personaFisica() {
    return value.length() == 13;
  }

  /** The check digit the other characters of a 12- or 13-character RFC give. */
  public static char checkDigit(String rfc) {
    String padded = rfc.length() == 12 ? " " + rfc : rfc;
    int sum = 0;
    for (int i = 0; i < 12; i++) {
      sum += VALUES.indexOf(padded.charAt(i)) * (13 - i);
    }
    int digit = 11 - sum % 11;
    if (digit == 11) {
      return '0';
    }
    return digit == 10 ? 'A' : (char) ('0' + digit);
  }

  private static boolean hasRealDate(String rfc) {
    int start = rfc.length() - 9;
    int yy = Integer.parseInt(rfc.substring(start, start + 2));
    int mm = Integer.parseInt(rfc.substring(start + 2, start + 4));
    int dd = Integer.parseInt(rfc.substring(start + 4, start + 6));
    return isDate(1900 + yy, mm, dd) || isDate(2000 + yy, mm, dd);
  }

  private static boolean isDate(int y, int m, int d) {
    try {
      LocalDate.of(y, m, d);
      return true;
    } catch (DateTimeException e) {
      return false;
    }
  }

  @Override
  public String toString() {
    return value;
  }
}
