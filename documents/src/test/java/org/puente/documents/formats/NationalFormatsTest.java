package org.puente.documents.formats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.puente.documents.DocumentException;
import org.puente.documents.Samples;
import org.puente.documents.ValidationError;
import org.puente.documents.ids.Pedimento;
import org.puente.documents.model.Consignment;
import org.puente.documents.model.References;
import org.puente.testkit.SharedFiles;

class NationalFormatsTest {
  private static CartaPorteSchema schema;

  @BeforeAll
  static void loadSchema() throws DocumentException {
    Path folder = SharedFiles.require("data/sat-cartaporte31");
    schema = CartaPorteSchema.load(folder);
  }

  @Test
  @DisplayName("The steel coil Carta Porte validates against SAT's Carta Porte 3.1 XSD")
  void cartaPorte_write_validatesAgainstSatXsd() throws Exception {
    byte[] xml = CartaPorteXml.write(Samples.steelCoil());
    List<ValidationError> errors = schema.validate(SafeXml.parse(xml).getDocumentElement());
    assertThat(errors).isEmpty();
    Golden.assertMatches("steel-coil.cartaporte.xml", xml);
  }

  @Test
  void cartaPorte_withAnInvalidFraccion_isRejectedByTheXsd() throws Exception {
    String xml =
        new String(
                Golden.read("steel-coil.cartaporte.xml"), java.nio.charset.StandardCharsets.UTF_8)
            .replace("7208380101", "7208380999");
    List<ValidationError> errors =
        schema.validate(
            SafeXml.parse(xml.getBytes(java.nio.charset.StandardCharsets.UTF_8))
                .getDocumentElement());
    assertThat(errors).extracting(ValidationError::code).contains("XSD");
    assertThat(errors.get(0).en()).contains("7208380999");
  }

  @Test
  void doda_andEManifest_matchTheirGoldenFiles() throws Exception {
    Golden.assertMatches("steel-coil.doda.xml", DodaXml.write(Samples.steelCoil()));
    Golden.assertMatches("steel-coil.emanifest.json", EManifestJson.write(Samples.steelCoil()));
    Golden.assertMatches("steel-coil.consignment.json", ConsignmentJson.write(Samples.steelCoil()));
  }

  @Test
  @DisplayName(
      "One consignment becomes e-Manifest, DODA and Carta Porte, and the three read back into it")
  void threeFormats_readBackAndMerged_equalTheConsignment() throws Exception {
    Consignment c = Samples.steelCoil();
    Consignment us = EManifestJson.read(EManifestJson.write(c));
    Consignment doda = DodaXml.read(DodaXml.write(c));
    Consignment cp = CartaPorteXml.read(CartaPorteXml.write(c));
    ConsignmentMerge.Merged merged = ConsignmentMerge.merge(List.of(us, cp, doda));
    assertThat(merged.conflicts()).isEmpty();
    assertThat(merged.consignment()).isEqualTo(c);
    assertThat(ConsignmentJson.read(ConsignmentJson.write(c))).isEqualTo(c);
  }

  @Test
  void doda_joinKeys_agreeWithTheOtherDocuments() throws Exception {
    Consignment doda = DodaXml.read(DodaXml.write(Samples.steelCoil()));
    Consignment c = Samples.steelCoil();
    assertThat(doda.references().cartaPorteUuid()).isEqualTo(c.references().cartaPorteUuid());
    assertThat(doda.references().usEntryNumbers()).isEqualTo(c.references().usEntryNumbers());
    assertThat(doda.references().pedimentos()).isEqualTo(c.references().pedimentos());
    assertThat(doda.crew().get(0).fastId()).isEqualTo(c.crew().get(0).fastId());
    assertThat(new String(DodaXml.write(c), java.nio.charset.StandardCharsets.UTF_8))
        .contains("||24|0|3420|1|6001234||85AK7R||2026-11-29 06:30:00||");
  }

  @Test
  void doda_withAPedimentoOfAnotherAduana_isRefused() {
    Consignment c = Samples.steelCoil();
    References r = c.references();
    Consignment foreign =
        new Consignment(
            new References(
                r.tripNumber(),
                r.shipmentControlNumber(),
                r.usEntryNumbers(),
                List.of(new Pedimento("26  80  3420  6000077")),
                r.dodaIntegrationNumber(),
                r.cartaPorteUuid(),
                r.idCcp()),
            c.parties(),
            c.goodsItems(),
            c.conveyance(),
            c.crew(),
            c.movement());
    assertThatThrownBy(() -> DodaXml.write(foreign))
        .isInstanceOfSatisfying(
            DocumentException.class,
            e -> {
              assertThat(e.code()).isEqualTo(DocumentException.Code.INVALID_DOCUMENT);
              assertThat(e.errors())
                  .extracting(ValidationError::code)
                  .containsExactly("DODA_FOREIGN_PEDIMENTO");
              assertThat(e.errors().get(0).path()).isEqualTo("/references/pedimentos/0");
            });
  }

  @Test
  void cartaPorte_fromAnEManifestAlone_saysWhichFieldsSatNeeds() throws Exception {
    Consignment usOnly = EManifestJson.read(EManifestJson.write(Samples.steelCoil()));
    assertThatThrownBy(() -> CartaPorteXml.write(usOnly))
        .isInstanceOfSatisfying(
            DocumentException.class,
            e -> {
              assertThat(e.code()).isEqualTo(DocumentException.Code.MISSING_FIELDS);
              assertThat(e.errors())
                  .extracting(ValidationError::path)
                  .contains(
                      "/references/idCcp",
                      "/goodsItems/0/satProductKey",
                      "/goodsItems/0/tigie",
                      "/movement/departure",
                      "/conveyance/permit",
                      "/parties/EXPORTER/identifiers/RFC");
              assertThat(e.errors().get(0).es()).contains("SAT Carta Porte 3.1 requiere");
            });
  }

  @Test
  void eManifest_fromACartaPorteAlone_saysWhichFieldsCbpNeeds() throws Exception {
    Consignment mxOnly = CartaPorteXml.read(CartaPorteXml.write(Samples.steelCoil()));
    assertThatThrownBy(() -> EManifestJson.write(mxOnly))
        .isInstanceOfSatisfying(
            DocumentException.class,
            e ->
                assertThat(e.errors())
                    .extracting(ValidationError::path)
                    .contains(
                        "/references/tripNumber",
                        "/references/shipmentControlNumber",
                        "/movement/usPort",
                        "/conveyance/vin",
                        "/crew/0/birthDate"));
  }

  @Test
  void merge_ofDocumentsThatDisagreeOnAJoinKey_reportsTheConflict() throws Exception {
    Consignment us = EManifestJson.read(EManifestJson.write(Samples.steelCoil()));
    String tampered =
        new String(
                CartaPorteXml.write(Samples.steelCoil()), java.nio.charset.StandardCharsets.UTF_8)
            .replace("PlacaVM=\"85AK7R\"", "PlacaVM=\"85AK7X\"");
    Consignment cp = CartaPorteXml.read(tampered.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    ConsignmentMerge.Merged merged = ConsignmentMerge.merge(List.of(us, cp));
    assertThat(merged.conflicts())
        .extracting(ValidationError::code)
        .containsExactly("JOIN_KEY_CONFLICT");
    assertThat(merged.conflicts().get(0).path()).isEqualTo("/conveyance/plate/number");
  }
}
