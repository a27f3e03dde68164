package org.puente.documents.formats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.puente.documents.DocumentException;
import org.puente.documents.Samples;

class HostileInputTest {

  private static DocumentException.Code refusal(byte[] input) {
    try {
      CartaPorteXml.read(input);
      return null;
    } catch (DocumentException e) {
      return e.code();
    }
  }

  @Test
  void billionLaughs_isRefusedBeforeExpansion() {
    String xml =
        "<?xml version=\"1.0\"?><!DOCTYPE lolz [<!ENTITY lol \"lol\">"
            + "<!ENTITY lol2 \"&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;\">]><doda>&lol2;</doda>";
    assertThat(refusal(xml.getBytes(StandardCharsets.UTF_8)))
        .isEqualTo(DocumentException.Code.FORBIDDEN_XML);
  }

  @Test
  void externalEntity_isRefused() {
    String xml =
        "<?xml version=\"1.0\"?><!DOCTYPE d [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><doda>&x;</doda>";
    assertThat(refusal(xml.getBytes(StandardCharsets.UTF_8)))
        .isEqualTo(DocumentException.Code.FORBIDDEN_XML);
  }

  @Test
  void doctypeWrittenInAnotherCase_isStillRefusedByTheParser() {
    String xml =
        "<?xml version=\"1.0\"?>\n<!DOCTYPE doda SYSTEM \"http://example.org/x.dtd\"><doda/>";
    assertThat(refusal(xml.getBytes(StandardCharsets.UTF_8)))
        .isEqualTo(DocumentException.Code.FORBIDDEN_XML);
  }

  @Test
  void latin1Bytes_areRefusedAsWrongEncoding() throws Exception {
    byte[] latin1 =
        new String(CartaPorteXml.write(Samples.steelCoil()), StandardCharsets.UTF_8)
            .getBytes(StandardCharsets.ISO_8859_1);
    assertThat(refusal(latin1)).isEqualTo(DocumentException.Code.WRONG_ENCODING);
    String declared = "<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?><doda/>";
    assertThat(refusal(declared.getBytes(StandardCharsets.UTF_8)))
        .isEqualTo(DocumentException.Code.WRONG_ENCODING);
  }

  @Test
  void truncatedDocuments_areMalformedNotCrashes() throws Exception {
    byte[] full = CartaPorteXml.write(Samples.steelCoil());
    for (int cut = 1; cut < full.length; cut += 97) {
      byte[] part = Arrays.copyOf(full, cut);
      DocumentException.Code code = refusal(part);
      assertThat(code)
          .as("cut at %d", cut)
          .isIn(DocumentException.Code.MALFORMED_INPUT, DocumentException.Code.WRONG_ENCODING);
    }
    byte[] json = EManifestJson.write(Samples.steelCoil());
    assertThatThrownBy(() -> EManifestJson.read(Arrays.copyOf(json, json.length / 2)))
        .isInstanceOfSatisfying(
            DocumentException.class,
            e -> assertThat(e.code()).isEqualTo(DocumentException.Code.MALFORMED_INPUT));
  }

  @Test
  void oversizedInput_isRefusedBeforeParsing() {
    byte[] big = new byte[SafeXml.MAX_BYTES + 1];
    Arrays.fill(big, (byte) ' ');
    assertThat(refusal(big)).isEqualTo(DocumentException.Code.INPUT_TOO_LARGE);
    assertThatThrownBy(() -> ConsignmentJson.read(big))
        .isInstanceOfSatisfying(
            DocumentException.class,
            e -> assertThat(e.code()).isEqualTo(DocumentException.Code.INPUT_TOO_LARGE));
  }

  @Test
  void deeplyNestedJson_isRefused() {
    String deep = "[".repeat(5000) + "]".repeat(5000);
    assertThatThrownBy(
            () -> ConsignmentJson.read(("{\"a\":" + deep + "}").getBytes(StandardCharsets.UTF_8)))
        .isInstanceOfSatisfying(
            DocumentException.class,
            e -> assertThat(e.code()).isEqualTo(DocumentException.Code.INPUT_TOO_LARGE));
  }

  @Test
  void wrongDocumentKind_isUnknownKind() throws Exception {
    assertThatThrownBy(() -> DodaXml.read(CartaPorteXml.write(Samples.steelCoil())))
        .isInstanceOfSatisfying(
            DocumentException.class,
            e -> assertThat(e.code()).isEqualTo(DocumentException.Code.UNKNOWN_KIND));
  }

  @Test
  void consignmentJson_withBadIdentifiers_reportsEachWithItsPointer() throws Exception {
    String json =
        new String(ConsignmentJson.write(Samples.steelCoil()), StandardCharsets.UTF_8)
            .replace("3AKJHHDR6NSMA7310", "3AKJHHDR7NSMA7310")
            .replace("\"720838\"", "\"72083\"")
            .replace("\"usPort\": \"2304\"", "\"usPort\": \"2399\"");
    assertThatThrownBy(() -> ConsignmentJson.read(json.getBytes(StandardCharsets.UTF_8)))
        .isInstanceOfSatisfying(
            DocumentException.class,
            e -> {
              assertThat(e.code()).isEqualTo(DocumentException.Code.INVALID_DOCUMENT);
              assertThat(e.errors())
                  .extracting(err -> err.path() + " " + err.code())
                  .containsExactlyInAnyOrder(
                      "/goodsItems/0/hs6 HS_FORMAT",
                      "/conveyance/vin VIN_CHECK_DIGIT",
                      "/movement/usPort CBP_PORT_UNKNOWN");
            });
  }
}
