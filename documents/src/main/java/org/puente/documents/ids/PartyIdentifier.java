package org.puente.documents.ids;

import java.util.Objects;
import org.puente.documents.DocumentException;

/**
 * One national identifier of a trade party: an RFC, an EIN or importer number, a SCAC, a CAAT, a
 * USDOT number, a CBP filer code or a patente.
 *
 * @param scheme which registry issued it
 * @param value the identifier, validated by its scheme
 */
public record PartyIdentifier(IdScheme scheme, String value) {
  public PartyIdentifier {
    Objects.requireNonNull(scheme, "scheme");
    value = scheme.check(value);
  }

  /** Reads an untrusted identifier. */
  public static PartyIdentifier parse(IdScheme scheme, String raw) throws DocumentException {
    return Check.parse(v -> new PartyIdentifier(scheme, v), raw);
  }
}
