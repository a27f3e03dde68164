package org.puente.documents.ids;

import java.util.regex.Pattern;
import org.puente.documents.DocumentException;
import org.puente.documents.ErrorCode;

/**
 * A vehicle identification number (ISO 3779), with the North American check digit in position 9 (49
 * CFR 565.15: transliterate, weigh 8-7-6-5-4-3-2-10-0-9-8-7-6-5-4-3-2, sum modulo 11, 10 is written
 * X).
 *
 * @param value the 17 characters, capitals
 */
public record Vin(String value) {
  private static final Pattern SHAPE = Pattern.compile("[A-HJ-NPR-Z0-9]{17}");
  private static final int[] WEIGHTS = {8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2};
  // 49 CFR 565.15 Table IV: letter values (I, O, Q are not allowed).
  private static final String LETTER_VALUES = "12345678-12345-7-923456789";

  public Vin {
    Check.matches(value, SHAPE, ErrorCode.VIN_FORMAT);
    char expected = checkDigit(value);
    Check.rule(
        value.charAt(8) == expected, ErrorCode.VIN_CHECK_DIGIT, value, value.charAt(8), expected);
  }

  /** Reads an untrusted VIN. */
  public static Vin parse(String raw) throws DocumentException {
    return Check.parse(Vin::new, raw);
  }

  /** The check digit (0-9 or X) the other 16 characters give. */
  public static char checkDigit(String vin) {
    int sum = 0;
    for (int i = 0; i < 17; i++) {
      sum += value(vin.charAt(i)) * WEIGHTS[i];
    }
    int remainder = sum % 11;
    return remainder == 10 ? 'X' : (char) ('0' + remainder);
  }

  private static int value(char c) {
    if (c >= '0' && c <= '9') {
      return c - '0';
    }
    return LETTER_VALUES.charAt(c - 'A') - '0';
  }

  @Override
  public String toString() {
    return value;
  }
}
