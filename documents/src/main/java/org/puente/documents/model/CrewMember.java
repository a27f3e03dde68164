package org.puente.documents.model;

import java.time.LocalDate;
import org.puente.documents.ids.FastId;
import org.puente.documents.ids.Rfc;

/**
 * A driver (19 CFR 123.92 crew; Carta Porte FiguraTransporte 01 Operador).
 *
 * @param name full name (DODA knows the driver only by FAST ID and gafete)
 * @param birthDate date of birth
 * @param citizenship ISO 3166-1 alpha-2 citizenship
 * @param fastId FAST card number
 * @param gafete Mexican Gafete Único / GEIA number
 * @param licence driving licence number (Carta Porte NumLicencia, 6 to 16 characters)
 * @param rfc driver's RFC
 */
public record CrewMember(
    String name,
    LocalDate birthDate,
    String citizenship,
    FastId fastId,
    String gafete,
    String licence,
    Rfc rfc) {
  public CrewMember {
    if (name == null && fastId == null && gafete == null) {
      throw new IllegalArgumentException("a crew member needs a name, a FAST ID or a gafete");
    }
    if (citizenship != null) {
      Countries.requireAlpha2(citizenship);
    }
  }
}
