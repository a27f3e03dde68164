package org.puente.documents.ids;

import java.util.regex.Pattern;
import org.puente.documents.DocumentException;
import org.puente.documents.ErrorCode;

/**
 * An ACE truck e-Manifest trip number: the carrier's 4-letter SCAC and 4 to 21 capitals or digits,
 * unique per carrier.
 *
 * @param value 8 to 25 characters
 */
public record TripNumber(String value) {
  private static final Pattern SHAPE = Pattern.compile("[A-Z]{4}[A-Z0-9]{4,21}");

  public TripNumber {
    Check.matches(value, SHAPE, ErrorCode.TRIP_NUMBER_FORMAT);
  }

  /** Reads an untrusted trip number. */
  public static TripNumber parse(String raw) throws DocumentException {
    return Check.parse(TripNumber::new, raw);
  }

  /** The carrier SCAC that prefixes it. */
  public Scac scac() {
    return new Scac(value.substring(0, 4));
  }

  @Override
  public String toString() {
    return value;
  }
}
