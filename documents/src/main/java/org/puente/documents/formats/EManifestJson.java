package org.puente.documents.formats;

import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.puente.documents.DocumentException;
import org.puente.documents.ErrorCode;
import org.puente.documents.ids.CbpEntryNumber;
import org.puente.documents.ids.CbpPortCode;
import org.puente.documents.ids.FastId;
import org.puente.documents.ids.Hs6;
import org.puente.documents.ids.Htsus10;
import org.puente.documents.ids.IdScheme;
import org.puente.documents.ids.PartyIdentifier;
import org.puente.documents.ids.ShipmentControlNumber;
import org.puente.documents.ids.TripNumber;
import org.puente.documents.ids.Vin;
import org.puente.documents.model.Address;
import org.puente.documents.model.Consignment;
import org.puente.documents.model.Conveyance;
import org.puente.documents.model.CrewMember;
import org.puente.documents.model.EquipmentType;
import org.puente.documents.model.GoodsItem;
import org.puente.documents.model.Movement;
import org.puente.documents.model.OriginCriterion;
import org.puente.documents.model.Party;
import org.puente.documents.model.PartyRole;
import org.puente.documents.model.Plate;
import org.puente.documents.model.References;
import org.puente.documents.model.TransportEquipment;

/**
 * The ACE truck e-Manifest trip as JSON: one member per data element of 19 CFR 123.92 (conveyance
 * VIN and plate, carrier SCAC, trip number, SCN, equipment and seals, foreign location of
 * possession, arrival date and time at the first US port, quantities at the lowest external
 * packaging unit, weight, description and HTS, shipper, consignee, crew with FAST ID), plus the
 * consignee's importer number, the US broker's filer code and entry numbers as the 7501 entry
 * summary joins them on the SCN, and the USMCA origin criterion claimed per line (SPI "S").
 */
public final class EManifestJson {
  /** The value of {@code documentType}. */
  public static final String TYPE = "ACETruckManifestTrip";

  private static final String AUTHORITY = "CBP ACE e-Manifest";

  private EManifestJson() {}

  /** The trip as JSON; throws MISSING_FIELDS listing what CBP needs. */
  public static JsonObject toJson(Consignment c) throws DocumentException {
    Needs needs = new Needs(AUTHORITY);
    References refs = c.references();
    Movement m = needs.need(c.movement(), "/movement");
    Conveyance v = needs.need(c.conveyance(), "/conveyance");
    Party carrier = needs.need(c.party(PartyRole.CARRIER).orElse(null), "/parties/CARRIER");
    JsonObjectBuilder b = JsonInput.JSON.createObjectBuilder().add("documentType", TYPE);
    add(b, "tripNumber", needs.need(refs.tripNumber(), "/references/tripNumber"));
    add(b, "usPortOfArrival", m == null ? null : needs.need(m.usPort(), "/movement/usPort"));
    add(b, "estimatedArrival", m == null ? null : needs.need(m.arrival(), "/movement/arrival"));
    if (carrier != null) {
      needs.need(
          carrier.identifier(IdScheme.SCAC).orElse(null), "/parties/CARRIER/identifiers/SCAC");
      b.add("carrier", party(carrier, IdScheme.SCAC, IdScheme.USDOT));
    }
    if (v != null) {
      b.add("truck", truck(v, needs));
      b.add("equipment", equipment(v.equipment()));
    }
    b.add("drivers", drivers(c.crew(), needs));
    b.add("shipments", JsonInput.JSON.createArrayBuilder().add(shipment(c, needs)));
    needs.check();
    return b.build();
  }

  /** The trip as pretty UTF-8 JSON. */
  public static byte[] write(Consignment c) throws DocumentException {
    return JsonInput.pretty(toJson(c)).getBytes(StandardCharsets.UTF_8);
  }

  private static JsonObject truck(Conveyance v, Needs needs) {
    JsonObjectBuilder t = JsonInput.JSON.createObjectBuilder();
    add(t, "vin", needs.need(v.vin(), "/conveyance/vin"));
    add(t, "modelYear", v.modelYear());
    Plate p = needs.need(v.plate(), "/conveyance/plate");
    if (p != null) {
      t.add("licensePlate", plate(p));
    }
    return t.build();
  }

  private static JsonArrayBuilder equipment(List<TransportEquipment> list) {
    JsonArrayBuilder a = JsonInput.JSON.createArrayBuilder();
    for (TransportEquipment e : list) {
      JsonObjectBuilder o = JsonInput.JSON.createObjectBuilder().add("type", e.type().name());
      add(o, "equipmentNumber", e.number());
      if (e.plate() != null) {
        o.add("licensePlate", plate(e.plate()));
      }
      add(o, "satTrailerSubtype", e.satSubtype());
      o.add("sealNumbers", JsonInput.JSON.createArrayBuilder(e.seals()));
      a.add(o);
    }
    return a;
  }

  private static JsonArrayBuilder drivers(List<CrewMember> crew, Needs needs) {
    JsonArrayBuilder a = JsonInput.JSON.createArrayBuilder();
    for (int i = 0; i < crew.size(); i++) {
      CrewMember d = crew.get(i);
      JsonObjectBuilder o = JsonInput.JSON.createObjectBuilder();
      add(o, "name", needs.need(d.name(), "/crew/" + i + "/name"));
      add(o, "dateOfBirth", needs.need(d.birthDate(), "/crew/" + i + "/birthDate"));
      add(o, "citizenship", needs.need(d.citizenship(), "/crew/" + i + "/citizenship"));
      add(o, "fastId", d.fastId());
      a.add(o);
    }
    if (crew.isEmpty()) {
      needs.need(null, "/crew");
    }
    return a;
  }

  private static JsonObject shipment(Consignment c, Needs needs) {
    JsonObjectBuilder s = JsonInput.JSON.createObjectBuilder();
    add(
        s,
        "shipmentControlNumber",
        needs.need(c.references().shipmentControlNumber(), "/references/shipmentControlNumber"));
    s.add("shipmentType", "PAPS");
    add(
        s,
        "foreignLocationOfPossession",
        c.movement() == null
            ? null
            : needs.need(c.movement().foreignLocation(), "/movement/foreignLocation"));
    Party shipper = needs.need(c.party(PartyRole.EXPORTER).orElse(null), "/parties/EXPORTER");
    Party consignee = needs.need(c.party(PartyRole.IMPORTER).orElse(null), "/parties/IMPORTER");
    if (shipper != null) {
      s.add("shipper", party(shipper));
    }
    if (consignee != null) {
      s.add("consignee", party(consignee, IdScheme.EIN, IdScheme.CBP_IMPORTER_NUMBER));
    }
    c.party(PartyRole.US_BROKER)
        .ifPresent(p -> s.add("usBroker", party(p, IdScheme.CBP_FILER_CODE)));
    JsonArrayBuilder entries = JsonInput.JSON.createArrayBuilder();
    c.references().usEntryNumbers().forEach(e -> entries.add(e.value()));
    s.add("usEntryNumbers", entries);
    JsonArrayBuilder lines = JsonInput.JSON.createArrayBuilder();
    if (c.goodsItems().isEmpty()) {
      needs.need(null, "/goodsItems");
    }
    c.goodsItems().forEach(g -> lines.add(commodity(g, needs)));
    return s.add("commodities", lines).build();
  }

  private static JsonObject commodity(GoodsItem g, Needs needs) {
    String p = "/goodsItems/" + (g.sequence() - 1);
    JsonObjectBuilder o = JsonInput.JSON.createObjectBuilder().add("lineNumber", g.sequence());
    add(o, "description", needs.need(g.description(), p + "/description"));
    add(o, "hts6", needs.need(g.hs6(), p + "/hs6"));
    add(o, "htsus10", g.htsus());
    add(o, "quantity", needs.need(g.quantity(), p + "/quantity"));
    add(o, "quantityUnit", needs.need(g.unitCode(), p + "/unitCode"));
    add(o, "grossWeightKg", needs.need(g.grossKg(), p + "/grossKg"));
    add(o, "value", g.value());
    add(o, "currency", g.currency());
    add(o, "countryOfOrigin", g.originCountry());
    add(o, "usmcaOriginCriterion", g.originCriterion());
    return o.build();
  }

  private static JsonObject party(Party p, IdScheme... schemes) {
    JsonObjectBuilder o = JsonInput.JSON.createObjectBuilder();
    add(o, "name", p.name());
    if (p.address() != null) {
      Address a = p.address();
      JsonObjectBuilder ab = JsonInput.JSON.createObjectBuilder();
      add(ab, "street", a.street());
      add(ab, "city", a.city());
      add(ab, "stateProvince", a.state());
      add(ab, "postalCode", a.postalCode());
      add(ab, "country", a.country());
      o.add("address", ab);
    }
    for (IdScheme s : schemes) {
      p.identifier(s).ifPresent(v -> o.add(key(s), v));
    }
    return o.build();
  }

  private static String key(IdScheme s) {
    return switch (s) {
      case SCAC -> "scac";
      case USDOT -> "usdotNumber";
      case EIN -> "ein";
      case CBP_IMPORTER_NUMBER -> "cbpImporterNumber";
      case CBP_FILER_CODE -> "filerCode";
      default -> throw new IllegalArgumentException(s.name());
    };
  }

  private static JsonObject plate(Plate p) {
    JsonObjectBuilder o = JsonInput.JSON.createObjectBuilder().add("number", p.number());
    add(o, "stateProvince", p.region());
    add(o, "country", p.country());
    return o.build();
  }

  private static void add(JsonObjectBuilder b, String name, Object value) {
    if (value instanceof BigDecimal d) {
      b.add(name, d);
    } else if (value instanceof Integer i) {
      b.add(name, i);
    } else if (value != null) {
      b.add(name, value.toString());
    }
  }

  /** Reads untrusted e-Manifest JSON. */
  public static Consignment read(byte[] bytes) throws DocumentException {
    return fromJson(JsonInput.parseObject(bytes));
  }

  /** Reads a parsed e-Manifest trip into a (partial) consignment. */
  public static Consignment fromJson(JsonObject o) throws DocumentException {
    if (!TYPE.equals(o.getString("documentType", null))) {
      throw new DocumentException(
          DocumentException.Code.UNKNOWN_KIND, "expected \"documentType\": \"" + TYPE + "\"");
    }
    Reading r = new Reading("e-Manifest");
    try {
      return EManifestReader.read(o, r);
    } catch (ClassCastException | NullPointerException | ArithmeticException e) {
      r.error(ErrorCode.SCHEMA.at("", "unexpected JSON shape: " + e.getMessage()));
      r.check();
      throw new IllegalStateException(e);
    }
  }

  /** Field-by-field reading, kept apart from the writer. */
  private static final class EManifestReader {
    static Consignment read(JsonObject o, Reading r) throws DocumentException {
      JsonObject s = o.getJsonArray("shipments").getJsonObject(0);
      List<Party> parties = new ArrayList<>();
      addParty(parties, o, "carrier", PartyRole.CARRIER, r);
      addParty(parties, s, "shipper", PartyRole.EXPORTER, r);
      addParty(parties, s, "consignee", PartyRole.IMPORTER, r);
      addParty(parties, s, "usBroker", PartyRole.US_BROKER, r);
      List<CbpEntryNumber> entries = new ArrayList<>();
      JsonArray e = s.getJsonArray("usEntryNumbers");
      for (int i = 0; e != null && i < e.size(); i++) {
        entries.add(
            r.typed(e.getString(i), CbpEntryNumber::new, "/shipments/0/usEntryNumbers/" + i));
      }
      entries.removeIf(Objects::isNull);
      References refs =
          new References(
              r.typed(o.getString("tripNumber", null), TripNumber::new, "/tripNumber"),
              r.typed(
                  s.getString("shipmentControlNumber", null),
                  ShipmentControlNumber::new,
                  "/shipments/0/shipmentControlNumber"),
              entries,
              List.of(),
              null,
              null,
              null);
      Movement m =
          new Movement(
              r.typed(o.getString("usPortOfArrival", null), CbpPortCode::new, "/usPortOfArrival"),
              null,
              null,
              r.typed(
                  o.getString("estimatedArrival", null),
                  OffsetDateTime::parse,
                  "/estimatedArrival"),
              s.getString("foreignLocationOfPossession", null));
      List<GoodsItem> goods = new ArrayList<>();
      JsonArray lines = s.getJsonArray("commodities");
      for (int i = 0; lines != null && i < lines.size(); i++) {
        goods.add(commodity(lines.getJsonObject(i), "/shipments/0/commodities/" + i, r));
      }
      goods.removeIf(Objects::isNull);
      Conveyance v = conveyance(o, r);
      List<CrewMember> crew = new ArrayList<>();
      JsonArray drivers = o.getJsonArray("drivers");
      for (int i = 0; drivers != null && i < drivers.size(); i++) {
        crew.add(driver(drivers.getJsonObject(i), "/drivers/" + i, r));
      }
      crew.removeIf(Objects::isNull);
      r.check();
      return new Consignment(refs, parties, goods, v, crew, m);
    }

    private static void addParty(
        List<Party> parties, JsonObject o, String name, PartyRole role, Reading r) {
      JsonObject p = o.getJsonObject(name);
      if (p == null) {
        return;
      }
      List<PartyIdentifier> ids = new ArrayList<>();
      for (IdScheme s :
          new IdScheme[] {
            IdScheme.SCAC,
            IdScheme.USDOT,
            IdScheme.EIN,
            IdScheme.CBP_IMPORTER_NUMBER,
            IdScheme.CBP_FILER_CODE
          }) {
        String v = p.getString(key(s), null);
        if (v != null) {
          ids.add(r.typed(v, x -> new PartyIdentifier(s, x), "/" + name + "/" + key(s)));
        }
      }
      ids.removeIf(Objects::isNull);
      JsonObject a = p.getJsonObject("address");
      Address address =
          a == null
              ? null
              : r.build(
                  "/" + name + "/address",
                  () ->
                      new Address(
                          a.getString("street", null),
                          a.getString("city", null),
                          a.getString("stateProvince", null),
                          a.getString("postalCode", null),
                          a.getString("country", null)));
      parties.add(new Party(role, p.getString("name", null), address, ids));
    }

    private static GoodsItem commodity(JsonObject g, String path, Reading r) {
      String criterion = g.getString("usmcaOriginCriterion", null);
      OriginCriterion oc =
          criterion == null
              ? null
              : r.build(path + "/usmcaOriginCriterion", () -> OriginCriterion.valueOf(criterion));
      return r.build(
          path,
          () ->
              new GoodsItem(
                  g.getInt("lineNumber"),
                  g.getString("description", null),
                  r.typed(g.getString("hts6", null), Hs6::new, path + "/hts6"),
                  r.typed(g.getString("htsus10", null), Htsus10::new, path + "/htsus10"),
                  null,
                  decimal(g, "quantity"),
                  g.getString("quantityUnit", null),
                  decimal(g, "grossWeightKg"),
                  null,
                  decimal(g, "value"),
                  g.getString("currency", null),
                  g.getString("countryOfOrigin", null),
                  oc,
                  null));
    }

    private static Conveyance conveyance(JsonObject o, Reading r) {
      JsonObject t = o.getJsonObject("truck");
      List<TransportEquipment> equipment = new ArrayList<>();
      JsonArray eq = o.getJsonArray("equipment");
      for (int i = 0; eq != null && i < eq.size(); i++) {
        JsonObject e = eq.getJsonObject(i);
        List<String> seals = new ArrayList<>();
        JsonArray sa = e.getJsonArray("sealNumbers");
        for (int j = 0; sa != null && j < sa.size(); j++) {
          seals.add(sa.getString(j));
        }
        String path = "/equipment/" + i;
        equipment.add(
            r.build(
                path,
                () ->
                    new TransportEquipment(
                        EquipmentType.valueOf(e.getString("type")),
                        e.getString("equipmentNumber", null),
                        plate(e.getJsonObject("licensePlate")),
                        e.getString("satTrailerSubtype", null),
                        seals)));
      }
      equipment.removeIf(Objects::isNull);
      if (t == null) {
        return new Conveyance(null, null, null, null, null, null, equipment);
      }
      Vin vin = r.typed(t.getString("vin", null), Vin::new, "/truck/vin");
      Plate plate = r.build("/truck/licensePlate", () -> plate(t.getJsonObject("licensePlate")));
      Integer year = t.containsKey("modelYear") ? t.getInt("modelYear") : null;
      return new Conveyance(vin, plate, year, null, null, null, equipment);
    }

    private static CrewMember driver(JsonObject d, String path, Reading r) {
      LocalDate dob =
          r.typed(d.getString("dateOfBirth", null), LocalDate::parse, path + "/dateOfBirth");
      FastId fast = r.typed(d.getString("fastId", null), FastId::new, path + "/fastId");
      return r.build(
          path,
          () ->
              new CrewMember(
                  d.getString("name", null),
                  dob,
                  d.getString("citizenship", null),
                  fast,
                  null,
                  null,
                  null));
    }

    private static Plate plate(JsonObject p) {
      return p == null
          ? null
          : new Plate(
              p.getString("number", null),
              p.getString("stateProvince", null),
              p.getString("country", null));
    }

    private static BigDecimal decimal(JsonObject o, String name) {
      JsonValue v = o.get(name);
      return v instanceof JsonNumber n ? n.bigDecimalValue() : null;
    }
  }
}
