package org.puente.documents.formats;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;
import org.puente.documents.DocumentException;
import org.puente.documents.model.Consignment;

/**
 * The ACE truck e-Manifest trip as an ANSI X12 309 Customs Manifest interchange: one ISA/GS/ST per
 * transmission, functional group {@code AQ}, version 005020 (CBP's truck 309 guideline builds on
 * ASC X12 5020 and allows one interchange, one group and one 309 per message; customs-formats.md
 * §2.3). The data are the e-Manifest's ({@link EManifestJson}), so a consignment lacking what CBP
 * needs fails with the same MISSING_FIELDS.
 *
 * <p>Segments, in order: {@code ISA GS ST}; heading {@code M10} (SCAC, transportation method J
 * motor, conveyance country, trip number, number of bills), {@code VEH} (tractor VIN and model
 * year), {@code N9*LV} (tractor plate, region and country), per driver {@code NM1*DR} (name),
 * {@code DMG*D8} (date of birth, citizenship) and {@code REF*FS} (FAST ID); {@code P4} (US port of
 * arrival, arrival date, number of bills, arrival time); per shipment {@code LX}, {@code M11} (SCN
 * as bill of lading, shipment type), {@code N9*EN} per US entry number, {@code N1/N3/N4} shipper
 * ({@code SH}) and consignee ({@code CN}), {@code VID} per trailer or container (type {@code
 * TL}/{@code CN}, number, seals), {@code N10} per commodity (quantity, description, HTS-6, unit,
 * gross kg, origin); then {@code SE GE IEA} with their counts and control numbers.
 *
 * <p><b>Warning:</b> CBP's element-level truck 309 guideline (qualifier codes, element positions
 * inside M10, M11, VID, N10) was not in the reference material; the envelope and counts follow X12
 * exactly, the segment content follows the X12 309 segment definitions as Puente maps them. Check
 * against CBP's current ACE truck 309 chapter before transmitting to CBP.
 */
public final class X12Manifest309 {
  /** Element separator (ISA position 4). */
  public static final char ELEMENT = '*';

  /** Component separator (ISA16). */
  public static final char COMPONENT = '>';

  /** Repetition separator (ISA11, versions 00402 and later). */
  public static final char REPETITION = '^';

  /** Segment terminator; each segment is also followed by a line feed for reading. */
  public static final char SEGMENT = '~';

  private static final DateTimeFormatter YYMMDD =
      DateTimeFormatter.ofPattern("yyMMdd", Locale.ROOT);
  private static final DateTimeFormatter CCYYMMDD =
      DateTimeFormatter.ofPattern("yyyyMMdd", Locale.ROOT);
  private static final DateTimeFormatter HHMM = DateTimeFormatter.ofPattern("HHmm", Locale.ROOT);

  /**
   * The interchange envelope.
   *
   * @param senderId ISA06 / GS02, up to 15 characters (the carrier's SCAC or EDI id)
   * @param receiverId ISA08 / GS03, up to 15 characters (CBP's id for the channel)
   * @param controlNumber ISA13 / IEA02 and GS06 / GE02, 1 to 999999999, unique per sender
   * @param created ISA09-10 / GS04-05, when the interchange is made
   * @param test ISA15: {@code T} test, otherwise {@code P} production
   */
  public record Envelope(
      String senderId,
      String receiverId,
      long controlNumber,
      OffsetDateTime created,
      boolean test) {
    public Envelope {
      requireId(senderId, "senderId");
      requireId(receiverId, "receiverId");
      if (controlNumber < 1 || controlNumber > 999_999_999L) {
        throw new IllegalArgumentException(
            "an X12 control number has 1 to 9 digits, found " + controlNumber);
      }
      Objects.requireNonNull(created, "created");
    }

    private static void requireId(String id, String name) {
      if (id == null || !id.matches("[A-Z0-9]{1,15}")) {
        throw new IllegalArgumentException(name + " must be 1 to 15 capitals or digits: " + id);
      }
    }
  }

  private static final Pattern MARKS = Pattern.compile("\\p{M}");
  private static final Pattern NOT_X12 = Pattern.compile("[^\\x20-\\x7E]|[*~>^]");

  private final List<List<String>> segments = new ArrayList<>();

  private X12Manifest309() {}

  /** The consignment's e-Manifest trip as an X12 309 interchange (US-ASCII). */
  public static byte[] write(Consignment c, Envelope envelope) throws DocumentException {
    X12Manifest309 w = new X12Manifest309();
    w.transaction(EManifestJson.toJson(c));
    return w.interchange(envelope).getBytes(StandardCharsets.US_ASCII);
  }

  private String interchange(Envelope e) {
    String control = String.format(Locale.ROOT, "%09d", e.controlNumber());
    StringBuilder out = new StringBuilder();
    // X12.5 interchange control header: fixed-width elements, 106 characters with its terminator.
    line(
        out,
        List.of(
            "ISA",
            "00",
            pad("", 10),
            "00",
            pad("", 10),
            "ZZ",
            pad(e.senderId(), 15),
            "ZZ",
            pad(e.receiverId(), 15),
            e.created().format(YYMMDD),
            e.created().format(HHMM),
            String.valueOf(REPETITION),
            "00502",
            control,
            "0",
            e.test() ? "T" : "P",
            String.valueOf(COMPONENT)));
    String group = String.valueOf(e.controlNumber());
    line(
        out,
        List.of(
            "GS",
            "AQ",
            e.senderId(),
            e.receiverId(),
            e.created().format(CCYYMMDD),
            e.created().format(HHMM),
            group,
            "X",
            "005020"));
    segments.forEach(s -> line(out, s));
    line(out, List.of("GE", "1", group));
    line(out, List.of("IEA", "1", control));
    return out.toString();
  }

  private static void line(StringBuilder out, List<String> elements) {
    out.append(String.join(String.valueOf(ELEMENT), elements)).append(SEGMENT).append('\n');
  }

  private void transaction(JsonObject trip) {
    add("ST", "309", "0001");
    JsonObject truck = trip.getJsonObject("truck");
    JsonObject plate = truck.getJsonObject("licensePlate");
    JsonArray shipments = trip.getJsonArray("shipments");
    add(
        "M10",
        trip.getJsonObject("carrier").getString("scac"),
        "J",
        plate.getString("country", ""),
        "",
        "",
        trip.getString("tripNumber"),
        String.valueOf(shipments.size()));
    add("VEH", "1", truck.getString("vin"), number(truck, "modelYear"));
    add("N9", "LV", plate.getString("number"), region(plate));
    for (JsonValue d : trip.getJsonArray("drivers")) {
      driver(d.asJsonObject());
    }
    OffsetDateTime eta = OffsetDateTime.parse(trip.getString("estimatedArrival"));
    add(
        "P4",
        trip.getString("usPortOfArrival"),
        eta.format(CCYYMMDD),
        String.valueOf(shipments.size()),
        eta.format(HHMM));
    for (int i = 0; i < shipments.size(); i++) {
      shipment(shipments.getJsonObject(i), i + 1, trip.getJsonArray("equipment"));
    }
    add("SE", String.valueOf(segments.size() + 1), "0001");
  }

  private void driver(JsonObject d) {
    add("NM1", "DR", "1", d.getString("name"));
    add(
        "DMG",
        "D8",
        d.getString("dateOfBirth").replace("-", ""),
        "",
        "",
        "",
        d.getString("citizenship"));
    if (d.containsKey("fastId")) {
      add("REF", "FS", d.getString("fastId"));
    }
  }

  private void shipment(JsonObject s, int line, JsonArray equipment) {
    add("LX", String.valueOf(line));
    add("M11", s.getString("shipmentControlNumber"), s.getString("shipmentType"));
    for (JsonValue e : s.getJsonArray("usEntryNumbers")) {
      add("N9", "EN", ((jakarta.json.JsonString) e).getString());
    }
    party("SH", s.getJsonObject("shipper"));
    party("CN", s.getJsonObject("consignee"));
    for (JsonValue v : equipment) {
      JsonObject e = v.asJsonObject();
      List<String> vid = new ArrayList<>();
      vid.add("VID");
      vid.add(e.getString("type").equals("CONTAINER") ? "CN" : "TL");
      vid.add(
          e.getString(
              "equipmentNumber",
              e.containsKey("licensePlate")
                  ? e.getJsonObject("licensePlate").getString("number")
                  : ""));
      e.getJsonArray("sealNumbers")
          .forEach(x -> vid.add(((jakarta.json.JsonString) x).getString()));
      addAll(vid);
    }
    for (JsonValue v : s.getJsonArray("commodities")) {
      JsonObject g = v.asJsonObject();
      add(
          "N10",
          g.getJsonNumber("quantity").bigDecimalValue().stripTrailingZeros().toPlainString(),
          g.getString("description"),
          g.getString("hts6"),
          g.getString("quantityUnit"),
          g.getJsonNumber("grossWeightKg").bigDecimalValue().stripTrailingZeros().toPlainString(),
          "K",
          g.getString("countryOfOrigin", ""));
    }
  }

  private void party(String code, JsonObject p) {
    add("N1", code, p.getString("name", ""));
    JsonObject a = p.getJsonObject("address");
    if (a != null) {
      add("N3", a.getString("street", ""));
      add(
          "N4",
          a.getString("city", ""),
          a.getString("stateProvince", ""),
          a.getString("postalCode", ""),
          a.getString("country"));
    }
  }

  private static String number(JsonObject o, String name) {
    return o.containsKey(name) ? o.get(name).toString() : "";
  }

  private static String region(JsonObject plate) {
    return (plate.getString("stateProvince", "") + " " + plate.getString("country", "")).strip();
  }

  private void add(String id, String... elements) {
    List<String> s = new ArrayList<>();
    s.add(id);
    s.addAll(List.of(elements));
    addAll(s);
  }

  // Trailing empty elements are dropped (X12.6); values are folded to X12's character set.
  private void addAll(List<String> elements) {
    List<String> s = new ArrayList<>();
    elements.forEach(e -> s.add(clean(e)));
    while (s.size() > 1 && s.get(s.size() - 1).isEmpty()) {
      s.remove(s.size() - 1);
    }
    segments.add(s);
  }

  /** Upper case ASCII without the four separators. */
  static String clean(String value) {
    String marks = MARKS.matcher(Normalizer.normalize(value, Normalizer.Form.NFD)).replaceAll("");
    return NOT_X12.matcher(marks).replaceAll(" ").toUpperCase(Locale.ROOT).strip();
  }

  private static String pad(String value, int width) {
    return String.format(Locale.ROOT, "%-" + width + "s", value);
  }
}
