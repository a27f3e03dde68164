package org.puente.documents.model;

import java.util.List;
import java.util.Objects;

/**
 * A trailer or container and its seals.
 *
 * @param type trailer or container
 * @param number equipment number (trailer number or ISO 6346 container number); Carta Porte knows
 *     trailers only by plate
 * @param plate trailer plate, if any
 * @param satSubtype SAT c_SubTipoRem (e.g. {@code CTR004}) for trailers
 * @param seals seal numbers
 */
public record TransportEquipment(
    EquipmentType type, String number, Plate plate, String satSubtype, List<String> seals) {
  public TransportEquipment {
    Objects.requireNonNull(type, "type");
    if (number == null && plate == null) {
      throw new IllegalArgumentException("equipment needs a number or a plate");
    }
    seals = seals == null ? List.of() : List.copyOf(seals);
  }
}
