package org.puente.documents.formats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.puente.documents.DocumentException;
import org.puente.documents.DocumentKind;
import org.puente.documents.Documents;
import org.puente.documents.Samples;
import org.puente.documents.ValidationError;
import org.puente.documents.ValidationReport;
import org.puente.documents.ids.ManufacturerId;
import org.puente.documents.model.Consignment;
import org.puente.documents.model.Party;
import org.puente.documents.model.PartyRole;
import org.puente.documents.render.Lang;

class EntrySummaryTest {

  @Test
  void entrySummary_ofTheSteelCoil_matchesItsGoldenFile() throws Exception {
    byte[] json = EntrySummaryJson.write(Samples.steelCoilEntered());
    Golden.assertMatches("steel-coil.entry-summary.json", json);
    EntrySummary s = EntrySummaryJson.toSummary(Samples.steelCoilEntered());
    assertThat(s.entryNumber().display()).isEqualTo("B76-0001234-1");
    assertThat(s.modeOfTransport()).isEqualTo("30");
    assertThat(s.countryOfOrigin()).isEqualTo("MX");
    assertThat(s.billOfLading().value()).isEqualTo("MXCR261129A1");
    assertThat(s.totals().total()).isEqualByComparingTo("65.64");
  }

  @Test
  @DisplayName("The mill's MID is the one CBP's rule builds from its name and address")
  void manufacturerId_ofTheSample_isConstructedFromTheMill() {
    Party mill = Samples.steelCoil().party(PartyRole.EXPORTER).orElseThrow();
    assertThat(
            ManufacturerId.construct(
                mill.name(),
                mill.address().street(),
                mill.address().city(),
                mill.address().state(),
                mill.address().country()))
        .isEqualTo(Samples.steelCoilEntered().usEntry().manufacturerId());
  }

  @Test
  @DisplayName(
      "An entry summary read into a consignment and written again is byte for byte the same")
  void entrySummary_readAndWrittenAgain_isUnchanged() throws Exception {
    byte[] json = EntrySummaryJson.write(Samples.steelCoilEntered());
    assertThat(EntrySummaryJson.write(EntrySummaryJson.read(json))).isEqualTo(json);
  }

  @Test
  @DisplayName(
      "e-Manifest, DODA, Carta Porte and entry summary read back and merged equal the consignment")
  void fourFormats_readBackAndMerged_equalTheEnteredConsignment() throws Exception {
    Consignment c = Samples.steelCoilEntered();
    ConsignmentMerge.Merged merged =
        ConsignmentMerge.merge(
            List.of(
                EManifestJson.read(EManifestJson.write(c)),
                CartaPorteXml.read(CartaPorteXml.write(c)),
                DodaXml.read(DodaXml.write(c)),
                EntrySummaryJson.read(EntrySummaryJson.write(c))));
    assertThat(merged.conflicts()).isEmpty();
    assertThat(merged.consignment()).isEqualTo(c);
    assertThat(ConsignmentJson.read(ConsignmentJson.write(c))).isEqualTo(c);
  }

  @Test
  void entrySummary_withoutUsEntryData_saysWhatCbpNeeds() {
    assertThatThrownBy(() -> EntrySummaryJson.write(Samples.steelCoil()))
        .isInstanceOfSatisfying(
            DocumentException.class,
            e -> {
              assertThat(e.code()).isEqualTo(DocumentException.Code.MISSING_FIELDS);
              assertThat(e.errors()).extracting(ValidationError::path).containsExactly("/usEntry");
              assertThat(e.errors().get(0).es()).contains("CBP Form 7501");
            });
  }

  @Test
  void entrySummary_fromACartaPorteAlone_listsEveryFieldCbpNeeds() throws Exception {
    Consignment mxOnly = CartaPorteXml.read(CartaPorteXml.write(Samples.steelCoilEntered()));
    assertThatThrownBy(() -> EntrySummaryJson.write(mxOnly))
        .isInstanceOfSatisfying(
            DocumentException.class,
            e ->
                assertThat(e.errors())
                    .extracting(ValidationError::path)
                    .containsExactlyInAnyOrder(
                        "/usEntry",
                        "/references/usEntryNumbers/0",
                        "/references/shipmentControlNumber",
                        "/movement/usPort",
                        "/parties/CARRIER",
                        "/goodsItems/0/htsus",
                        "/goodsItems/0/originCountry"));
  }

  @Test
  void entrySummary_missingALineOfEntryData_namesIt() {
    Consignment bare = Samples.steelCoilEntered().withUsEntry(Samples.usEntry("01", List.of()));
    assertThatThrownBy(() -> EntrySummaryJson.write(bare))
        .isInstanceOfSatisfying(
            DocumentException.class,
            e ->
                assertThat(e.errors())
                    .extracting(ValidationError::path)
                    .containsExactly("/usEntry/lines/0"));
  }

  @Test
  void documents_detectValidateTranslateAndRender_anEntrySummary() throws Exception {
    Documents documents = Documents.create(null, null);
    byte[] json = EntrySummaryJson.write(Samples.steelCoilEntered());
    assertThat(Documents.detect(json)).isEqualTo(DocumentKind.ENTRY_SUMMARY);
    ValidationReport report = documents.validate(json);
    assertThat(report.valid()).as("%s", report.errors()).isTrue();
    byte[] back =
        documents.translate(
            ConsignmentJson.write(Samples.steelCoilEntered()), Documents.Target.ENTRY_SUMMARY);
    assertThat(back).isEqualTo(json);
    String es = new String(documents.render(json, Lang.ES, false), StandardCharsets.UTF_8);
    String en = new String(documents.render(json, Lang.EN, false), StandardCharsets.UTF_8);
    assertThat(es).contains("13. Identificación del fabricante (MID)", "MXACEDEL1500MON");
    assertThat(en).contains("1. Filer code / entry number", "B7600012341", "35A. Entered value");
    assertThat(documents.render(json, Lang.EN, true))
        .startsWith("%PDF".getBytes(StandardCharsets.US_ASCII));
  }
}
