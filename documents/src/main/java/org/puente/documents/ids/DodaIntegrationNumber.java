package org.puente.documents.ids;

import java.util.regex.Pattern;
import org.puente.documents.DocumentException;

/**
 * The número de integración SAT returns for an accepted DODA (about 9 digits, e.g. {@code
 * 144822281}); the DODA QR code carries it.
 *
 * @param value 6 to 20 digits
 */
public record DodaIntegrationNumber(String value) {
  private static final Pattern SHAPE = Pattern.compile("[0-9]{6,20}");

  public DodaIntegrationNumber {
    Check.shape(value, SHAPE, "DODA integration number", "6 to 20 digits");
  }

  /** Reads an untrusted integration number. */
  public static DodaIntegrationNumber parse(String raw) throws DocumentException {
    return Check.parse(DodaIntegrationNumber::new, raw);
  }

  @Override
  public String toString() {
    return value;
  }
}
