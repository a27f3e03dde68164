package org.puente.documents.ids;

import java.util.regex.Pattern;
import org.puente.documents.DocumentException;
import org.puente.documents.ErrorCode;

/**
 * A Harmonized Tariff Schedule of the United States number (USITC): 10 digits, the HS-6 subheading,
 * 2 digits of US subheading (the legal rate line) and a 2-digit statistical suffix. Never derived
 * from a Mexican fracción.
 *
 * @param value the 10 digits
 */
public record Htsus10(String value) {
  private static final Pattern SHAPE = Pattern.compile("[0-9]{10}");

  public Htsus10 {
    Check.matches(value, SHAPE, ErrorCode.HTSUS_FORMAT);
  }

  /** Reads an untrusted HTSUS number (dots allowed: {@code 7208.38.0015}). */
  public static Htsus10 parse(String raw) throws DocumentException {
    return Check.parse(v -> new Htsus10(v == null ? null : v.replace(".", "")), raw);
  }

  /** The HS subheading it refines. */
  public String hs6() {
    return value.substring(0, 6);
  }

  @Override
  public String toString() {
    return value;
  }
}
