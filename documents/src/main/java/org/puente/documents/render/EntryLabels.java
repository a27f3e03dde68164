package org.puente.documents.render;

import java.util.Map;

/**
 * Labels of the CBP Form 7501 entry summary fields, with their block numbers, in both languages.
 */
final class EntryLabels {
  private EntryLabels() {}

  static final Map<String, String[]> LABELS =
      Map.ofEntries(
          Map.entry(
              "entryNumber",
              new String[] {
                "1. Filer code / entry number", "1. Código de filer / número de entry"
              }),
          Map.entry("entryType", new String[] {"2. Entry type", "2. Tipo de entry"}),
          Map.entry("summaryDate", new String[] {"3. Summary date", "3. Fecha del resumen"}),
          Map.entry("suretyCode", new String[] {"4. Surety number", "4. Número de la afianzadora"}),
          Map.entry("bondType", new String[] {"5. Bond type", "5. Tipo de fianza"}),
          Map.entry("portCode", new String[] {"6. Port code", "6. Código de puerto"}),
          Map.entry("entryDate", new String[] {"7. Entry date", "7. Fecha de entry"}),
          Map.entry(
              "importingCarrier",
              new String[] {"8. Importing carrier", "8. Transportista importador"}),
          Map.entry(
              "modeOfTransport", new String[] {"9. Mode of transport", "9. Medio de transporte"}),
          Map.entry(
              "countryOfOrigin", new String[] {"10. Country of origin", "10. País de origen"}),
          Map.entry("importDate", new String[] {"11. Import date", "11. Fecha de importación"}),
          Map.entry(
              "billOfLading",
              new String[] {"12. B/L or AWB number", "12. Conocimiento de embarque (B/L)"}),
          Map.entry(
              "manufacturerId",
              new String[] {"13. Manufacturer ID", "13. Identificación del fabricante (MID)"}),
          Map.entry(
              "exportingCountry",
              new String[] {"14. Exporting country", "14. País de exportación"}),
          Map.entry("exportDate", new String[] {"15. Export date", "15. Fecha de exportación"}),
          Map.entry(
              "inBondNumber", new String[] {"16. I.T. number", "16. Número de tránsito (I.T.)"}),
          Map.entry("inBondDate", new String[] {"17. I.T. date", "17. Fecha del tránsito (I.T.)"}),
          Map.entry(
              "missingDocuments",
              new String[] {"18. Missing documents", "18. Documentos faltantes"}),
          Map.entry(
              "foreignPortOfLading",
              new String[] {"19. Foreign port of lading", "19. Puerto extranjero de carga"}),
          Map.entry(
              "portOfUnlading",
              new String[] {"20. U.S. port of unlading", "20. Puerto de descarga en EUA"}),
          Map.entry(
              "locationOfGoods",
              new String[] {
                "25. Location of goods / G.O. number", "25. Ubicación de la mercancía / núm. G.O."
              }),
          Map.entry(
              "consigneeNumber",
              new String[] {"26. Consignee number", "26. Número del consignatario"}),
          Map.entry(
              "importerNumber", new String[] {"27. Importer number", "27. Número del importador"}),
          Map.entry(
              "referenceNumber", new String[] {"28. Reference number", "28. Número de referencia"}),
          Map.entry(
              "ultimateConsignee",
              new String[] {"29. Ultimate consignee", "29. Consignatario final"}),
          Map.entry(
              "importerOfRecord",
              new String[] {"30. Importer of record", "30. Importador registrado"}),
          Map.entry("lines", new String[] {"31–37. Lines", "31–37. Partidas"}),
          Map.entry("lineNumber", new String[] {"31. Line number", "31. Número de partida"}),
          Map.entry("spi", new String[] {"SPI", "Indicador de programa especial (SPI)"}),
          Map.entry(
              "adCvdCases",
              new String[] {"32B. AD/CVD case numbers", "32B. Casos antidumping / compensatorios"}),
          Map.entry(
              "usmcaOriginCriterion",
              new String[] {"USMCA origin criterion", "Criterio de origen T-MEC"}),
          Map.entry(
              "grossWeightKg", new String[] {"33A. Gross weight (kg)", "33A. Peso bruto (kg)"}),
          Map.entry(
              "manifestQuantity",
              new String[] {"33B. Manifest quantity", "33B. Cantidad manifestada"}),
          Map.entry("manifestUnit", new String[] {"33B. Manifest unit", "33B. Unidad manifestada"}),
          Map.entry(
              "netQuantity",
              new String[] {
                "34. Net quantity in HTSUS units", "34. Cantidad neta en unidades HTSUS"
              }),
          Map.entry("netQuantityUnit", new String[] {"34. HTSUS unit", "34. Unidad HTSUS"}),
          Map.entry(
              "enteredValue",
              new String[] {"35A. Entered value (USD)", "35A. Valor declarado (USD)"}),
          Map.entry("charges", new String[] {"35B. Charges (USD)", "35B. Cargos (USD)"}),
          Map.entry("relationship", new String[] {"35C. Relationship", "35C. Vinculación"}),
          Map.entry("htsusRate", new String[] {"36A. HTSUS rate", "36A. Tasa HTSUS"}),
          Map.entry(
              "adCvdRate",
              new String[] {"36B. AD/CVD rate", "36B. Tasa antidumping / compensatoria"}),
          Map.entry("ircRate", new String[] {"36C. IRC rate", "36C. Tasa IRC"}),
          Map.entry("visaNumber", new String[] {"36D. Visa number", "36D. Número de visa"}),
          Map.entry("duty", new String[] {"Duty", "Arancel"}),
          Map.entry("irTax", new String[] {"37. IR tax (USD)", "37. Impuesto IR (USD)"}),
          Map.entry("totals", new String[] {"39, 41–44. Totals", "39, 41–44. Totales"}),
          Map.entry("otherFees", new String[] {"Other fee summary", "Resumen de otras cuotas"}),
          Map.entry("classCode", new String[] {"Class code", "Clave de cuota"}),
          Map.entry("amount", new String[] {"Amount", "Importe"}),
          Map.entry("tax", new String[] {"Tax", "Impuestos"}),
          Map.entry("other", new String[] {"Other", "Otros"}),
          Map.entry("total", new String[] {"Total", "Total"}),
          Map.entry("declaration", new String[] {"40. Declaration", "40. Declaración"}),
          Map.entry("capacity", new String[] {"Capacity", "Carácter"}),
          Map.entry("title", new String[] {"Title", "Cargo"}),
          Map.entry("date", new String[] {"Date", "Fecha"}),
          Map.entry("filer", new String[] {"Broker / filer", "Agente / filer"}),
          Map.entry("filerCode", new String[] {"Filer code", "Código de filer"}),
          Map.entry("fileNumber", new String[] {"File number", "Número de expediente"}),
          Map.entry("scac", new String[] {"SCAC", "SCAC"}));
}
