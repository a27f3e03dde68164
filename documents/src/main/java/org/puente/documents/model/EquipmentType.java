package org.puente.documents.model;

/** Kinds of transport equipment (WCO TransportEquipment). */
public enum EquipmentType {
  /** A trailer or semi-trailer (Carta Porte Remolque). */
  TRAILER,
  /** An intermodal container (DODA contenedor). */
  CONTAINER
}
