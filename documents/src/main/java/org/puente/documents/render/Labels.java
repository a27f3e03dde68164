package org.puente.documents.render;

import java.util.Locale;
import java.util.Map;

/** Field labels in both languages; unknown fields fall back to their name, split at capitals. */
final class Labels {
  private Labels() {}

  private static final Map<String, String[]> LABELS =
      Map.ofEntries(
          Map.entry("references", new String[] {"References", "Referencias"}),
          Map.entry("tripNumber", new String[] {"Trip number", "Número de viaje"}),
          Map.entry(
              "shipmentControlNumber",
              new String[] {
                "Shipment control number (SCN)", "Número de control de embarque (SCN)"
              }),
          Map.entry(
              "usEntryNumbers",
              new String[] {"US entry numbers", "Pedimentos americanos (entries)"}),
          Map.entry("pedimentos", new String[] {"Pedimentos", "Pedimentos"}),
          Map.entry(
              "dodaIntegrationNumber",
              new String[] {"DODA integration number", "Número de integración DODA"}),
          Map.entry(
              "cartaPorteUuid",
              new String[] {"Carta Porte CFDI UUID", "Folio fiscal (UUID) Carta Porte"}),
          Map.entry("idCcp", new String[] {"Carta Porte IdCCP", "IdCCP de la Carta Porte"}),
          Map.entry("parties", new String[] {"Parties", "Partes"}),
          Map.entry("role", new String[] {"Role", "Función"}),
          Map.entry("name", new String[] {"Name", "Nombre"}),
          Map.entry("address", new String[] {"Address", "Domicilio"}),
          Map.entry("identifiers", new String[] {"Identifiers", "Identificadores"}),
          Map.entry("goodsItems", new String[] {"Goods", "Mercancías"}),
          Map.entry("goods", new String[] {"Goods", "Mercancías"}),
          Map.entry("description", new String[] {"Description", "Descripción"}),
          Map.entry("hs6", new String[] {"HS subheading", "Subpartida SA"}),
          Map.entry("htsus", new String[] {"HTSUS", "HTSUS"}),
          Map.entry("tigie", new String[] {"TIGIE fracción + NICO", "Fracción TIGIE + NICO"}),
          Map.entry("quantity", new String[] {"Quantity", "Cantidad"}),
          Map.entry("grossKg", new String[] {"Gross weight (kg)", "Peso bruto (kg)"}),
          Map.entry("netKg", new String[] {"Net weight (kg)", "Peso neto (kg)"}),
          Map.entry("value", new String[] {"Value", "Valor"}),
          Map.entry("currency", new String[] {"Currency", "Moneda"}),
          Map.entry("originCountry", new String[] {"Country of origin", "País de origen"}),
          Map.entry(
              "originCriterion",
              new String[] {"USMCA origin criterion", "Criterio de origen T-MEC"}),
          Map.entry("conveyance", new String[] {"Conveyance", "Vehículo"}),
          Map.entry("vin", new String[] {"VIN", "NIV"}),
          Map.entry("plate", new String[] {"Plate", "Placa"}),
          Map.entry(
              "equipment", new String[] {"Trailers and containers", "Remolques y contenedores"}),
          Map.entry("seals", new String[] {"Seals", "Candados"}),
          Map.entry("crew", new String[] {"Crew", "Tripulación"}),
          Map.entry("driver", new String[] {"Driver", "Operador"}),
          Map.entry("birthDate", new String[] {"Date of birth", "Fecha de nacimiento"}),
          Map.entry("fastId", new String[] {"FAST ID", "FAST ID"}),
          Map.entry("gafete", new String[] {"Gafete / GEIA", "Gafete / GEIA"}),
          Map.entry("licence", new String[] {"Licence", "Licencia"}),
          Map.entry("movement", new String[] {"Movement", "Movimiento"}),
          Map.entry("usPort", new String[] {"CBP port", "Puerto CBP"}),
          Map.entry("aduana", new String[] {"Aduana-sección", "Aduana-sección"}),
          Map.entry("departure", new String[] {"Departure", "Salida"}),
          Map.entry("arrival", new String[] {"Arrival (ETA)", "Llegada estimada"}),
          Map.entry("certifierRole", new String[] {"1. Certifier", "1. Certificador"}),
          Map.entry(
              "certifier", new String[] {"2. Certifier details", "2. Datos del certificador"}),
          Map.entry("exporter", new String[] {"3. Exporter", "3. Exportador"}),
          Map.entry("producer", new String[] {"4. Producer", "4. Productor"}),
          Map.entry("importer", new String[] {"5. Importer", "5. Importador"}),
          Map.entry("blanketPeriod", new String[] {"8. Blanket period", "8. Periodo que cubre"}),
          Map.entry(
              "signature",
              new String[] {"9. Authorized signature and date", "9. Firma autorizada y fecha"}),
          Map.entry("heatNumber", new String[] {"Heat number", "Número de colada"}),
          Map.entry(
              "countryOfMeltAndPour",
              new String[] {"Country of melt and pour", "País de fundición y vaciado"}),
          Map.entry("chemistry", new String[] {"Chemistry", "Composición química"}),
          Map.entry("mechanicalTests", new String[] {"Mechanical tests", "Pruebas mecánicas"}),
          Map.entry("analystDecision", new String[] {"Analyst decision", "Decisión del analista"}),
          Map.entry("anomalies", new String[] {"Anomalies", "Anomalías"}),
          Map.entry("sealsChecked", new String[] {"Seals checked", "Candados revisados"}),
          Map.entry("issuer", new String[] {"Issuer", "Emisor"}),
          Map.entry("validFrom", new String[] {"Valid from", "Válido desde"}),
          Map.entry("validUntil", new String[] {"Valid until", "Válido hasta"}));

  static String label(String key, Lang lang) {
    String[] l = LABELS.containsKey(key) ? LABELS.get(key) : EntryLabels.LABELS.get(key);
    if (l != null) {
      return lang == Lang.EN ? l[0] : l[1];
    }
    String spaced = key.replaceAll("([a-z])([A-Z])", "$1 $2");
    return spaced.substring(0, 1).toUpperCase(Locale.ROOT) + spaced.substring(1);
  }
}
