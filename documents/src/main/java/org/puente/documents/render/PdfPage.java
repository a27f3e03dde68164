package org.puente.documents.render;

import com.google.zxing.common.BitMatrix;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/**
 * The PDF form of a page (Apache PDFBox): US Letter, Helvetica, the QR code drawn as vector modules
 * at the top right, rows flowing onto as many pages as needed.
 */
final class PdfPage {
  private static final float MARGIN = 50;
  private static final float LEADING = 13;
  private static final int WRAP = 70;

  private PdfPage() {}

  static byte[] render(Page p) {
    try (PDDocument doc = new PDDocument()) {
      PDType1Font regular = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
      PDType1Font bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
      PDPage page = new PDPage(PDRectangle.LETTER);
      doc.addPage(page);
      PDPageContentStream out = new PDPageContentStream(doc, page);
      float top = PDRectangle.LETTER.getHeight() - MARGIN;
      qr(out, p.qrContent(), PDRectangle.LETTER.getWidth() - MARGIN - 130, top - 130, 130);
      text(out, bold, 14, MARGIN, top - 10, p.title());
      text(out, regular, 9, MARGIN, top - 26, p.subtitle());
      text(out, regular, 7, PDRectangle.LETTER.getWidth() - MARGIN - 130, top - 140, p.qrCaption());
      float y = top - 160;
      String section = null;
      for (Page.Row r : p.rows()) {
        if (!r.section().equals(section)) {
          section = r.section();
          y -= 4;
          if (y < MARGIN) {
            out = next(doc, out);
            y = top;
          }
          text(out, bold, 10, MARGIN, y, section);
          y -= LEADING;
        }
        for (String line : wrap(r.value())) {
          if (y < MARGIN) {
            out = next(doc, out);
            y = top;
          }
          text(out, regular, 8, MARGIN, y, r.label());
          text(out, regular, 8, MARGIN + 200, y, line);
          y -= LEADING;
        }
      }
      out.close();
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      doc.save(bytes);
      return bytes.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException("PDF rendering failed", e);
    }
  }

  private static PDPageContentStream next(PDDocument doc, PDPageContentStream out)
      throws IOException {
    out.close();
    PDPage page = new PDPage(PDRectangle.LETTER);
    doc.addPage(page);
    return new PDPageContentStream(doc, page);
  }

  private static void text(
      PDPageContentStream out, PDType1Font font, float size, float x, float y, String s)
      throws IOException {
    out.beginText();
    out.setFont(font, size);
    out.newLineAtOffset(x, y);
    out.showText(winAnsi(s));
    out.endText();
  }

  /** Helvetica's WinAnsi encoding covers Spanish; anything else prints as '?'. */
  private static String winAnsi(String s) {
    StringBuilder b = new StringBuilder(s.length());
    for (char c : s.toCharArray()) {
      boolean latin1 = c >= 0x20 && c <= 0xFF && (c < 0x7F || c >= 0xA0);
      b.append(latin1 || "›—–‘’“”€•".indexOf(c) >= 0 ? c : '?');
    }
    return b.toString();
  }

  private static List<String> wrap(String value) {
    List<String> lines = new ArrayList<>();
    String rest = value;
    while (rest.length() > WRAP) {
      int cut = rest.lastIndexOf(' ', WRAP);
      cut = cut <= 0 ? WRAP : cut;
      lines.add(rest.substring(0, cut));
      rest = rest.substring(cut).stripLeading();
    }
    lines.add(rest);
    return lines;
  }

  private static void qr(PDPageContentStream out, String content, float x, float y, float size)
      throws IOException {
    BitMatrix m = QrCodes.encode(content);
    float unit = size / m.getWidth();
    for (int row = 0; row < m.getHeight(); row++) {
      for (int col = 0; col < m.getWidth(); col++) {
        if (m.get(col, row)) {
          out.addRect(x + col * unit, y + size - (row + 1) * unit, unit, unit);
        }
      }
    }
    out.fill();
  }
}
