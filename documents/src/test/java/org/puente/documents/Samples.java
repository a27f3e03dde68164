package org.puente.documents;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.List;
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
 * The example consignment: hot-rolled steel coils from a mill in Monterrey to a service centre in
 * San Antonio, crossing Nuevo Laredo (aduana 240) to Laredo (CBP 2304) over the World Trade Bridge.
 * Every identifier is fictitious but valid (check digits computed).
 */
public final class Samples {
  private Samples() {}

  private static PartyIdentifier id(IdScheme s, String v) {
    return new PartyIdentifier(s, v);
  }

  /** The full consignment, every field the national formats carry. */
  public static Consignment steelCoil() {
    References refs =
        new References(
            new TripNumber("MXCR2611290017"),
            new ShipmentControlNumber("MXCR261129A1"),
            List.of(new CbpEntryNumber("B7600012341")),
            List.of(new Pedimento("26  24  3420  6001234")),
            new DodaIntegrationNumber("152310447"),
            new CfdiUuid("6F1B2C3D-4E5F-4A6B-8C7D-9E0F1A2B3C4D"),
            new IdCcp("CCC3F2A1-9B4C-4D2E-8F10-1A2B3C4D5E6F"));
    List<Party> parties =
        List.of(
            new Party(
                PartyRole.EXPORTER,
                "Aceros del Norte de Nuevo León SA de CV",
                new Address("Av. Churubusco 1500", "Monterrey", "Nuevo León", "64550", "MX"),
                List.of(id(IdScheme.RFC, "ANL050815K22"))),
            new Party(
                PartyRole.IMPORTER,
                "Lone Star Steel Service Center LLC",
                new Address("4200 Industrial Park Dr", "San Antonio", "TX", "78218", "US"),
                List.of(id(IdScheme.EIN, "74-2345678"))),
            new Party(
                PartyRole.CARRIER,
                "Transportes Cruce Rápido SA de CV",
                new Address(
                    "Carretera Nacional km 12", "Nuevo Laredo", "Tamaulipas", "88000", "MX"),
                List.of(
                    id(IdScheme.SCAC, "MXCR"),
                    id(IdScheme.USDOT, "3141592"),
                    id(IdScheme.CAAT, "A7K2M9Q4"))),
            new Party(
                PartyRole.US_BROKER,
                "Rio Bravo Customs Brokers Inc",
                new Address("1 Bridge Plaza", "Laredo", "TX", "78040", "US"),
                List.of(id(IdScheme.CBP_FILER_CODE, "B76"))),
            new Party(
                PartyRole.MX_BROKER,
                null,
                null,
                List.of(id(IdScheme.RFC, "AAD990412PM2"), id(IdScheme.PATENTE, "3420"))));
    List<GoodsItem> goods =
        List.of(
            new GoodsItem(
                1,
                "Hot-rolled non-alloy steel coils, 1250 mm x 3.5 mm, pickled and oiled",
                new Hs6("720838"),
                new Htsus10("7208380015"),
                new TigieCode("72083801", "01"),
                new BigDecimal("3"),
                "XCL",
                new BigDecimal("22450"),
                new BigDecimal("22300"),
                new BigDecimal("18950.00"),
                "USD",
                "MX",
                OriginCriterion.C,
                "30102000"));
    Conveyance truck =
        new Conveyance(
            new Vin("3AKJHHDR6NSMA7310"),
            new Plate("85AK7R", "TAM", "MX"),
            2022,
            "T3S2",
            new BigDecimal("36.00"),
            new SctPermit("TPAF01", "0418TCR21102022", "Seguros Atlas SA", "PA-2281733"),
            List.of(
                new TransportEquipment(
                    EquipmentType.TRAILER,
                    "TCR5531",
                    new Plate("94UN3K", "TAM", "MX"),
                    "CTR004",
                    List.of("MX2611290071"))));
    CrewMember driver =
        new CrewMember(
            "Jesús García Ramírez",
            LocalDate.of(1978, 2, 14),
            "MX",
            new FastId("424117386"),
            "GEIA00871234",
            "TAM0417731",
            new Rfc("GARJ780214HT3"));
    Movement movement =
        new Movement(
            new CbpPortCode("2304"),
            new AduanaSeccion("240"),
            LocalDateTime.of(2026, 11, 29, 6, 30),
            OffsetDateTime.parse("2026-11-29T11:45:00-06:00"),
            "Monterrey, NL, MX");
    return new Consignment(refs, parties, List.of(goods.get(0)), truck, List.of(driver), movement);
  }

  /**
   * The same consignment with its CBP Form 7501 data: a type 01 consumption entry claiming USMCA
   * (SPI "S") for the coils, merchandise processing fee (class 499) at 0.3464 %.
   */
  public static Consignment steelCoilEntered() {
    UsEntryLine line =
        new UsEntryLine(
            1,
            List.of(),
            new BigDecimal("22300"),
            "KG",
            new BigDecimal("18950"),
            new BigDecimal("350"),
            "N",
            "Free",
            null,
            null,
            null,
            new BigDecimal("0"),
            null,
            "S");
    return steelCoil().withUsEntry(usEntry("01", List.of(line)));
  }

  /** The steel coil's CBP Form 7501 data with another entry type and other lines. */
  public static UsEntry usEntry(String entryType, List<UsEntryLine> lines) {
    return new UsEntry(
        entryType,
        LocalDate.of(2026, 12, 4),
        "457",
        "8",
        LocalDate.of(2026, 11, 29),
        LocalDate.of(2026, 11, 29),
        "30",
        new ManufacturerId("MXACEDEL1500MON"),
        "MX",
        LocalDate.of(2026, 11, 29),
        null,
        null,
        List.of(),
        null,
        null,
        "L448",
        null,
        "RB-26-11873",
        lines,
        List.of(new EntryFee("499", new BigDecimal("65.64"))),
        new Declarant(
            "María Elena Salinas",
            "Licensed customs broker",
            Declarant.Capacity.AGENT,
            LocalDate.of(2026, 12, 4)));
  }
}
