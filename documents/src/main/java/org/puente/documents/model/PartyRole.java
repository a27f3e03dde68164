package org.puente.documents.model;

/** The roles of trade parties (WCO Data Model party roles). */
public enum PartyRole {
  /** Seller / consignor shipping the goods out of Mexico. */
  EXPORTER,
  /** Importer of record / consignee in the United States. */
  IMPORTER,
  /** The maker of the goods (a steel mill). */
  PRODUCER,
  /** The motor carrier. */
  CARRIER,
  /** The US customs broker (CBP filer code). */
  US_BROKER,
  /** The Mexican agente aduanal (patente). */
  MX_BROKER,
  /** Who certifies USMCA origin. */
  CERTIFIER,
  /** The ultimate consignee in the US when it is not the importer of record (CBP 7501 block 29). */
  ULTIMATE_CONSIGNEE
}
