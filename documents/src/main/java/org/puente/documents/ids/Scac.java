package org.puente.documents.ids;

import java.util.regex.Pattern;
import org.puente.documents.DocumentException;
import org.puente.documents.ErrorCode;

/**
 * A Standard Carrier Alpha Code (NMFTA): 2 to 4 capital letters; truck carriers filing an ACE
 * e-Manifest use 4.
 *
 * @param value the letters
 */
public record Scac(String value) {
  private static final Pattern SHAPE = Pattern.compile("[A-Z]{2,4}");

  public Scac {
    Check.matches(value, SHAPE, ErrorCode.SCAC_FORMAT);
  }

  /** Reads an untrusted SCAC. */
  public static Scac parse(String raw) throws DocumentException {
    return Check.parse(Scac::new, raw);
  }

  @Override
  public String toString() {
    return value;
  }
}
