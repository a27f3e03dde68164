package org.puente.documents.formats;

import java.util.ArrayList;
import java.util.List;
import org.puente.documents.ids.Hs6;
import org.puente.documents.ids.IdScheme;
import org.puente.documents.ids.PartyIdentifier;
import org.puente.documents.model.Consignment;
import org.puente.documents.model.GoodsItem;
import org.puente.documents.model.Movement;
import org.puente.documents.model.Party;
import org.puente.documents.model.PartyRole;
import org.puente.documents.model.References;
import org.puente.documents.model.UsEntry;
import org.puente.documents.model.UsEntryLine;

/** A CBP Form 7501 back into the (partial) consignment it describes. */
final class EntrySummaryReader {
  private EntrySummaryReader() {}

  static Consignment consignment(EntrySummary s) {
    References refs =
        new References(
            null,
            s.billOfLading(),
            s.entryNumber() == null ? List.of() : List.of(s.entryNumber()),
            List.of(),
            null,
            null,
            null);
    List<GoodsItem> goods = new ArrayList<>();
    List<UsEntryLine> lines = new ArrayList<>();
    for (EntrySummary.Line l : s.lines()) {
      goods.add(goods(l));
      lines.add(line(l));
    }
    return new Consignment(
        refs,
        parties(s),
        goods,
        null,
        List.of(),
        new Movement(s.portCode(), null, null, null, null),
        usEntry(s, lines));
  }

  private static List<Party> parties(EntrySummary s) {
    List<Party> parties = new ArrayList<>();
    if (s.importerOfRecord() != null) {
      parties.add(named(PartyRole.IMPORTER, s.importerOfRecord(), s.importerNumber()));
    }
    if (s.ultimateConsignee() != null) {
      parties.add(named(PartyRole.ULTIMATE_CONSIGNEE, s.ultimateConsignee(), s.consigneeNumber()));
    }
    if (s.importingCarrier() != null) {
      EntrySummary.Carrier c = s.importingCarrier();
      parties.add(
          new Party(
              PartyRole.CARRIER,
              c.name(),
              null,
              c.scac() == null
                  ? List.of()
                  : List.of(new PartyIdentifier(IdScheme.SCAC, c.scac()))));
    }
    if (s.filer() != null) {
      EntrySummary.Filer f = s.filer();
      parties.add(
          new Party(
              PartyRole.US_BROKER,
              f.name(),
              f.address(),
              f.filerCode() == null
                  ? List.of()
                  : List.of(new PartyIdentifier(IdScheme.CBP_FILER_CODE, f.filerCode()))));
    }
    return parties;
  }

  private static Party named(PartyRole role, EntrySummary.Named n, String number) {
    List<PartyIdentifier> ids = new ArrayList<>();
    if (number != null) {
      IdScheme scheme =
          number.matches("[0-9]{6}-[0-9]{5}") ? IdScheme.CBP_IMPORTER_NUMBER : IdScheme.EIN;
      ids.add(new PartyIdentifier(scheme, number));
    }
    return new Party(role, n.name(), n.address(), ids);
  }

  private static GoodsItem goods(EntrySummary.Line l) {
    return new GoodsItem(
        l.lineNumber(),
        l.description(),
        l.htsus() == null ? null : new Hs6(l.htsus().hs6()),
        l.htsus(),
        null,
        l.manifestQuantity(),
        l.manifestUnit(),
        l.grossWeightKg(),
        null,
        null,
        null,
        l.countryOfOrigin(),
        l.usmcaOriginCriterion(),
        null);
  }

  private static UsEntryLine line(EntrySummary.Line l) {
    return new UsEntryLine(
        l.lineNumber(),
        l.adCvdCases(),
        l.netQuantity(),
        l.netQuantityUnit(),
        l.enteredValue(),
        l.charges(),
        l.relationship(),
        l.htsusRate(),
        l.adCvdRate(),
        l.ircRate(),
        l.visaNumber(),
        l.duty(),
        l.irTax(),
        l.spi());
  }

  private static UsEntry usEntry(EntrySummary s, List<UsEntryLine> lines) {
    return new UsEntry(
        s.entryType(),
        s.summaryDate(),
        s.suretyCode(),
        s.bondType(),
        s.entryDate(),
        s.importDate(),
        s.modeOfTransport(),
        s.manufacturerId(),
        s.exportingCountry(),
        s.exportDate(),
        s.inBondNumber(),
        s.inBondDate(),
        s.missingDocuments(),
        s.foreignPortOfLading(),
        s.portOfUnlading(),
        s.locationOfGoods(),
        s.referenceNumber(),
        s.filer() == null ? null : s.filer().fileNumber(),
        lines,
        s.totals() == null ? List.of() : s.totals().otherFees(),
        s.declaration());
  }
}
