package org.puente.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.puente.documents.credentials.CredentialType;
import org.puente.documents.credentials.TradeCredentials;
import org.puente.documents.formats.CartaPorteXml;
import org.puente.documents.formats.ConsignmentJson;
import org.puente.documents.formats.DodaXml;
import org.puente.documents.formats.EManifestJson;

class DocumentsTest {
  private static final Documents DOCUMENTS = create();

  private static Documents create() {
    try {
      return Documents.create(null, null);
    } catch (DocumentException e) {
      throw new IllegalStateException(e);
    }
  }

  private static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  @Test
  void detect_recognisesEveryKind() throws Exception {
    assertThat(Documents.detect(ConsignmentJson.write(Samples.steelCoil())))
        .isEqualTo(DocumentKind.CONSIGNMENT);
    assertThat(Documents.detect(EManifestJson.write(Samples.steelCoil())))
        .isEqualTo(DocumentKind.EMANIFEST);
    assertThat(Documents.detect(DodaXml.write(Samples.steelCoil()))).isEqualTo(DocumentKind.DODA);
    assertThat(Documents.detect(CartaPorteXml.write(Samples.steelCoil())))
        .isEqualTo(DocumentKind.CARTA_PORTE);
    assertThat(Documents.detect(utf8(TradeCredentials.example(CredentialType.DRIVER).toString())))
        .isEqualTo(DocumentKind.CREDENTIAL);
    assertThatThrownBy(() -> Documents.detect(utf8("{\"hello\":1}")))
        .isInstanceOfSatisfying(
            DocumentException.class,
            e -> assertThat(e.code()).isEqualTo(DocumentException.Code.UNKNOWN_KIND));
  }

  @Test
  void validate_theSteelCoilInEveryForm_isValidAndNotesTheSkippedChecks() throws Exception {
    for (byte[] doc :
        new byte[][] {
          ConsignmentJson.write(Samples.steelCoil()),
          EManifestJson.write(Samples.steelCoil()),
          DodaXml.write(Samples.steelCoil())
        }) {
      ValidationReport r = DOCUMENTS.validate(doc);
      assertThat(r.errors()).as(r.kind().name()).isEmpty();
      assertThat(r.notes()).anyMatch(n -> n.contains("HS 2022"));
    }
    assertThat(DOCUMENTS.validate(CartaPorteXml.write(Samples.steelCoil())).notes())
        .anyMatch(n -> n.contains("XSD not configured"));
  }

  @Test
  void validate_consignmentWithNetOverGrossAndAForeignClassification_reportsBothRules()
      throws Exception {
    String json =
        new String(ConsignmentJson.write(Samples.steelCoil()), StandardCharsets.UTF_8)
            .replace("\"netKg\": 22300.000", "\"netKg\": 22500.000")
            .replace("\"htsus\": \"7208380015\"", "\"htsus\": \"7209150000\"");
    ValidationReport r = DOCUMENTS.validate(utf8(json));
    assertThat(r.valid()).isFalse();
    assertThat(r.errors())
        .extracting(e -> e.path() + " " + e.code())
        .containsExactlyInAnyOrder(
            "/goodsItems/0/netKg WEIGHT_NET_OVER_GROSS",
            "/goodsItems/0/htsus CLASSIFICATION_MISMATCH");
    assertThat(
            r.toJson()
                .getJsonArray("errors")
                .getJsonObject(0)
                .getJsonObject("message")
                .getString("es"))
        .isNotBlank();
  }

  @Test
  void validate_anEManifestMissingWhatCbpNeeds_listsTheFields() throws Exception {
    String json =
        new String(EManifestJson.write(Samples.steelCoil()), StandardCharsets.UTF_8)
            .replace("\"tripNumber\": \"MXCR2611290017\",", "");
    ValidationReport r = DOCUMENTS.validate(utf8(json));
    assertThat(r.errors())
        .extracting(ValidationError::code)
        .containsExactly("MISSING_FOR_AUTHORITY");
    assertThat(r.errors().get(0).path()).isEqualTo("/references/tripNumber");
  }

  @Test
  void translate_dodaToEManifest_saysWhatCbpStillNeeds() throws Exception {
    assertThatThrownBy(
            () ->
                DOCUMENTS.translate(DodaXml.write(Samples.steelCoil()), Documents.Target.EMANIFEST))
        .isInstanceOfSatisfying(
            DocumentException.class,
            e -> {
              assertThat(e.code()).isEqualTo(DocumentException.Code.MISSING_FIELDS);
              assertThat(e.errors())
                  .extracting(ValidationError::path)
                  .contains("/references/tripNumber", "/conveyance/vin", "/goodsItems");
              assertThat(e.errors().get(0).en()).startsWith("CBP ACE e-Manifest needs");
            });
  }
}
