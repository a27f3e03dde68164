package org.puente.documents.render;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import java.util.Map;

/** QR codes (ISO/IEC 18004, via zxing) as a module matrix. */
final class QrCodes {
  private QrCodes() {}

  static BitMatrix encode(String content) {
    try {
      return new QRCodeWriter()
          .encode(
              content,
              BarcodeFormat.QR_CODE,
              0,
              0,
              Map.of(
                  EncodeHintType.ERROR_CORRECTION,
                  ErrorCorrectionLevel.M,
                  EncodeHintType.MARGIN,
                  4,
                  EncodeHintType.CHARACTER_SET,
                  "UTF-8"));
    } catch (WriterException e) {
      throw new IllegalArgumentException(
          "QR content too long: " + content.length() + " characters", e);
    }
  }

  /** An SVG drawing of the code, one unit per module. */
  static String svg(String content) {
    BitMatrix m = encode(content);
    StringBuilder b = new StringBuilder();
    b.append(
            "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"qr\" width=\"220\" height=\"220\" viewBox=\"0 0 ")
        .append(m.getWidth())
        .append(' ')
        .append(m.getHeight())
        .append("\" shape-rendering=\"crispEdges\">")
        .append("<rect width=\"100%\" height=\"100%\" fill=\"#fff\"/><path fill=\"#000\" d=\"");
    for (int y = 0; y < m.getHeight(); y++) {
      for (int x = 0; x < m.getWidth(); x++) {
        if (m.get(x, y)) {
          b.append('M').append(x).append(' ').append(y).append("h1v1h-1z");
        }
      }
    }
    return b.append("\"/></svg>").toString();
  }
}
