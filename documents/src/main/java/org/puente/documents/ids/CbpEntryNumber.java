package org.puente.documents.ids;

import java.util.regex.Pattern;
import org.puente.documents.DocumentException;
import org.puente.documents.ErrorCode;

/**
 * A CBP entry number (CBP Form 7501 block 1): a 3-character filer code, a 7-digit number and a
 * check digit. Letters of the filer code count as digits (A, J = 1; B, K, S = 2; ... I, R, Z = 9);
 * then the 2nd, 4th, 6th, 8th and 10th characters are doubled (the Luhn pattern: the character next
 * to the check digit is doubled), the digits of all products and of the remaining characters are
 * summed, and the check digit brings the sum to a multiple of 10 (CBP ACE CATAIR, entry number
 * check digit). Checked against the fourteen entry numbers CBP published in ruling HQ H005628 (test
 * vectors {@code vectors/cbp-hq-h005628}). Written with or without the dashes {@code
 * B76-0001234-1}; held without them.
 *
 * @param value 11 characters, capitals and digits
 */
public record CbpEntryNumber(String value) {
  private static final Pattern SHAPE = Pattern.compile("[A-Z0-9]{3}[0-9]{8}");

  public CbpEntryNumber {
    value = value == null ? null : value.replace("-", "");
    Check.matches(value, SHAPE, ErrorCode.ENTRY_NUMBER_FORMAT);
    char expected = checkDigit(value.substring(0, 10));
    Check.rule(
        value.charAt(10) == expected,
        ErrorCode.ENTRY_NUMBER_CHECK_DIGIT,
        value,
        value.charAt(10),
        expected);
  }

  /** Reads an untrusted entry number. */
  public static CbpEntryNumber parse(String raw) throws DocumentException {
    return Check.parse(CbpEntryNumber::new, raw);
  }

  /** The check digit of a filer code and 7-digit number (10 characters). */
  public static char checkDigit(String tenCharacters) {
    int sum = 0;
    for (int i = 0; i < 10; i++) {
      int digit = numeric(tenCharacters.charAt(i));
      if (i % 2 == 1) {
        digit *= 2;
        digit = digit / 10 + digit % 10;
      }
      sum += digit;
    }
    return (char) ('0' + (10 - sum % 10) % 10);
  }

  private static int numeric(char c) {
    if (c >= '0' && c <= '9') {
      return c - '0';
    }
    int v = (c - 'A') % 9 + 1;
    return c >= 'S' ? v + 1 : v;
  }

  /** The filer code (the broker's CBP filer code). */
  public String filerCode() {
    return value.substring(0, 3);
  }

  /** The dashed display form {@code FFF-NNNNNNN-C}. */
  public String display() {
    return value.substring(0, 3) + "-" + value.substring(3, 10) + "-" + value.substring(10);
  }

  @Override
  public String toString() {
    return value;
  }
}
