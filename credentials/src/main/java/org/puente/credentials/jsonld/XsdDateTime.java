package org.puente.credentials.jsonld;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

/**
 * Date-times with a time zone (XML Schema 1.1 dateTimeStamp, as VC 2.0 §4.9 and vc-data-integrity
 * §2.1 use them), parsed as {@link OffsetDateTime#parse(CharSequence)} parses them, several times
 * faster for the common shape {@code YYYY-MM-DDThh:mm:ss[.f+](Z|±hh:mm)}. Anything else — other
 * shapes, out-of-range fields — goes to {@code OffsetDateTime.parse}, so results and errors are the
 * same.
 */
public final class XsdDateTime {
  private XsdDateTime() {}

  /**
   * The instant {@code text} names.
   *
   * @throws DateTimeParseException exactly when {@code OffsetDateTime.parse(text)} does
   */
  public static Instant parse(String text) {
    Instant fast = parseCommonShape(text);
    return fast != null ? fast : OffsetDateTime.parse(text).toInstant();
  }

  /**
   * The instant of a valid date-time of the common shape {@code
   * YYYY-MM-DDThh:mm:ss[.f+](Z|±hh:mm)}, or null for anything else (which may still be valid).
   */
  public static Instant parseCommonShape(String s) {
    int n = s.length();
    if (n < 20 || !shape(s)) {
      return null;
    }
    int i = 19;
    int nanos = 0;
    if (s.charAt(i) == '.') {
      int start = ++i;
      while (i < n && digit(s, i)) {
        i++;
      }
      int digits = i - start;
      if (digits == 0 || digits > 9) {
        return null;
      }
      nanos = number(s, start, i);
      for (int k = digits; k < 9; k++) {
        nanos *= 10;
      }
    }
    ZoneOffset offset = offset(s, i);
    if (offset == null) {
      return null;
    }
    try {
      LocalDateTime local =
          LocalDateTime.of(
              number(s, 0, 4),
              number(s, 5, 7),
              number(s, 8, 10),
              number(s, 11, 13),
              number(s, 14, 16),
              number(s, 17, 19),
              nanos);
      return Instant.ofEpochSecond(local.toEpochSecond(offset), nanos);
    } catch (DateTimeException e) {
      return null;
    }
  }

  /** {@code YYYY-MM-DDThh:mm:ss} at the start of {@code s}. */
  private static boolean shape(String s) {
    for (int i = 0; i < 19; i++) {
      char expected = "0000-00-00T00:00:00".charAt(i);
      if (expected == '0' ? !digit(s, i) : s.charAt(i) != expected) {
        return false;
      }
    }
    return true;
  }

  private static ZoneOffset offset(String s, int i) {
    int n = s.length();
    if (i == n - 1 && s.charAt(i) == 'Z') {
      return ZoneOffset.UTC;
    }
    if (i != n - 6
        || (s.charAt(i) != '+' && s.charAt(i) != '-')
        || !digit(s, i + 1)
        || !digit(s, i + 2)
        || s.charAt(i + 3) != ':'
        || !digit(s, i + 4)
        || !digit(s, i + 5)) {
      return null;
    }
    int sign = s.charAt(i) == '-' ? -1 : 1;
    try {
      return ZoneOffset.ofHoursMinutes(
          sign * number(s, i + 1, i + 3), sign * number(s, i + 4, i + 6));
    } catch (DateTimeException e) {
      return null;
    }
  }

  private static boolean digit(String s, int i) {
    char c = s.charAt(i);
    return c >= '0' && c <= '9';
  }

  private static int number(String s, int from, int to) {
    int value = 0;
    for (int i = from; i < to; i++) {
      value = value * 10 + (s.charAt(i) - '0');
    }
    return value;
  }
}
