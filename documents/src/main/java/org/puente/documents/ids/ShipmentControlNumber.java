package org.puente.documents.ids;

import java.util.regex.Pattern;
import org.puente.documents.DocumentException;
import org.puente.documents.ErrorCode;

/**
 * An ACE shipment control number (the "PAPS number"): the carrier's 4-letter SCAC and up to 12
 * capitals or digits, no spaces; the broker's entry must carry the same SCN.
 *
 * @param value 5 to 16 characters
 */
public record ShipmentControlNumber(String value) {
  private static final Pattern SHAPE = Pattern.compile("[A-Z]{4}[A-Z0-9]{1,12}");

  public ShipmentControlNumber {
    Check.matches(value, SHAPE, ErrorCode.SCN_FORMAT);
  }

  /** Reads an untrusted SCN. */
  public static ShipmentControlNumber parse(String raw) throws DocumentException {
    return Check.parse(ShipmentControlNumber::new, raw);
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
