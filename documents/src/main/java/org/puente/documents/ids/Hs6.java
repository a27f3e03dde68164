package org.puente.documents.ids;

import java.util.regex.Pattern;
import org.puente.documents.DocumentException;
import org.puente.documents.ErrorCode;

/**
 * A Harmonized System subheading (WCO): 6 digits, the only commodity key the US and Mexico share.
 * Only its shape is checked here; whether it exists is checked against the HS 2022 nomenclature
 * file when one is configured ({@code HsNomenclature}).
 *
 * @param value the 6 digits
 */
public record Hs6(String value) {
  private static final Pattern SHAPE = Pattern.compile("[0-9]{6}");

  public Hs6 {
    Check.matches(value, SHAPE, ErrorCode.HS_FORMAT);
    Check.rule(!value.startsWith("00"), ErrorCode.HS_FORMAT, value);
  }

  /** Reads an untrusted HS-6 code (dots allowed: {@code 7208.38}). */
  public static Hs6 parse(String raw) throws DocumentException {
    return Check.parse(v -> new Hs6(v == null ? null : v.replace(".", "")), raw);
  }

  @Override
  public String toString() {
    return value;
  }
}
