package org.puente.documents.ids;

import java.util.regex.Pattern;
import org.puente.documents.DocumentException;
import org.puente.documents.ErrorCode;

/**
 * The Carta Porte 3.1 identifier {@code IdCCP}: "CCC" then the rest of a UUID (5 + 4 + 4 + 4 + 12
 * hexadecimal characters), 36 characters (CartaPorte31.xsd).
 *
 * @param value the 36 characters
 */
public record IdCcp(String value) {
  private static final Pattern SHAPE =
      Pattern.compile(
          "CCC[a-fA-F0-9]{5}-[a-fA-F0-9]{4}-[a-fA-F0-9]{4}-[a-fA-F0-9]{4}-[a-fA-F0-9]{12}");

  public IdCcp {
    Check.matches(value, SHAPE, ErrorCode.IDCCP_FORMAT);
  }

  /** Reads an untrusted IdCCP. */
  public static IdCcp parse(String raw) throws DocumentException {
    return Check.parse(IdCcp::new, raw);
  }

  @Override
  public String toString() {
    return value;
  }
}
