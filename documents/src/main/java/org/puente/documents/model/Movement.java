package org.puente.documents.model;

import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import org.puente.documents.ids.AduanaSeccion;
import org.puente.documents.ids.CbpPortCode;

/**
 * Where and when the truck crosses (WCO Itinerary).
 *
 * @param usPort CBP port of first arrival
 * @param aduana Mexican aduana-sección of exit
 * @param departure departure from the origin, local time there (Carta Porte FechaHoraSalida)
 * @param arrival scheduled arrival at the US port (e-Manifest ETA)
 * @param foreignLocation where the carrier takes possession of the cargo (city, state, country)
 */
public record Movement(
    CbpPortCode usPort,
    AduanaSeccion aduana,
    LocalDateTime departure,
    OffsetDateTime arrival,
    String foreignLocation) {}
