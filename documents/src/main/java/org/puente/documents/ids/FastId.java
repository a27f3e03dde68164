package org.puente.documents.ids;

import java.util.regex.Pattern;
import org.puente.documents.DocumentException;

/**
 * A driver's FAST card (CBP Trusted Traveler PASSID) number: 9 digits; DODA carries it as {@code
 * fastId}. (The length is the PASSID's; treat it as a shape check, not an authority check.)
 *
 * @param value the digits
 */
public record FastId(String value) {
  private static final Pattern SHAPE = Pattern.compile("[0-9]{9}");

  public FastId {
    Check.shape(value, SHAPE, "FAST ID", "9 digits");
  }

  /** Reads an untrusted FAST ID. */
  public static FastId parse(String raw) throws DocumentException {
    return Check.parse(FastId::new, raw);
  }

  @Override
  public String toString() {
    return value;
  }
}
