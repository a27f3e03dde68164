package org.puente.documents.ids;

import java.util.regex.Pattern;
import org.puente.documents.DocumentException;
import org.puente.documents.ErrorCode;

/**
 * A CBP port of entry: 2-digit district and 2-digit port, e.g. {@code 2304} Laredo. Only the ports
 * of the US-Mexico land border are known here.
 *
 * @param value the 4 digits
 */
public record CbpPortCode(String value) {
  private static final Pattern SHAPE = Pattern.compile("[0-9]{4}");

  public CbpPortCode {
    Check.matches(value, SHAPE, ErrorCode.CBP_PORT_UNKNOWN);
    Check.rule(Aduanas.isCbpPort(value), ErrorCode.CBP_PORT_UNKNOWN, value);
  }

  /** Reads an untrusted port code. */
  public static CbpPortCode parse(String raw) throws DocumentException {
    return Check.parse(CbpPortCode::new, raw);
  }

  @Override
  public String toString() {
    return value;
  }
}
