package org.puente.documents.render;

/** The HTML form of a page: self-contained (inline CSS, inline SVG QR), escaped text. */
final class HtmlPage {
  private HtmlPage() {}

  static String render(Page p, Lang lang) {
    StringBuilder b = new StringBuilder();
    b.append("<!DOCTYPE html>\n<html lang=\"")
        .append(lang == Lang.EN ? "en" : "es")
        .append("\">\n<head>\n")
        .append("<meta charset=\"utf-8\">\n<title>")
        .append(esc(p.title()))
        .append("</title>\n")
        .append(
            "<style>body{font-family:sans-serif;margin:2em;max-width:60em}h1{font-size:1.4em;margin-bottom:0}")
        .append(
            ".sub{color:#555}table{border-collapse:collapse;width:100%}td,th{border-bottom:1px solid #ddd;padding:.3em;text-align:left;vertical-align:top}")
        .append(
            "th.section{background:#f2f2f2}figure{float:right;margin:0 0 1em 1em;text-align:center}</style>\n</head>\n<body>\n")
        .append("<figure>")
        .append(QrCodes.svg(p.qrContent()))
        .append("<figcaption>")
        .append(esc(p.qrCaption()))
        .append("</figcaption></figure>\n<h1>")
        .append(esc(p.title()))
        .append("</h1>\n<p class=\"sub\">")
        .append(esc(p.subtitle()))
        .append("</p>\n<table>\n");
    String section = null;
    for (Page.Row r : p.rows()) {
      if (!r.section().equals(section)) {
        section = r.section();
        b.append("<tr><th class=\"section\" colspan=\"2\">")
            .append(esc(section))
            .append("</th></tr>\n");
      }
      b.append("<tr><th>")
          .append(esc(r.label()))
          .append("</th><td>")
          .append(esc(r.value()))
          .append("</td></tr>\n");
    }
    return b.append("</table>\n</body>\n</html>\n").toString();
  }

  static String esc(String s) {
    StringBuilder b = new StringBuilder(s.length());
    for (char c : s.toCharArray()) {
      switch (c) {
        case '<' -> b.append("&lt;");
        case '>' -> b.append("&gt;");
        case '&' -> b.append("&amp;");
        case '"' -> b.append("&quot;");
        case '\'' -> b.append("&#39;");
        default -> b.append(c);
      }
    }
    return b.toString();
  }
}
