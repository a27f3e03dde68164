package org.puente.documents.ids;

import java.util.Locale;
import java.util.regex.Pattern;
import org.puente.documents.DocumentException;
import org.puente.documents.ErrorCode;

/**
 * The folio fiscal of a stamped CFDI (the TimbreFiscalDigital UUID), e.g. of the CFDI that carries
 * a Carta Porte; DODA lists them in {@code cfdisCartaPorte}. Held in capitals, as SAT prints them.
 *
 * @param value the 36 characters
 */
public record CfdiUuid(String value) {
  private static final Pattern SHAPE =
      Pattern.compile("[A-F0-9]{8}-[A-F0-9]{4}-[A-F0-9]{4}-[A-F0-9]{4}-[A-F0-9]{12}");

  public CfdiUuid {
    value = value == null ? null : value.toUpperCase(Locale.ROOT);
    Check.matches(value, SHAPE, ErrorCode.UUID_FORMAT);
  }

  /** Reads an untrusted UUID. */
  public static CfdiUuid parse(String raw) throws DocumentException {
    return Check.parse(CfdiUuid::new, raw);
  }

  @Override
  public String toString() {
    return value;
  }
}
