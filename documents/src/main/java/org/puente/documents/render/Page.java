package org.puente.documents.render;

import java.util.List;

/**
 * One rendered document, independent of the output format.
 *
 * @param title the document's name in the chosen language
 * @param subtitle what it is for, in the chosen language
 * @param rows labelled values, in reading order ({@code section} groups them)
 * @param qrContent what the QR code encodes
 * @param qrCaption what the QR code is, in the chosen language
 */
record Page(String title, String subtitle, List<Row> rows, String qrContent, String qrCaption) {
  /**
   * One labelled value.
   *
   * @param section the top-level group
   * @param label the field label
   * @param value the value as text
   */
  record Row(String section, String label, String value) {}
}
