package org.puente.documents.formats;

import static org.puente.documents.formats.Dom.children;
import static org.puente.documents.formats.Dom.first;
import static org.puente.documents.formats.Dom.text;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.StringJoiner;
import org.puente.documents.DocumentException;
import org.puente.documents.ErrorCode;
import org.puente.documents.ids.AduanaSeccion;
import org.puente.documents.ids.CbpEntryNumber;
import org.puente.documents.ids.CfdiUuid;
import org.puente.documents.ids.DodaIntegrationNumber;
import org.puente.documents.ids.FastId;
import org.puente.documents.ids.IdScheme;
import org.puente.documents.ids.PartyIdentifier;
import org.puente.documents.ids.Pedimento;
import org.puente.documents.model.Consignment;
import org.puente.documents.model.Conveyance;
import org.puente.documents.model.CrewMember;
import org.puente.documents.model.EquipmentType;
import org.puente.documents.model.Movement;
import org.puente.documents.model.Party;
import org.puente.documents.model.PartyRole;
import org.puente.documents.model.Plate;
import org.puente.documents.model.References;
import org.puente.documents.model.TransportEquipment;
import org.puente.documents.model.UsEntry;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * The DODA payload a customs broker sends to SAT ({@code altaDoda}, SAT "Lineamientos técnicos para
 * el consumo de servicios web DODA y PITA"): the integrated pedimentos, plates, CAAT, FAST ID,
 * gafete, containers and seals, US entry numbers and Carta Porte CFDI UUIDs, with its cadena
 * original. The agent's e.firma signature and SAT's seal are added by SAT's service, not here. DODA
 * knows a pedimento by patente and document number only; the aduana is the DODA's and the year
 * comes from the DODA's date (the latest year not after it that ends in the pedimento's year
 * digit). US entry types are written as {@code 01} (Anexo F catalogue not available: assumption).
 */
public final class DodaXml {
  private static final String NS = "";
  private static final String AUTHORITY = "SAT DODA";
  private static final DateTimeFormatter CADENA_DATE =
      DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss", Locale.ROOT);

  private DodaXml() {}

  /** The DODA payload as a DOM document; throws MISSING_FIELDS or INVALID_DOCUMENT. */
  public static Document toDocument(Consignment c) throws DocumentException {
    Needs needs = new Needs(AUTHORITY);
    Movement m = needs.need(c.movement(), "/movement");
    AduanaSeccion aduana = m == null ? null : needs.need(m.aduana(), "/movement/aduana");
    LocalDateTime date = m == null ? null : needs.need(m.departure(), "/movement/departure");
    Party broker = needs.need(c.party(PartyRole.MX_BROKER).orElse(null), "/parties/MX_BROKER");
    String rfc =
        broker == null
            ? null
            : needs.need(
                broker.identifier(IdScheme.RFC).orElse(null), "/parties/MX_BROKER/identifiers/RFC");
    Conveyance v = needs.need(c.conveyance(), "/conveyance");
    Plate plate = v == null ? null : needs.need(v.plate(), "/conveyance/plate");
    if (c.references().pedimentos().isEmpty()) {
      needs.need(null, "/references/pedimentos");
    }
    needs.check();
    requireSameAduana(c.references().pedimentos(), aduana);
    Document doc = SafeXml.newDocument();
    Element root = doc.createElementNS(null, "doda");
    doc.appendChild(root);
    CrewMember driver = c.crew().isEmpty() ? null : c.crew().get(0);
    Dom.text(root, NS, "rfc", rfc);
    Dom.text(root, NS, "despachoAduanero", driver != null && driver.gafete() != null ? "1" : "0");
    Dom.text(root, NS, "numeroGafeteUnico", driver == null ? null : driver.gafete());
    Dom.text(root, NS, "aduana", aduana.aduana());
    Dom.text(root, NS, "seccion", aduana.seccion());
    Party carrier = c.party(PartyRole.CARRIER).orElse(null);
    Dom.text(
        root,
        NS,
        "caat",
        carrier == null ? "NULO" : carrier.identifier(IdScheme.CAAT).orElse("NULO"));
    Dom.text(root, NS, "idTransporte", plate.number());
    Dom.text(root, NS, "fastId", driver == null ? null : driver.fastId());
    Dom.text(root, NS, "tipoOperacion", tipoOperacion(c));
    containers(root, v);
    usEntries(root, c.references().usEntryNumbers(), c.usEntry());
    if (c.references().cartaPorteUuid() != null) {
      Dom.text(
          Dom.child(root, NS, "cfdisCartaPorte"),
          NS,
          "cfdiCartaPorte",
          c.references().cartaPorteUuid());
    }
    Element peds = Dom.child(root, NS, "pedimentos");
    for (Pedimento p : c.references().pedimentos()) {
      Element e = Dom.child(peds, NS, "pedimento");
      Dom.text(e, NS, "patente", p.patente());
      Dom.text(e, NS, "documento", p.documento());
    }
    Dom.text(root, NS, "fechaEmision", date.format(CADENA_DATE));
    Dom.text(root, NS, "numeroIntegracion", c.references().dodaIntegrationNumber());
    Dom.text(
        Dom.child(root, NS, "sellado"),
        NS,
        "cadenaOriginalAA",
        cadenaOriginal(aduana, c.references().pedimentos(), plate, v, date));
    return doc;
  }

  /** The DODA payload as UTF-8 XML. */
  public static byte[] write(Consignment c) throws DocumentException {
    return SafeXml.write(toDocument(c));
  }

  private static void requireSameAduana(List<Pedimento> pedimentos, AduanaSeccion aduana)
      throws DocumentException {
    List<org.puente.documents.ValidationError> errors = new ArrayList<>();
    for (int i = 0; i < pedimentos.size(); i++) {
      Pedimento p = pedimentos.get(i);
      if (!p.aduana().equals(aduana.aduana())) {
        errors.add(
            ErrorCode.DODA_FOREIGN_PEDIMENTO.at(
                "/references/pedimentos/" + i, p.spaced(), p.aduana(), aduana.aduana()));
      }
    }
    if (!errors.isEmpty()) {
      throw new DocumentException(
          DocumentException.Code.INVALID_DOCUMENT,
          "a DODA integrates only pedimentos of its own aduana",
          errors);
    }
  }

  private static void containers(Element root, Conveyance v) {
    List<TransportEquipment> containers =
        v.equipment().stream().filter(e -> e.type() == EquipmentType.CONTAINER).toList();
    if (containers.isEmpty()) {
      return;
    }
    Element cs = Dom.child(root, NS, "contenedores");
    for (TransportEquipment t : containers) {
      Element e = Dom.child(cs, NS, "contenedor");
      Dom.text(e, NS, "valorContenedor", t.number());
      Element seals = Dom.child(e, NS, "candados");
      t.seals().forEach(s -> Dom.text(seals, NS, "candado", s));
    }
  }

  /**
   * {@code tipoOperacion}: 1 import into Mexico, 2 export from Mexico (customs-formats.md §4.3,
   * values [I]), derived from where the exporter and the importer are: an importer in Mexico with
   * an exporter outside it is an import; anything else this northbound model carries (exporter in
   * Mexico, or the parties' countries unknown) is an export.
   */
  static String tipoOperacion(Consignment c) {
    String exporter = country(c, PartyRole.EXPORTER);
    String importer = country(c, PartyRole.IMPORTER);
    return "MX".equals(importer) && exporter != null && !"MX".equals(exporter) ? "1" : "2";
  }

  private static String country(Consignment c, PartyRole role) {
    return c.party(role).map(Party::address).map(a -> a.country()).orElse(null);
  }

  /**
   * {@code tipoPedimentoAmericano} (the Lineamientos' Anexo F catalogue, not available): the CBP
   * entry type (CBP Form 7501 block 2) when the consignment's US entry data give it for that entry
   * number, assuming Anexo F keys US entries by CBP's own codes; otherwise {@code 01}, a
   * consumption entry, the usual type of a northbound truck.
   */
  static String tipoPedimentoAmericano(CbpEntryNumber n, List<CbpEntryNumber> all, UsEntry u) {
    boolean described = u != null && u.entryType() != null && n.equals(all.get(0));
    return described ? u.entryType() : "01";
  }

  private static void usEntries(Element root, List<CbpEntryNumber> entries, UsEntry u) {
    if (entries.isEmpty()) {
      return;
    }
    Element list = Dom.child(root, NS, "pedimentosAmericanos");
    for (CbpEntryNumber n : entries) {
      Element e = Dom.child(list, NS, "pedimentoAmericano");
      Dom.text(e, NS, "tipoPedimentoAmericano", tipoPedimentoAmericano(n, entries, u));
      Dom.text(e, NS, "valorPedimentoAmericano", n.value());
    }
  }

  /**
   * The cadena original {@code
   * ||aduana|sección|patente|#pedimentos|doc,doc||placas|contenedores|fecha||} (as public
   * implementations of the DODA web service build it; confirm against the Lineamientos' Anexo C
   * before relying on it for a seal).
   */
  public static String cadenaOriginal(
      AduanaSeccion aduana,
      List<Pedimento> pedimentos,
      Plate plate,
      Conveyance v,
      LocalDateTime date) {
    StringJoiner docs = new StringJoiner(",");
    pedimentos.forEach(p -> docs.add(p.documento()));
    StringJoiner containers = new StringJoiner(",");
    v.equipment().stream()
        .filter(e -> e.type() == EquipmentType.CONTAINER)
        .forEach(e -> containers.add(e.number()));
    return "||"
        + aduana.aduana()
        + "|"
        + aduana.seccion()
        + "|"
        + pedimentos.get(0).patente()
        + "|"
        + pedimentos.size()
        + "|"
        + docs
        + "||"
        + plate.number()
        + "|"
        + containers
        + "|"
        + date.format(CADENA_DATE)
        + "||";
  }

  /** Reads a DODA payload (root element {@code doda}). */
  public static Consignment read(byte[] xml) throws DocumentException {
    return read(SafeXml.parse(xml).getDocumentElement());
  }

  /** Reads a DODA payload from its DOM element. */
  public static Consignment read(Element root) throws DocumentException {
    if (!"doda".equals(root.getLocalName()) || root.getNamespaceURI() != null) {
      throw new DocumentException(
          DocumentException.Code.UNKNOWN_KIND,
          "expected a doda element, found " + root.getNodeName());
    }
    Reading r = new Reading("DODA");
    AduanaSeccion aduana =
        r.build(
            "/doda/aduana",
            () -> AduanaSeccion.of(text(root, NS, "aduana"), text(root, NS, "seccion")));
    LocalDateTime date =
        r.build(
            "/doda/fechaEmision",
            () -> LocalDateTime.parse(text(root, NS, "fechaEmision"), CADENA_DATE));
    List<Pedimento> pedimentos = new ArrayList<>();
    Element peds = first(root, NS, "pedimentos");
    List<PartyIdentifier> brokerIds = new ArrayList<>();
    brokerIds.add(
        r.typed(text(root, NS, "rfc"), v -> new PartyIdentifier(IdScheme.RFC, v), "/doda/rfc"));
    if (peds != null && aduana != null && date != null) {
      for (Element p : children(peds, NS, "pedimento")) {
        String patente = text(p, NS, "patente");
        String documento = text(p, NS, "documento");
        pedimentos.add(
            r.build(
                "/doda/pedimentos/pedimento",
                () ->
                    new Pedimento(year(documento, date) + aduana.aduana() + patente + documento)));
        brokerIds.add(
            r.typed(
                patente,
                v -> new PartyIdentifier(IdScheme.PATENTE, v),
                "/doda/pedimentos/pedimento/patente"));
      }
    }
    List<CbpEntryNumber> entries = new ArrayList<>();
    Element pa = first(root, NS, "pedimentosAmericanos");
    if (pa != null) {
      for (Element e : children(pa, NS, "pedimentoAmericano")) {
        entries.add(
            r.typed(
                text(e, NS, "valorPedimentoAmericano"),
                CbpEntryNumber::new,
                "/doda/pedimentosAmericanos"));
      }
    }
    Element cfdis = first(root, NS, "cfdisCartaPorte");
    CfdiUuid uuid =
        cfdis == null
            ? null
            : r.typed(text(cfdis, NS, "cfdiCartaPorte"), CfdiUuid::new, "/doda/cfdisCartaPorte");
    DodaIntegrationNumber integration =
        r.typed(
            text(root, NS, "numeroIntegracion"),
            DodaIntegrationNumber::new,
            "/doda/numeroIntegracion");
    List<Party> parties = new ArrayList<>();
    brokerIds.removeIf(Objects::isNull);
    parties.add(new Party(PartyRole.MX_BROKER, null, null, brokerIds));
    String caat = text(root, NS, "caat");
    if (caat != null && !caat.equals("NULO")) {
      PartyIdentifier id = r.typed(caat, v -> new PartyIdentifier(IdScheme.CAAT, v), "/doda/caat");
      parties.add(new Party(PartyRole.CARRIER, null, null, id == null ? List.of() : List.of(id)));
    }
    Plate plate =
        r.build("/doda/idTransporte", () -> new Plate(text(root, NS, "idTransporte"), null, null));
    Conveyance conveyance =
        new Conveyance(null, plate, null, null, null, null, readContainers(root));
    FastId fastId = r.typed(text(root, NS, "fastId"), FastId::new, "/doda/fastId");
    String gafete = text(root, NS, "numeroGafeteUnico");
    List<CrewMember> crew =
        fastId == null && gafete == null
            ? List.of()
            : List.of(new CrewMember(null, null, null, fastId, gafete, null, null));
    entries.removeIf(Objects::isNull);
    r.check();
    References refs = new References(null, null, entries, pedimentos, integration, uuid, null);
    return new Consignment(
        refs, parties, List.of(), conveyance, crew, new Movement(null, aduana, date, null, null));
  }

  private static List<TransportEquipment> readContainers(Element root) {
    List<TransportEquipment> out = new ArrayList<>();
    Element cs = first(root, NS, "contenedores");
    if (cs == null) {
      return out;
    }
    for (Element e : children(cs, NS, "contenedor")) {
      List<String> seals = new ArrayList<>();
      Element candados = first(e, NS, "candados");
      if (candados != null) {
        children(candados, NS, "candado").forEach(s -> seals.add(s.getTextContent().strip()));
      }
      out.add(
          new TransportEquipment(
              EquipmentType.CONTAINER, text(e, NS, "valorContenedor"), null, null, seals));
    }
    return out;
  }

  /** The 2-digit year: the latest year not after the DODA's date that ends in the year digit. */
  private static String year(String documento, LocalDateTime date) {
    if (documento == null || documento.isEmpty()) {
      throw new IllegalArgumentException("pedimento documento is required");
    }
    int digit = documento.charAt(0) - '0';
    int y = date.getYear();
    while (y % 10 != digit) {
      y--;
    }
    return String.format(Locale.ROOT, "%02d", y % 100);
  }
}
