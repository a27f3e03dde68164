package org.puente.documents.render;

import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import org.puente.documents.DocumentKind;

/**
 * Renders a document (as its JSON view: a canonical consignment, or a credential) in Spanish or
 * English, as HTML or PDF, with its QR code. A DODA's QR is SAT's validation URL for its número de
 * integración, as the driver shows it at the exit module; any other document's QR names the
 * document and the SHA-256 of its JSON, so the printed page can be matched to the data filed.
 */
public final class DocumentRenderer {
  private static final Set<String> SKIPPED =
      Set.of("@context", "documentType", "credentialSchema", "type");

  private static final Set<String> LEAF_KEYS =
      Set.of(
          "street",
          "city",
          "state",
          "postalCode",
          "country",
          "number",
          "region",
          "fraccion",
          "nico",
          "scheme",
          "value");

  private DocumentRenderer() {}

  /** The page of a document. */
  static Page page(DocumentKind kind, String typeName, JsonObject json, Lang lang) {
    List<Page.Row> rows = new ArrayList<>();
    JsonObject body = json;
    if (kind == DocumentKind.CREDENTIAL) {
      for (String k : List.of("id", "issuer", "validFrom", "validUntil")) {
        if (json.containsKey(k)) {
          rows.add(
              new Page.Row(
                  Labels.label("credential", lang), Labels.label(k, lang), text(json.get(k))));
        }
      }
      body = json.getJsonObject("credentialSubject");
      if (body.get("consignment") instanceof JsonObject c) {
        body = c;
      }
    }
    for (var e : body.entrySet()) {
      if (!SKIPPED.contains(e.getKey())) {
        flatten(Labels.label(e.getKey(), lang), "", e.getValue(), lang, rows);
      }
    }
    String integration = integrationNumber(body);
    boolean doda = typeName.equals("Doda") || kind == DocumentKind.DODA;
    String qr =
        doda && integration != null
            ? "https://siat.sat.gob.mx/app/qr/faces/pages/mobile/validadorqr.jsf?D1=16&D2=1&D3="
                + integration
            : "puente:"
                + typeName
                + ":"
                + json.getString("id", "-")
                + ":sha256:"
                + sha256(json.toString());
    String caption =
        doda && integration != null
            ? (lang == Lang.EN
                ? "Show at the SAT exit module (DODA QR)"
                : "Presentar en el módulo de selección del SAT (QR del DODA)")
            : (lang == Lang.EN ? "Document digest (SHA-256)" : "Huella del documento (SHA-256)");
    return new Page(
        Titles.title(typeName, lang), Titles.subtitle(typeName, lang), rows, qr, caption);
  }

  /** The document as a standalone HTML page. */
  public static String html(DocumentKind kind, String typeName, JsonObject json, Lang lang) {
    return HtmlPage.render(page(kind, typeName, json, lang), lang);
  }

  /** The document as a PDF. */
  public static byte[] pdf(DocumentKind kind, String typeName, JsonObject json, Lang lang) {
    return PdfPage.render(page(kind, typeName, json, lang));
  }

  private static String integrationNumber(JsonObject body) {
    if (body.get("references") instanceof JsonObject r
        && r.get("dodaIntegrationNumber") instanceof JsonString s) {
      return s.getString();
    }
    return null;
  }

  private static void flatten(
      String section, String prefix, JsonValue v, Lang lang, List<Page.Row> rows) {
    if (v instanceof JsonObject o) {
      if (isLeafGroup(o)) {
        rows.add(new Page.Row(section, prefix.isEmpty() ? section : prefix, leafLine(o)));
        return;
      }
      for (var e : o.entrySet()) {
        if (!SKIPPED.contains(e.getKey())) {
          String label = Labels.label(e.getKey(), lang);
          flatten(
              section, prefix.isEmpty() ? label : prefix + " › " + label, e.getValue(), lang, rows);
        }
      }
    } else if (v instanceof JsonArray a) {
      for (int i = 0; i < a.size(); i++) {
        String item = (prefix.isEmpty() ? section : prefix) + " " + (i + 1);
        flatten(
            section,
            a.get(i) instanceof JsonObject ? item : (prefix.isEmpty() ? section : prefix),
            a.get(i),
            lang,
            rows);
      }
    } else {
      rows.add(new Page.Row(section, prefix.isEmpty() ? section : prefix, text(v)));
    }
  }

  /** An object of scalars only, shown on one line (an address, a plate, a TIGIE code). */
  private static boolean isLeafGroup(JsonObject o) {
    return LEAF_KEYS.containsAll(o.keySet())
        && o.values().stream().allMatch(x -> x instanceof JsonString || x instanceof JsonNumber);
  }

  private static String leafLine(JsonObject o) {
    List<String> parts = new ArrayList<>();
    o.values().forEach(x -> parts.add(text(x)));
    return String.join(", ", parts);
  }

  private static String text(JsonValue v) {
    if (v instanceof JsonString s) {
      return s.getString();
    }
    return v.toString();
  }

  private static String sha256(String text) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required of every JDK", e);
    }
  }
}
