package org.puente.documents.formats;

import static org.puente.documents.formats.Dom.attr;
import static org.puente.documents.formats.Dom.child;
import static org.puente.documents.formats.Dom.children;
import static org.puente.documents.formats.Dom.first;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.puente.documents.DocumentException;
import org.puente.documents.ids.IdCcp;
import org.puente.documents.ids.IdScheme;
import org.puente.documents.ids.PartyIdentifier;
import org.puente.documents.ids.Pedimento;
import org.puente.documents.ids.Rfc;
import org.puente.documents.ids.TigieCode;
import org.puente.documents.model.Address;
import org.puente.documents.model.Consignment;
import org.puente.documents.model.Conveyance;
import org.puente.documents.model.Countries;
import org.puente.documents.model.CrewMember;
import org.puente.documents.model.EquipmentType;
import org.puente.documents.model.GoodsItem;
import org.puente.documents.model.Movement;
import org.puente.documents.model.Party;
import org.puente.documents.model.PartyRole;
import org.puente.documents.model.Plate;
import org.puente.documents.model.References;
import org.puente.documents.model.SctPermit;
import org.puente.documents.model.TransportEquipment;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * SAT's Carta Porte 3.1 complement (CFDI 4.0), written from and read into a consignment. Written
 * for the Mexican leg of a northbound export by road: {@code TranspInternac="Sí"}, {@code
 * EntradaSalidaMerc="Salida"}, {@code ViaEntradaSalida="01"} (autotransporte), régimen EXD, the
 * exporter as Origen and the foreign importer as Destino (RFC {@code XEXX010101000} with its tax
 * id). The CFDI's folio fiscal (UUID) belongs to the stamped CFDI, not to the complement; DODA
 * carries it.
 */
public final class CartaPorteXml {
  /** The Carta Porte 3.1 namespace. */
  public static final String NS = "http://www.sat.gob.mx/CartaPorte31";

  private static final String AUTHORITY = "SAT Carta Porte 3.1";
  private static final DateTimeFormatter T_FECHA_H =
      DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss", java.util.Locale.ROOT);

  private CartaPorteXml() {}

  /** The complement as a DOM document; throws MISSING_FIELDS listing what SAT needs. */
  public static Document toDocument(Consignment c) throws DocumentException {
    Needs needs = new Needs(AUTHORITY);
    Document doc = SafeXml.newDocument();
    Element root = doc.createElementNS(NS, "cartaporte31:CartaPorte");
    doc.appendChild(root);
    root.setAttributeNS(
        "http://www.w3.org/2001/XMLSchema-instance",
        "xsi:schemaLocation",
        NS + " http://www.sat.gob.mx/sitio_internet/cfd/CartaPorte/CartaPorte31.xsd");
    attr(root, "Version", "3.1");
    attr(root, "IdCCP", needs.need(c.references().idCcp(), "/references/idCcp"));
    attr(root, "TranspInternac", "Sí");
    attr(root, "EntradaSalidaMerc", "Salida");
    Party importer = needs.need(c.party(PartyRole.IMPORTER).orElse(null), "/parties/IMPORTER");
    Party exporter = needs.need(c.party(PartyRole.EXPORTER).orElse(null), "/parties/EXPORTER");
    if (importer != null && importer.address() != null) {
      attr(root, "PaisOrigenDestino", Countries.alpha3(importer.address().country()));
    }
    attr(root, "ViaEntradaSalida", "01");
    attr(
        child(child(root, NS, "RegimenesAduaneros"), NS, "RegimenAduaneroCCP"),
        "RegimenAduanero",
        "EXD");
    Element ubicaciones = child(root, NS, "Ubicaciones");
    Movement m = needs.need(c.movement(), "/movement");
    if (exporter != null) {
      origen(ubicaciones, exporter, m == null ? null : m.departure(), needs);
    }
    if (importer != null) {
      destino(
          ubicaciones,
          importer,
          m == null || m.arrival() == null ? null : m.arrival().toLocalDateTime(),
          needs);
    }
    mercancias(root, c, needs);
    figuras(root, c, needs);
    needs.check();
    return doc;
  }

  /** The complement as UTF-8 XML bytes. */
  public static byte[] write(Consignment c) throws DocumentException {
    return SafeXml.write(toDocument(c));
  }

  private static void origen(Element ubicaciones, Party p, LocalDateTime departure, Needs needs) {
    Element u = child(ubicaciones, NS, "Ubicacion");
    attr(u, "TipoUbicacion", "Origen");
    attr(u, "IDUbicacion", "OR000001");
    attr(
        u,
        "RFCRemitenteDestinatario",
        needs.need(p.identifier(IdScheme.RFC).orElse(null), "/parties/EXPORTER/identifiers/RFC"));
    attr(u, "NombreRemitenteDestinatario", p.name());
    attr(u, "FechaHoraSalidaLlegada", format(needs.need(departure, "/movement/departure")));
    domicilio(
        u,
        needs.need(p.address(), "/parties/EXPORTER/address"),
        "/parties/EXPORTER/address",
        needs);
  }

  private static void destino(Element ubicaciones, Party p, LocalDateTime arrival, Needs needs) {
    Element u = child(ubicaciones, NS, "Ubicacion");
    attr(u, "TipoUbicacion", "Destino");
    attr(u, "IDUbicacion", "DE000001");
    String rfc = p.identifier(IdScheme.RFC).orElse(Rfc.EXTRANJERO);
    attr(u, "RFCRemitenteDestinatario", rfc);
    attr(u, "NombreRemitenteDestinatario", p.name());
    if (rfc.equals(Rfc.EXTRANJERO)) {
      attr(u, "NumRegIdTrib", needs.need(foreignTaxId(p), "/parties/IMPORTER/identifiers/TAX_ID"));
      if (p.address() != null) {
        attr(u, "ResidenciaFiscal", Countries.alpha3(p.address().country()));
      }
    }
    attr(u, "FechaHoraSalidaLlegada", format(needs.need(arrival, "/movement/arrival")));
    domicilio(
        u,
        needs.need(p.address(), "/parties/IMPORTER/address"),
        "/parties/IMPORTER/address",
        needs);
  }

  private static String foreignTaxId(Party p) {
    return p.identifier(IdScheme.TAX_ID).or(() -> p.identifier(IdScheme.EIN)).orElse(null);
  }

  private static void domicilio(Element parent, Address a, String path, Needs needs) {
    if (a == null) {
      return;
    }
    Element d = child(parent, NS, "Domicilio");
    attr(d, "Calle", a.street());
    attr(d, "Municipio", a.city());
    attr(d, "Estado", needs.need(a.state(), path + "/state"));
    attr(d, "Pais", Countries.alpha3(a.country()));
    attr(d, "CodigoPostal", needs.need(a.postalCode(), path + "/postalCode"));
  }

  private static void mercancias(Element root, Consignment c, Needs needs) {
    Element ms = child(root, NS, "Mercancias");
    BigDecimal gross = BigDecimal.ZERO;
    BigDecimal net = BigDecimal.ZERO;
    boolean allNet = true;
    for (GoodsItem g :
        needs.need(c.goodsItems().isEmpty() ? null : c.goodsItems(), "/goodsItems") == null
            ? List.<GoodsItem>of()
            : c.goodsItems()) {
      mercancia(ms, g, c.references().pedimentos(), needs);
      gross = g.grossKg() == null ? gross : gross.add(g.grossKg());
      allNet &= g.netKg() != null;
      net = g.netKg() == null ? net : net.add(g.netKg());
    }
    attr(ms, "PesoBrutoTotal", gross);
    attr(ms, "UnidadPeso", "KGM");
    attr(ms, "PesoNetoTotal", allNet && net.signum() > 0 ? net : null);
    attr(ms, "NumTotalMercancias", c.goodsItems().size());
    autotransporte(ms, needs.need(c.conveyance(), "/conveyance"), needs);
  }

  private static void mercancia(Element ms, GoodsItem g, List<Pedimento> pedimentos, Needs needs) {
    String p = "/goodsItems/" + (g.sequence() - 1);
    Element m = child(ms, NS, "Mercancia");
    attr(m, "BienesTransp", needs.need(g.satProductKey(), p + "/satProductKey"));
    attr(m, "Descripcion", needs.need(g.description(), p + "/description"));
    attr(m, "Cantidad", needs.need(g.quantity(), p + "/quantity"));
    attr(m, "ClaveUnidad", needs.need(g.unitCode(), p + "/unitCode"));
    attr(m, "PesoEnKg", needs.need(g.grossKg(), p + "/grossKg"));
    attr(m, "ValorMercancia", g.value());
    attr(m, "Moneda", g.currency());
    TigieCode tigie = needs.need(g.tigie(), p + "/tigie");
    attr(m, "FraccionArancelaria", tigie == null ? null : tigie.tenDigits());
    for (Pedimento ped : pedimentos) {
      Element d = child(m, NS, "DocumentacionAduanera");
      attr(d, "TipoDocumento", "01");
      attr(d, "NumPedimento", ped.spaced());
    }
    if (g.netKg() != null && g.grossKg() != null && g.grossKg().compareTo(g.netKg()) > 0) {
      Element d = child(m, NS, "DetalleMercancia");
      attr(d, "UnidadPesoMerc", "KGM");
      attr(d, "PesoBruto", g.grossKg());
      attr(d, "PesoNeto", g.netKg());
      attr(d, "PesoTara", g.grossKg().subtract(g.netKg()));
    }
  }

  private static void autotransporte(Element ms, Conveyance v, Needs needs) {
    if (v == null) {
      return;
    }
    SctPermit permit = needs.need(v.permit(), "/conveyance/permit");
    Element a = child(ms, NS, "Autotransporte");
    attr(
        a, "PermSCT", permit == null ? null : needs.need(permit.type(), "/conveyance/permit/type"));
    attr(
        a,
        "NumPermisoSCT",
        permit == null ? null : needs.need(permit.number(), "/conveyance/permit/number"));
    Element iv = child(a, NS, "IdentificacionVehicular");
    attr(iv, "ConfigVehicular", needs.need(v.satConfig(), "/conveyance/satConfig"));
    attr(
        iv,
        "PesoBrutoVehicular",
        needs.need(v.grossVehicleTonnes(), "/conveyance/grossVehicleTonnes"));
    Plate plate = needs.need(v.plate(), "/conveyance/plate");
    attr(iv, "PlacaVM", plate == null ? null : plate.number());
    attr(iv, "AnioModeloVM", needs.need(v.modelYear(), "/conveyance/modelYear"));
    Element s = child(a, NS, "Seguros");
    attr(
        s,
        "AseguraRespCivil",
        permit == null ? null : needs.need(permit.insurer(), "/conveyance/permit/insurer"));
    attr(
        s,
        "PolizaRespCivil",
        permit == null ? null : needs.need(permit.policy(), "/conveyance/permit/policy"));
    List<TransportEquipment> trailers =
        v.equipment().stream()
            .filter(e -> e.type() == EquipmentType.TRAILER && e.plate() != null)
            .toList();
    if (!trailers.isEmpty()) {
      Element rs = child(a, NS, "Remolques");
      for (TransportEquipment t : trailers.subList(0, Math.min(2, trailers.size()))) {
        Element r = child(rs, NS, "Remolque");
        attr(
            r,
            "SubTipoRem",
            needs.need(t.satSubtype(), "/conveyance/equipment/" + t.number() + "/satSubtype"));
        attr(r, "Placa", t.plate().number());
      }
    }
  }

  private static void figuras(Element root, Consignment c, Needs needs) {
    if (c.crew().isEmpty()) {
      return;
    }
    Element f = child(root, NS, "FiguraTransporte");
    for (CrewMember m : c.crew()) {
      Element t = child(f, NS, "TiposFigura");
      attr(t, "TipoFigura", "01");
      attr(t, "RFCFigura", m.rfc());
      attr(t, "NumLicencia", m.licence());
      attr(t, "NombreFigura", m.name());
    }
  }

  private static String format(LocalDateTime t) {
    return t == null ? null : t.truncatedTo(ChronoUnit.SECONDS).format(T_FECHA_H);
  }

  /** Reads a Carta Porte 3.1 complement (root element {@code cartaporte31:CartaPorte}). */
  public static Consignment read(byte[] xml) throws DocumentException {
    return read(SafeXml.parse(xml).getDocumentElement());
  }

  /** Reads the complement from its DOM element. */
  public static Consignment read(Element root) throws DocumentException {
    if (!NS.equals(root.getNamespaceURI()) || !"CartaPorte".equals(root.getLocalName())) {
      throw new DocumentException(
          DocumentException.Code.UNKNOWN_KIND,
          "expected a cartaporte31:CartaPorte element, found " + root.getNodeName());
    }
    Reading r = new Reading("Carta Porte");
    IdCcp idCcp = r.typed(attr(root, "IdCCP"), IdCcp::new, "/CartaPorte/@IdCCP");
    List<Party> parties = new ArrayList<>();
    LocalDateTime departure = null;
    for (Element u : children(first(root, NS, "Ubicaciones"), NS, "Ubicacion")) {
      boolean origen = "Origen".equals(attr(u, "TipoUbicacion"));
      parties.add(ubicacionParty(u, origen ? PartyRole.EXPORTER : PartyRole.IMPORTER, r));
      if (origen) {
        departure =
            r.build(
                "/CartaPorte/Ubicaciones/Origen/@FechaHoraSalidaLlegada",
                () -> LocalDateTime.parse(attr(u, "FechaHoraSalidaLlegada"), T_FECHA_H));
      }
    }
    Element ms = first(root, NS, "Mercancias");
    Set<Pedimento> pedimentos = new LinkedHashSet<>();
    List<GoodsItem> goods = readGoods(ms, pedimentos, r);
    Conveyance conveyance = readConveyance(first(ms, NS, "Autotransporte"), r);
    List<CrewMember> crew = readCrew(first(root, NS, "FiguraTransporte"), r);
    r.check();
    References refs =
        new References(null, null, List.of(), List.copyOf(pedimentos), null, null, idCcp);
    Movement movement = new Movement(null, null, departure, null, null);
    return new Consignment(refs, parties, goods, conveyance, crew, movement);
  }

  private static Party ubicacionParty(Element u, PartyRole role, Reading r)
      throws DocumentException {
    String path = "/CartaPorte/Ubicaciones/" + attr(u, "TipoUbicacion");
    List<PartyIdentifier> ids = new ArrayList<>();
    String rfc = attr(u, "RFCRemitenteDestinatario");
    if (rfc != null && !rfc.equals(Rfc.EXTRANJERO)) {
      ids.add(
          r.typed(
              rfc, v -> new PartyIdentifier(IdScheme.RFC, v), path + "/@RFCRemitenteDestinatario"));
    }
    String taxId = attr(u, "NumRegIdTrib");
    if (taxId != null) {
      IdScheme scheme =
          taxId.matches("[0-9]{2}-[0-9]{7}([0-9]{2})?") ? IdScheme.EIN : IdScheme.TAX_ID;
      ids.add(r.typed(taxId, v -> new PartyIdentifier(scheme, v), path + "/@NumRegIdTrib"));
    }
    ids.removeIf(java.util.Objects::isNull);
    Element d = first(u, NS, "Domicilio");
    Address address =
        d == null
            ? null
            : r.build(
                path + "/Domicilio",
                () ->
                    new Address(
                        attr(d, "Calle"),
                        attr(d, "Municipio"),
                        attr(d, "Estado"),
                        attr(d, "CodigoPostal"),
                        Countries.alpha2(attr(d, "Pais"))));
    return new Party(role, attr(u, "NombreRemitenteDestinatario"), address, ids);
  }

  private static List<GoodsItem> readGoods(Element ms, Set<Pedimento> pedimentos, Reading r)
      throws DocumentException {
    List<GoodsItem> goods = new ArrayList<>();
    int seq = 0;
    for (Element m : children(ms, NS, "Mercancia")) {
      seq++;
      String path = "/CartaPorte/Mercancias/Mercancia[" + seq + "]";
      for (Element d : children(m, NS, "DocumentacionAduanera")) {
        if ("01".equals(attr(d, "TipoDocumento")) && attr(d, "NumPedimento") != null) {
          Pedimento p =
              r.typed(
                  attr(d, "NumPedimento"),
                  Pedimento::new,
                  path + "/DocumentacionAduanera/@NumPedimento");
          if (p != null) {
            pedimentos.add(p);
          }
        }
      }
      TigieCode tigie =
          r.build(
              path + "/@FraccionArancelaria",
              () -> {
                String f = attr(m, "FraccionArancelaria");
                return f == null
                    ? null
                    : new TigieCode(f.substring(0, 8), f.length() == 10 ? f.substring(8) : null);
              });
      Element det = first(m, NS, "DetalleMercancia");
      BigDecimal net = det == null ? null : Dom.decimal(det, "PesoNeto");
      BigDecimal quantity = Dom.decimal(m, "Cantidad");
      BigDecimal grossKg = Dom.decimal(m, "PesoEnKg");
      BigDecimal value = Dom.decimal(m, "ValorMercancia");
      int sequence = seq;
      goods.add(
          r.build(
              path,
              () ->
                  new GoodsItem(
                      sequence,
                      attr(m, "Descripcion"),
                      tigie == null ? null : new org.puente.documents.ids.Hs6(tigie.hs6()),
                      null,
                      tigie,
                      quantity,
                      attr(m, "ClaveUnidad"),
                      grossKg,
                      net,
                      value,
                      attr(m, "Moneda"),
                      null,
                      null,
                      attr(m, "BienesTransp"))));
    }
    goods.removeIf(java.util.Objects::isNull);
    return goods;
  }

  private static Conveyance readConveyance(Element a, Reading r) throws DocumentException {
    if (a == null) {
      return null;
    }
    Element iv = first(a, NS, "IdentificacionVehicular");
    Element s = first(a, NS, "Seguros");
    SctPermit permit =
        new SctPermit(
            attr(a, "PermSCT"),
            attr(a, "NumPermisoSCT"),
            s == null ? null : attr(s, "AseguraRespCivil"),
            s == null ? null : attr(s, "PolizaRespCivil"));
    List<TransportEquipment> trailers = new ArrayList<>();
    Element rs = first(a, NS, "Remolques");
    if (rs != null) {
      for (Element rem : children(rs, NS, "Remolque")) {
        trailers.add(
            r.build(
                "/CartaPorte/Mercancias/Autotransporte/Remolques",
                () ->
                    new TransportEquipment(
                        EquipmentType.TRAILER,
                        null,
                        new Plate(attr(rem, "Placa"), null, null),
                        attr(rem, "SubTipoRem"),
                        List.of())));
      }
    }
    trailers.removeIf(java.util.Objects::isNull);
    if (iv == null) {
      return new Conveyance(null, null, null, null, null, permit, trailers);
    }
    Plate plate =
        r.build(
            "/CartaPorte/Mercancias/Autotransporte/IdentificacionVehicular/@PlacaVM",
            () -> new Plate(attr(iv, "PlacaVM"), null, null));
    Integer year =
        r.build(
            "/CartaPorte/Mercancias/Autotransporte/IdentificacionVehicular/@AnioModeloVM",
            () -> Integer.valueOf(attr(iv, "AnioModeloVM")));
    return new Conveyance(
        null,
        plate,
        year,
        attr(iv, "ConfigVehicular"),
        Dom.decimal(iv, "PesoBrutoVehicular"),
        permit,
        trailers);
  }

  private static List<CrewMember> readCrew(Element f, Reading r) {
    List<CrewMember> crew = new ArrayList<>();
    if (f == null) {
      return crew;
    }
    for (Element t : children(f, NS, "TiposFigura")) {
      if ("01".equals(attr(t, "TipoFigura"))) {
        Rfc rfc =
            r.typed(attr(t, "RFCFigura"), Rfc::new, "/CartaPorte/FiguraTransporte/@RFCFigura");
        crew.add(
            r.build(
                "/CartaPorte/FiguraTransporte",
                () ->
                    new CrewMember(
                        attr(t, "NombreFigura"),
                        null,
                        null,
                        null,
                        null,
                        attr(t, "NumLicencia"),
                        rfc)));
      }
    }
    crew.removeIf(java.util.Objects::isNull);
    return crew;
  }
}
