package org.puente.documents.model;

import java.math.BigDecimal;
import java.util.List;
import org.puente.documents.ids.Vin;

/**
 * The tractor (WCO BorderTransportMeans) and the equipment it pulls.
 *
 * @param vin tractor VIN
 * @param plate tractor plate
 * @param modelYear model year
 * @param satConfig SAT c_ConfigAutotransporte (e.g. {@code T3S2})
 * @param grossVehicleTonnes gross vehicle weight in tonnes (Carta Porte PesoBrutoVehicular)
 * @param permit SCT permit and insurance
 * @param equipment trailers and containers
 */
public record Conveyance(
    Vin vin,
    Plate plate,
    Integer modelYear,
    String satConfig,
    BigDecimal grossVehicleTonnes,
    SctPermit permit,
    List<TransportEquipment> equipment) {
  public Conveyance {
    grossVehicleTonnes = Decimals.money(grossVehicleTonnes, "grossVehicleTonnes");
    equipment = equipment == null ? List.of() : List.copyOf(equipment);
  }
}
