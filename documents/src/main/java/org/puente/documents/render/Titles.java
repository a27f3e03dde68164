package org.puente.documents.render;

import java.util.Map;

/** Document titles and purposes in both languages. */
final class Titles {
  private Titles() {}

  private static final Map<String, String[]> TITLES =
      Map.ofEntries(
          Map.entry(
              "Consignment",
              new String[] {
                "Consignment",
                "Embarque",
                "One truck shipment, both sides of the border",
                "Un embarque en camión, ambos lados de la frontera"
              }),
          Map.entry(
              "CartaPorte",
              new String[] {
                "Carta Porte 3.1 (bill of lading complement)",
                "Complemento Carta Porte 3.1",
                "SAT CFDI 4.0 complement for goods moved in Mexico",
                "Complemento del CFDI 4.0 para mercancías trasladadas en México"
              }),
          Map.entry(
              "Doda",
              new String[] {
                "DODA — customs clearance document",
                "DODA — Documento de Operación para Despacho Aduanero",
                "Carried by the driver; scanned at the SAT exit module",
                "Lo porta el operador; se lee en el módulo de selección del SAT"
              }),
          Map.entry(
              "EntrySummary",
              new String[] {
                "CBP Form 7501 entry summary",
                "Resumen de entry CBP 7501 (pedimento de importación de EUA)",
                "Classification, value, origin, duties and fees declared to CBP",
                "Clasificación, valor, origen, aranceles y cuotas declarados a CBP"
              }),
          Map.entry(
              "EManifestTrip",
              new String[] {
                "ACE truck e-Manifest trip",
                "Manifiesto electrónico ACE (viaje)",
                "Advance cargo information, 19 CFR 123.92",
                "Información anticipada de carga, 19 CFR 123.92"
              }),
          Map.entry(
              "UsmcaCertificationOfOrigin",
              new String[] {
                "USMCA certification of origin",
                "Certificación de origen T-MEC",
                "Minimum data elements, USMCA Annex 5-A; 19 CFR 182.12",
                "Elementos mínimos de datos, Anexo 5-A del T-MEC"
              }),
          Map.entry(
              "MillTestReport",
              new String[] {
                "Mill test report",
                "Certificado de calidad de acería",
                "Heat, chemistry, mechanical tests, melt and pour",
                "Colada, química, pruebas mecánicas, fundición y vaciado"
              }),
          Map.entry(
              "CommercialInvoice",
              new String[] {
                "Commercial invoice",
                "Factura comercial",
                "Seller, buyer, lines and total",
                "Vendedor, comprador, partidas y total"
              }),
          Map.entry(
              "PedimentoSummary",
              new String[] {
                "Pedimento summary",
                "Resumen de pedimento",
                "Mexican customs declaration, Anexo 22",
                "Declaración aduanera mexicana, Anexo 22"
              }),
          Map.entry(
              "Driver",
              new String[] {
                "Driver",
                "Operador",
                "Identity of the driver on both sides",
                "Identidad del operador en ambos lados"
              }),
          Map.entry(
              "Conveyance",
              new String[] {
                "Conveyance",
                "Vehículo",
                "Tractor, trailers and seals",
                "Tractocamión, remolques y candados"
              }),
          Map.entry(
              "TrustedTraderStatus",
              new String[] {
                "Trusted trader status",
                "Estatus de operador confiable",
                "C-TPAT / OEA with mutual recognition",
                "C-TPAT / OEA con reconocimiento mutuo"
              }),
          Map.entry(
              "NiiInspectionResult",
              new String[] {
                "Non-intrusive inspection result",
                "Resultado de inspección no intrusiva",
                "Scanner, image digest, analyst decision",
                "Escáner, huella de la imagen, decisión del analista"
              }));

  static String title(String type, Lang lang) {
    String[] t = TITLES.getOrDefault(type, new String[] {type, type, "", ""});
    return lang == Lang.EN ? t[0] : t[1];
  }

  static String subtitle(String type, Lang lang) {
    String[] t = TITLES.getOrDefault(type, new String[] {type, type, "", ""});
    return lang == Lang.EN ? t[2] : t[3];
  }
}
