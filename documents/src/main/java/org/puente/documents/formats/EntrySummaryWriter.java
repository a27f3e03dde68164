package org.puente.documents.formats;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.puente.documents.DocumentException;
import org.puente.documents.ValidationError;
import org.puente.documents.ids.CbpEntryNumber;
import org.puente.documents.ids.IdScheme;
import org.puente.documents.ids.ManufacturerId;
import org.puente.documents.model.Address;
import org.puente.documents.model.Consignment;
import org.puente.documents.model.EntryFee;
import org.puente.documents.model.EquipmentType;
import org.puente.documents.model.GoodsItem;
import org.puente.documents.model.Party;
import org.puente.documents.model.PartyRole;
import org.puente.documents.model.UsEntry;
import org.puente.documents.model.UsEntryLine;

/** The consignment as CBP Form 7501 sees it; MISSING_FIELDS lists what CBP would still need. */
final class EntrySummaryWriter {
  static final String AUTHORITY = "CBP entry summary (CBP Form 7501)";

  private static final UsEntry NO_ENTRY =
      new UsEntry(
          null, null, null, null, null, null, null, null, null, null, null, null, null, null, null,
          null, null, null, null, null, null);

  private final Consignment c;
  private final Needs needs = new Needs(AUTHORITY);

  private EntrySummaryWriter(Consignment c) {
    this.c = c;
  }

  static EntrySummary write(Consignment c) throws DocumentException {
    EntrySummary s = new EntrySummaryWriter(c).summary();
    List<ValidationError> errors = EntrySummaryRules.check(s);
    if (!errors.isEmpty()) {
      throw new DocumentException(
          DocumentException.Code.INVALID_DOCUMENT,
          "the entry summary breaks " + errors.size() + " rule(s)",
          errors);
    }
    return s;
  }

  private EntrySummary summary() throws DocumentException {
    UsEntry u = needs.need(c.usEntry(), "/usEntry") == null ? NO_ENTRY : c.usEntry();
    CbpEntryNumber entryNumber =
        needs.need(
            c.references().usEntryNumbers().stream().findFirst().orElse(null),
            "/references/usEntryNumbers/0");
    Party importer = needs.need(c.party(PartyRole.IMPORTER).orElse(null), "/parties/IMPORTER");
    EntrySummary.Named ior = importer == null ? null : named(importer, "IMPORTER");
    String importerNumber = importer == null ? null : number(importer, "IMPORTER");
    List<EntrySummary.Line> lines = lines(u);
    EntrySummary s =
        new EntrySummary(
            entryNumber,
            entry(u.entryType(), "/usEntry/entryType"),
            entry(u.summaryDate(), "/usEntry/summaryDate"),
            "0".equals(u.bondType())
                ? u.suretyCode()
                : entry(u.suretyCode(), "/usEntry/suretyCode"),
            entry(u.bondType(), "/usEntry/bondType"),
            needs.need(c.movement() == null ? null : c.movement().usPort(), "/movement/usPort"),
            entry(u.entryDate(), "/usEntry/entryDate"),
            carrier(),
            modeOfTransport(u),
            countryOfOrigin(lines),
            importDate(u),
            needs.need(c.references().shipmentControlNumber(), "/references/shipmentControlNumber"),
            manufacturerId(u),
            entry(u.exportingCountry(), "/usEntry/exportingCountry"),
            entry(u.exportDate(), "/usEntry/exportDate"),
            u.inBondNumber(),
            u.inBondDate(),
            u.missingDocuments(),
            u.foreignPortOfLading(),
            u.portOfUnlading(),
            u.locationOfGoods(),
            c.party(PartyRole.ULTIMATE_CONSIGNEE)
                .map(p -> number(p, "ULTIMATE_CONSIGNEE"))
                .orElse(null),
            importerNumber,
            u.referenceNumber(),
            c.party(PartyRole.ULTIMATE_CONSIGNEE)
                .map(p -> named(p, "ULTIMATE_CONSIGNEE"))
                .orElse(null),
            ior,
            lines,
            totals(lines, u.fees()),
            entry(u.declaration(), "/usEntry/declaration"),
            c.party(PartyRole.US_BROKER).map(b -> filer(b, entryNumber, u)).orElse(null));
    needs.check();
    return s;
  }

  /** A field of the US entry data: needed only when the consignment has US entry data at all. */
  private <T> T entry(T value, String path) {
    return c.usEntry() == null ? value : needs.need(value, path);
  }

  private EntrySummary.Named named(Party p, String role) {
    String path = "/parties/" + role;
    return new EntrySummary.Named(
        needs.need(p.name(), path + "/name"), needs.need(p.address(), path + "/address"));
  }

  private String number(Party p, String role) {
    return needs.need(
        p.identifier(IdScheme.EIN)
            .or(() -> p.identifier(IdScheme.CBP_IMPORTER_NUMBER))
            .orElse(null),
        "/parties/" + role + "/identifiers/EIN");
  }

  private EntrySummary.Carrier carrier() {
    Party p = needs.need(c.party(PartyRole.CARRIER).orElse(null), "/parties/CARRIER");
    if (p == null) {
      return null;
    }
    return new EntrySummary.Carrier(
        needs.need(p.identifier(IdScheme.SCAC).orElse(null), "/parties/CARRIER/identifiers/SCAC"),
        p.name());
  }

  private static EntrySummary.Filer filer(Party broker, CbpEntryNumber entry, UsEntry u) {
    String code =
        broker.identifier(IdScheme.CBP_FILER_CODE).orElse(entry == null ? null : entry.filerCode());
    return new EntrySummary.Filer(broker.name(), broker.address(), code, u.filerFileNumber());
  }

  // Block 9: CBP mode of transportation codes 30 (truck) and 31 (truck, containerized).
  private String modeOfTransport(UsEntry u) {
    if (u.modeOfTransport() != null || c.conveyance() == null) {
      return entry(u.modeOfTransport(), "/usEntry/modeOfTransport");
    }
    boolean container =
        c.conveyance().equipment().stream().anyMatch(e -> e.type() == EquipmentType.CONTAINER);
    return container ? "31" : "30";
  }

  private LocalDate importDate(UsEntry u) {
    if (u.importDate() != null || c.movement() == null || c.movement().arrival() == null) {
      return entry(u.importDate(), "/usEntry/importDate");
    }
    return c.movement().arrival().toLocalDate();
  }

  private ManufacturerId manufacturerId(UsEntry u) {
    if (u.manufacturerId() != null) {
      return u.manufacturerId();
    }
    Party producer = c.party(PartyRole.PRODUCER).orElse(null);
    Address a = producer == null ? null : producer.address();
    if (a == null) {
      return entry(null, "/usEntry/manufacturerId");
    }
    try {
      return ManufacturerId.construct(
          producer.name(), a.street(), a.city(), a.state(), a.country());
    } catch (IllegalArgumentException e) {
      return needs.need(null, "/parties/PRODUCER/address");
    }
  }

  private List<EntrySummary.Line> lines(UsEntry u) {
    List<EntrySummary.Line> lines = new ArrayList<>();
    if (c.goodsItems().isEmpty()) {
      needs.need(null, "/goodsItems");
    }
    for (int i = 0; i < c.goodsItems().size(); i++) {
      GoodsItem g = c.goodsItems().get(i);
      UsEntryLine l = u.line(g.sequence()).orElse(null);
      lines.add(line(g, entry(l, "/usEntry/lines/" + i), "/goodsItems/" + i, i));
    }
    return lines;
  }

  private EntrySummary.Line line(GoodsItem g, UsEntryLine l, String p, int i) {
    String q = "/usEntry/lines/" + i;
    boolean has = l != null;
    return new EntrySummary.Line(
        g.sequence(),
        needs.need(g.description(), p + "/description"),
        has ? l.spi() : null,
        needs.need(g.htsus(), p + "/htsus"),
        has ? l.adCvdCases() : List.of(),
        needs.need(g.originCountry(), p + "/originCountry"),
        g.originCriterion(),
        needs.need(g.grossKg(), p + "/grossKg"),
        needs.need(g.quantity(), p + "/quantity"),
        needs.need(g.unitCode(), p + "/unitCode"),
        has ? entry(l.netQuantity(), q + "/netQuantity") : null,
        has ? entry(l.netQuantityUnit(), q + "/netQuantityUnit") : null,
        has ? entry(l.enteredValue(), q + "/enteredValue") : null,
        has ? l.charges() : null,
        has ? entry(l.relationship(), q + "/relationship") : null,
        has ? entry(l.htsusRate(), q + "/htsusRate") : null,
        has ? l.adCvdRate() : null,
        has ? l.ircRate() : null,
        has ? l.visaNumber() : null,
        has ? entry(l.duty(), q + "/duty") : null,
        has ? l.irTax() : null);
  }

  /** Block 10: the one country of origin of all lines, or {@code MULTI}. */
  static String countryOfOrigin(List<EntrySummary.Line> lines) {
    List<String> countries =
        lines.stream()
            .map(EntrySummary.Line::countryOfOrigin)
            .filter(Objects::nonNull)
            .distinct()
            .toList();
    return countries.isEmpty() ? null : countries.size() == 1 ? countries.get(0) : "MULTI";
  }

  private static EntrySummary.Totals totals(List<EntrySummary.Line> lines, List<EntryFee> fees) {
    BigDecimal value = sum(lines.stream().map(EntrySummary.Line::enteredValue).toList(), 0);
    BigDecimal duty = sum(lines.stream().map(EntrySummary.Line::duty).toList(), 2);
    BigDecimal tax = sum(lines.stream().map(EntrySummary.Line::irTax).toList(), 2);
    BigDecimal other = sum(fees.stream().map(EntryFee::amount).toList(), 2);
    return new EntrySummary.Totals(value, fees, duty, tax, other, duty.add(tax).add(other));
  }

  private static BigDecimal sum(List<BigDecimal> values, int scale) {
    return values.stream()
        .filter(Objects::nonNull)
        .reduce(BigDecimal.ZERO, BigDecimal::add)
        .setScale(scale);
  }
}
