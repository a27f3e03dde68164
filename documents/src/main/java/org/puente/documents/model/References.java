package org.puente.documents.model;

import java.util.List;
import org.puente.documents.ids.CbpEntryNumber;
import org.puente.documents.ids.CfdiUuid;
import org.puente.documents.ids.DodaIntegrationNumber;
import org.puente.documents.ids.IdCcp;
import org.puente.documents.ids.Pedimento;
import org.puente.documents.ids.ShipmentControlNumber;
import org.puente.documents.ids.TripNumber;

/**
 * The join keys between the two customs worlds (customs-formats.md §0, §9).
 *
 * @param tripNumber ACE e-Manifest trip
 * @param shipmentControlNumber ACE SCN (PAPS), equal to the SCN on the US entry
 * @param usEntryNumbers CBP entry numbers (DODA pedimentosAmericanos)
 * @param pedimentos Mexican pedimentos the DODA integrates
 * @param dodaIntegrationNumber SAT's número de integración
 * @param cartaPorteUuid folio fiscal of the CFDI carrying the Carta Porte
 * @param idCcp the Carta Porte's IdCCP
 */
public record References(
    TripNumber tripNumber,
    ShipmentControlNumber shipmentControlNumber,
    List<CbpEntryNumber> usEntryNumbers,
    List<Pedimento> pedimentos,
    DodaIntegrationNumber dodaIntegrationNumber,
    CfdiUuid cartaPorteUuid,
    IdCcp idCcp) {
  /** No references yet. */
  public static final References EMPTY =
      new References(null, null, List.of(), List.of(), null, null, null);

  public References {
    usEntryNumbers = usEntryNumbers == null ? List.of() : List.copyOf(usEntryNumbers);
    pedimentos = pedimentos == null ? List.of() : List.copyOf(pedimentos);
  }
}
