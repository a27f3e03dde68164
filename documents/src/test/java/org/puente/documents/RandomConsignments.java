package org.puente.documents;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.puente.documents.ids.AduanaSeccion;
import org.puente.documents.ids.CbpEntryNumber;
import org.puente.documents.ids.CbpPortCode;
import org.puente.documents.ids.CfdiUuid;
import org.puente.documents.ids.DodaIntegrationNumber;
import org.puente.documents.ids.FastId;
import org.puente.documents.ids.Hs6;
import org.puente.documents.ids.Htsus10;
import org.puente.documents.ids.IdCcp;
import org.puente.documents.ids.IdScheme;
import org.puente.documents.ids.ManufacturerId;
import org.puente.documents.ids.PartyIdentifier;
import org.puente.documents.ids.Pedimento;
import org.puente.documents.ids.Rfc;
import org.puente.documents.ids.ShipmentControlNumber;
import org.puente.documents.ids.TigieCode;
import org.puente.documents.ids.TripNumber;
import org.puente.documents.ids.Vin;
import org.puente.documents.model.Address;
import org.puente.documents.model.Consignment;
import org.puente.documents.model.Conveyance;
import org.puente.documents.model.CrewMember;
import org.puente.documents.model.Declarant;
import org.puente.documents.model.EntryFee;
import org.puente.documents.model.EquipmentType;
import org.puente.documents.model.GoodsItem;
import org.puente.documents.model.Movement;
import org.puente.documents.model.OriginCriterion;
import org.puente.documents.model.Party;
import org.puente.documents.model.PartyRole;
import org.puente.documents.model.Plate;
import org.puente.documents.model.References;
import org.puente.documents.model.SctPermit;
import org.puente.documents.model.TransportEquipment;
import org.puente.documents.model.UsEntry;
import org.puente.documents.model.UsEntryLine;

/**
 * Random valid consignments holding every field the three national formats carry between them, from
 * a seed (so a failing case is reproducible from its seed).
 */
public final class RandomConsignments {
  private static final String UPPER = "ABCDEFGHJKLMNPRSTUVWXYZ";
  private static final String ALNUM = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789";
  private static final String[] ADUANAS = {"240", "800", "400", "230", "070", "300"};
  private static final String[] PORTS = {"2304", "2305", "2402", "2401", "2506", "2604"};

  private final Random random;

  private RandomConsignments(long seed) {
    this.random = new Random(seed);
  }

  /** A random valid consignment. */
  public static Consignment generate(long seed) {
    return new RandomConsignments(seed).consignment();
  }

  private Consignment consignment() {
    AduanaSeccion aduana = new AduanaSeccion(pick(ADUANAS));
    String scac = letters(4);
    int year = 2020 + random.nextInt(7);
    List<Pedimento> pedimentos = new ArrayList<>();
    String patente = digits(4);
    for (int i = 0, n = 1 + random.nextInt(3); i < n; i++) {
      pedimentos.add(
          new Pedimento(
              String.format(
                  Locale.ROOT,
                  "%02d%s%s%d%s",
                  year % 100,
                  aduana.aduana(),
                  patente,
                  year % 10,
                  digits(6))));
    }
    List<CbpEntryNumber> entries = new ArrayList<>();
    for (int i = 0, n = random.nextInt(3); i < n; i++) {
      String body = alnum(3) + digits(7);
      entries.add(new CbpEntryNumber(body + CbpEntryNumber.checkDigit(body)));
    }
    References refs =
        new References(
            new TripNumber(scac + alnum(4 + random.nextInt(10))),
            new ShipmentControlNumber(scac + alnum(1 + random.nextInt(12))),
            entries,
            pedimentos,
            new DodaIntegrationNumber(digits(9)),
            new CfdiUuid(uuid()),
            new IdCcp("CCC" + uuid().substring(3)));
    List<GoodsItem> goods = new ArrayList<>();
    for (int i = 1, n = 1 + random.nextInt(4); i <= n; i++) {
      goods.add(goodsItem(i));
    }
    List<CrewMember> crew = new ArrayList<>();
    for (int i = 0, n = 1 + random.nextInt(2); i < n; i++) {
      crew.add(
          new CrewMember(
              name() + " " + i,
              LocalDate.of(
                  1950 + random.nextInt(50), 1 + random.nextInt(12), 1 + random.nextInt(28)),
              random.nextBoolean() ? "MX" : "US",
              i == 0 ? new FastId(digits(9)) : null,
              i == 0 ? "GEIA" + digits(8) : null,
              alnum(6 + random.nextInt(10)),
              i == 0 ? rfc(4) : null));
    }
    LocalDateTime departure =
        LocalDateTime.of(
            year,
            1 + random.nextInt(12),
            1 + random.nextInt(28),
            random.nextInt(24),
            random.nextInt(60),
            random.nextInt(60));
    Movement movement =
        new Movement(
            new CbpPortCode(pick(PORTS)),
            aduana,
            departure,
            OffsetDateTime.of(
                departure.plusHours(2 + random.nextInt(20)),
                ZoneOffset.ofHours(-6 - random.nextInt(2))),
            name() + ", MX");
    return new Consignment(refs, parties(scac, patente), goods, conveyance(), crew, movement);
  }

  /**
   * A random valid consignment with CBP Form 7501 data, every derivable block stated explicitly
   * (import date, mode of transport, MID) so that the entry summary's read-back is a part of it.
   */
  public static Consignment generateEntered(long seed) {
    RandomConsignments r = new RandomConsignments(seed);
    Consignment c = r.consignment();
    String filer =
        c.party(PartyRole.US_BROKER)
            .orElseThrow()
            .identifier(IdScheme.CBP_FILER_CODE)
            .orElseThrow();
    String body = filer + r.digits(7);
    References refs = c.references();
    References entered =
        new References(
            refs.tripNumber(),
            refs.shipmentControlNumber(),
            List.of(new CbpEntryNumber(body + CbpEntryNumber.checkDigit(body))),
            refs.pedimentos(),
            refs.dodaIntegrationNumber(),
            refs.cartaPorteUuid(),
            refs.idCcp());
    return new Consignment(
            entered, c.parties(), c.goodsItems(), c.conveyance(), c.crew(), c.movement())
        .withUsEntry(r.usEntry(c));
  }

  private UsEntry usEntry(Consignment c) {
    LocalDate imported = c.movement().arrival().toLocalDate();
    List<UsEntryLine> lines = new ArrayList<>();
    for (GoodsItem g : c.goodsItems()) {
      lines.add(usEntryLine(g));
    }
    boolean container =
        c.conveyance().equipment().stream().anyMatch(e -> e.type() == EquipmentType.CONTAINER);
    return new UsEntry(
        pick(new String[] {"01", "03", "11"}),
        imported.plusDays(1 + random.nextInt(10)),
        digits(3),
        pick(new String[] {"8", "9"}),
        imported.plusDays(random.nextInt(2)),
        imported,
        container ? "31" : "30",
        new ManufacturerId(
            "MX" + letters(1 + random.nextInt(6)) + digits(random.nextInt(5)) + letters(3)),
        "MX",
        imported.minusDays(random.nextInt(2)),
        null,
        null,
        random.nextBoolean() ? List.of("01") : List.of(),
        null,
        null,
        random.nextBoolean() ? alnum(4) : null,
        null,
        random.nextBoolean() ? "F-" + digits(6) : null,
        lines,
        List.of(new EntryFee("499", BigDecimal.valueOf(3271 + random.nextInt(60_000), 2))),
        new Declarant(name(), "Customs broker", Declarant.Capacity.AGENT, imported.plusDays(10)));
  }

  private UsEntryLine usEntryLine(GoodsItem g) {
    BigDecimal value = BigDecimal.valueOf(random.nextInt(1_000_000));
    boolean usmca = g.originCriterion() != null && random.nextBoolean();
    BigDecimal duty =
        usmca
            ? BigDecimal.ZERO
            : value.multiply(new BigDecimal("0.025")).setScale(2, RoundingMode.HALF_UP);
    return new UsEntryLine(
        g.sequence(),
        random.nextBoolean() ? List.of("A-201-" + digits(3)) : List.of(),
        g.netKg(),
        "KG",
        value,
        BigDecimal.valueOf(random.nextInt(2000)),
        random.nextBoolean() ? "Y" : "N",
        usmca ? "Free" : "2.5%",
        null,
        null,
        null,
        duty,
        random.nextBoolean() ? BigDecimal.valueOf(random.nextInt(10_000), 2) : null,
        usmca ? pick(new String[] {"S", "S+"}) : null);
  }

  private List<Party> parties(String scac, String patente) {
    return List.of(
        new Party(
            PartyRole.EXPORTER,
            name(),
            address("MX"),
            List.of(new PartyIdentifier(IdScheme.RFC, rfc(3).value()))),
        new Party(
            PartyRole.IMPORTER,
            name(),
            address("US"),
            List.of(new PartyIdentifier(IdScheme.EIN, digits(2) + "-" + digits(7)))),
        new Party(
            PartyRole.CARRIER,
            name(),
            address(random.nextBoolean() ? "MX" : "US"),
            List.of(
                new PartyIdentifier(IdScheme.SCAC, scac),
                new PartyIdentifier(IdScheme.USDOT, digits(7)),
                new PartyIdentifier(IdScheme.CAAT, alnum(8)))),
        new Party(
            PartyRole.US_BROKER,
            name(),
            address("US"),
            List.of(new PartyIdentifier(IdScheme.CBP_FILER_CODE, alnum(3)))),
        new Party(
            PartyRole.MX_BROKER,
            null,
            null,
            List.of(
                new PartyIdentifier(IdScheme.RFC, rfc(3).value()),
                new PartyIdentifier(IdScheme.PATENTE, patente))));
  }

  private GoodsItem goodsItem(int sequence) {
    String hs =
        String.format(Locale.ROOT, "%02d%04d", 1 + random.nextInt(97), random.nextInt(10000));
    BigDecimal net = BigDecimal.valueOf(1 + random.nextInt(30_000_000), 3);
    BigDecimal gross = net.add(BigDecimal.valueOf(1 + random.nextInt(500_000), 3));
    return new GoodsItem(
        sequence,
        name() + " goods",
        new Hs6(hs),
        new Htsus10(hs + digits(4)),
        new TigieCode(hs + digits(2), digits(2)),
        BigDecimal.valueOf(1 + random.nextInt(1000)),
        pick(new String[] {"KGM", "XCL", "H87", "XPK"}),
        gross,
        net,
        BigDecimal.valueOf(random.nextInt(100_000_000), 2),
        pick(new String[] {"USD", "MXN"}),
        pick(new String[] {"MX", "US", "CA"}),
        pick(OriginCriterion.values()),
        "30102" + digits(3));
  }

  private Conveyance conveyance() {
    String body = vinBody();
    String vin = body.substring(0, 8) + Vin.checkDigit(body) + body.substring(9);
    List<TransportEquipment> equipment = new ArrayList<>();
    for (int i = 0, n = 1 + random.nextInt(2); i < n; i++) {
      equipment.add(
          new TransportEquipment(
              EquipmentType.TRAILER,
              "TR" + alnum(5),
              new Plate(alnum(6), "TAM", "MX"),
              "CTR0" + String.format(Locale.ROOT, "%02d", 1 + random.nextInt(30)),
              List.of(alnum(10))));
    }
    if (random.nextBoolean()) {
      equipment.add(
          new TransportEquipment(
              EquipmentType.CONTAINER,
              letters(4) + digits(7),
              null,
              null,
              List.of(alnum(8), alnum(9))));
    }
    return new Conveyance(
        new Vin(vin),
        new Plate(alnum(5 + random.nextInt(3)), "NL", "MX"),
        1990 + random.nextInt(37),
        pick(new String[] {"T3S2", "T3S3", "C2", "C3"}),
        BigDecimal.valueOf(100 + random.nextInt(9000), 2),
        new SctPermit("TPAF01", alnum(12), name() + " Seguros", "P-" + digits(7)),
        equipment);
  }

  private String vinBody() {
    String chars = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789";
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < 17; i++) {
      b.append(chars.charAt(random.nextInt(chars.length())));
    }
    return b.toString();
  }

  private Rfc rfc(int letters) {
    String body =
        letters(letters)
            + String.format(
                Locale.ROOT,
                "%02d%02d%02d",
                random.nextInt(100),
                1 + random.nextInt(12),
                1 + random.nextInt(28))
            + alnum(2);
    return new Rfc(body + Rfc.checkDigit(body + "0"));
  }

  private Address address(String country) {
    return new Address(name() + " " + digits(3), name(), name(), digits(5), country);
  }

  private String name() {
    String[] words = {
      "Acero",
      "Norte",
      "Río",
      "Bravo",
      "Laredo",
      "Monterrey",
      "Peñón",
      "Águila",
      "Steel",
      "Coil",
      "Cruz",
      "San Pedro"
    };
    return pick(words) + " " + pick(words);
  }

  private String uuid() {
    String hex = "0123456789ABCDEF";
    StringBuilder b = new StringBuilder();
    for (int len : new int[] {8, 4, 4, 4, 12}) {
      if (b.length() > 0) {
        b.append('-');
      }
      for (int i = 0; i < len; i++) {
        b.append(hex.charAt(random.nextInt(16)));
      }
    }
    return b.toString();
  }

  private <T> T pick(T[] values) {
    return values[random.nextInt(values.length)];
  }

  private String letters(int n) {
    return from(UPPER, n);
  }

  private String alnum(int n) {
    return from(ALNUM, n);
  }

  private String digits(int n) {
    return from("0123456789", n);
  }

  private String from(String alphabet, int n) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < n; i++) {
      b.append(alphabet.charAt(random.nextInt(alphabet.length())));
    }
    return b.toString();
  }
}
