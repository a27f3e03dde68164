package org.puente.documents.render;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.puente.documents.DocumentKind;
import org.puente.documents.Documents;
import org.puente.documents.Samples;
import org.puente.documents.credentials.CredentialType;
import org.puente.documents.credentials.TradeCredentials;
import org.puente.documents.formats.ConsignmentJson;
import org.puente.documents.formats.DodaXml;

class DocumentRendererTest {

  /** Decodes a QR matrix with zxing's reader: the oracle for what we encoded. */
  private static String decode(BitMatrix m) throws Exception {
    int scale = 4;
    int w = m.getWidth() * scale;
    int h = m.getHeight() * scale;
    int[] pixels = new int[w * h];
    for (int y = 0; y < h; y++) {
      for (int x = 0; x < w; x++) {
        pixels[y * w + x] = m.get(x / scale, y / scale) ? 0xFF000000 : 0xFFFFFFFF;
      }
    }
    return new QRCodeReader()
        .decode(new BinaryBitmap(new HybridBinarizer(new RGBLuminanceSource(w, h, pixels))))
        .getText();
  }

  @Test
  void doda_rendersTheSatQrTheDriverShows_inBothLanguages() throws Exception {
    Documents documents = Documents.create(null, null);
    byte[] doda = DodaXml.write(Samples.steelCoil());
    String es = new String(documents.render(doda, Lang.ES, false), StandardCharsets.UTF_8);
    String en = new String(documents.render(doda, Lang.EN, false), StandardCharsets.UTF_8);
    assertThat(es)
        .contains(
            "<html lang=\"es\">",
            "Documento de Operación para Despacho Aduanero",
            "262434206001234",
            "Pedimentos",
            "<svg");
    assertThat(en)
        .contains(
            "<html lang=\"en\">", "customs clearance document", "Show at the SAT exit module");
    Page page =
        DocumentRenderer.page(
            DocumentKind.DODA, "Doda", ConsignmentJson.toJson(DodaXml.read(doda)), Lang.ES);
    assertThat(decode(QrCodes.encode(page.qrContent())))
        .isEqualTo(
            "https://siat.sat.gob.mx/app/qr/faces/pages/mobile/validadorqr.jsf?D1=16&D2=1&D3=152310447");
  }

  @Test
  void certificationOfOrigin_rendersTheNineElementsAndADigestQr() throws Exception {
    Documents documents = Documents.create(null, null);
    byte[] vc =
        TradeCredentials.example(CredentialType.USMCA_CERTIFICATION_OF_ORIGIN)
            .toString()
            .getBytes(StandardCharsets.UTF_8);
    String en = new String(documents.render(vc, Lang.EN, false), StandardCharsets.UTF_8);
    assertThat(en)
        .contains(
            "USMCA certification of origin",
            "1. Certifier",
            "8. Blanket period",
            "9. Authorized signature and date",
            "720838");
    String es = new String(documents.render(vc, Lang.ES, false), StandardCharsets.UTF_8);
    assertThat(es).contains("Certificación de origen T-MEC", "Criterio de origen T-MEC");
    Page page =
        DocumentRenderer.page(
            DocumentKind.CREDENTIAL,
            "UsmcaCertificationOfOrigin",
            TradeCredentials.example(CredentialType.USMCA_CERTIFICATION_OF_ORIGIN),
            Lang.EN);
    assertThat(decode(QrCodes.encode(page.qrContent())))
        .startsWith("puente:UsmcaCertificationOfOrigin:urn:uuid:")
        .containsPattern(":sha256:[0-9a-f]{64}$");
  }

  @Test
  void pdf_isAPdfWithTheTitle() throws Exception {
    byte[] pdf =
        Documents.create(null, null)
            .render(ConsignmentJson.write(Samples.steelCoil()), Lang.ES, true);
    assertThat(new String(pdf, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
    assertThat(pdf.length).isGreaterThan(2000);
    try (var doc = org.apache.pdfbox.Loader.loadPDF(pdf)) {
      String text = new org.apache.pdfbox.text.PDFTextStripper().getText(doc);
      assertThat(text)
          .contains("Embarque", "Mercancías", "3AKJHHDR6NSMA7310", "Jesús García Ramírez");
    }
  }

  @Test
  void html_escapesDocumentText() {
    assertThat(HtmlPage.esc("<script>alert('x')</script>&"))
        .isEqualTo("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;&amp;");
  }
}
