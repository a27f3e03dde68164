package org.puente.documents.credentials;

import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.puente.documents.ErrorCode;
import org.puente.documents.ValidationError;
import org.puente.documents.ids.InvalidIdentifierException;
import org.puente.documents.ids.Pedimento;

/**
 * The rules checked beside each schema: what a JSON Schema cannot say (a blanket period of at most
 * 12 months, HS codes that exist, totals that add up, pedimentos of the DODA's aduana). Each rule
 * is a function from the credential subject to its errors.
 */
final class BusinessRules {
  private BusinessRules() {}

  static List<ValidationError> check(
      CredentialType type, JsonObject s, Optional<HsNomenclature> hs) {
    List<ValidationError> errors = new ArrayList<>();
    String base = "/credentialSubject";
    switch (type) {
      case USMCA_CERTIFICATION_OF_ORIGIN -> origin(s, base, errors);
      case COMMERCIAL_INVOICE -> invoice(s, base, errors);
      case PEDIMENTO_SUMMARY -> pedimento(s, base, errors);
      case DODA -> doda(s, base, errors);
      case NII_INSPECTION_RESULT -> nii(s, base, errors);
      default -> {}
    }
    hs.ifPresent(n -> hsCodes(s, base, n, errors));
    return errors;
  }

  // USMCA Art. 5.2.4 / Annex 5-A element 5: a blanket period of at most 12 months.
  private static void origin(JsonObject s, String base, List<ValidationError> errors) {
    JsonArray goods = s.getJsonArray("goods");
    for (int i = 0; goods != null && i < goods.size(); i++) {
      String c = goods.getJsonObject(i).getString("originCriterion", "");
      if (!List.of("A", "B", "C", "D").contains(c)) {
        errors.add(ErrorCode.ORIGIN_CRITERION.at(base + "/goods/" + i + "/originCriterion", c));
      }
    }
    JsonObject period = s.getJsonObject("blanketPeriod");
    if (period == null) {
      return;
    }
    try {
      LocalDate start = LocalDate.parse(period.getString("start"));
      LocalDate end = LocalDate.parse(period.getString("end"));
      if (end.isBefore(start)) {
        errors.add(ErrorCode.BLANKET_PERIOD_REVERSED.at(base + "/blanketPeriod", end, start));
      } else if (end.isAfter(start.plusMonths(12).minusDays(1))) {
        errors.add(ErrorCode.BLANKET_PERIOD_TOO_LONG.at(base + "/blanketPeriod", start, end));
      }
    } catch (DateTimeParseException | ClassCastException | NullPointerException e) {
      // The schema reports the malformed dates.
    }
  }

  private static void invoice(JsonObject s, String base, List<ValidationError> errors) {
    JsonArray lines = s.getJsonArray("lines");
    if (lines == null || !(s.get("total") instanceof JsonNumber total)) {
      return;
    }
    BigDecimal sum = BigDecimal.ZERO;
    for (JsonValue line : lines) {
      if (line instanceof JsonObject o && o.get("amount") instanceof JsonNumber n) {
        sum = sum.add(n.bigDecimalValue());
      }
    }
    if (sum.compareTo(total.bigDecimalValue()) != 0) {
      errors.add(
          ErrorCode.SCHEMA.at(
              base + "/total", "the lines add up to " + sum.toPlainString() + ", not " + total));
    }
  }

  private static void pedimento(JsonObject s, String base, List<ValidationError> errors) {
    Pedimento p = pedimentoAt(s.getString("pedimento", null), base + "/pedimento", errors);
    if (p == null) {
      return;
    }
    String aduana = s.getString("aduanaSeccion", "");
    if (aduana.length() == 3 && !aduana.startsWith(p.aduana())) {
      errors.add(
          ErrorCode.DODA_FOREIGN_PEDIMENTO.at(
              base + "/pedimento", p.spaced(), p.aduana(), aduana.substring(0, 2)));
    }
    if (!p.patente().equals(s.getString("patente", p.patente()))) {
      errors.add(
          ErrorCode.SCHEMA.at(
              base + "/patente", "the pedimento was filed under patente " + p.patente()));
    }
  }

  private static void doda(JsonObject s, String base, List<ValidationError> errors) {
    JsonObject c = s.getJsonObject("consignment");
    if (c == null || c.getJsonObject("movement") == null || c.getJsonObject("references") == null) {
      return;
    }
    String aduana = c.getJsonObject("movement").getString("aduana", null);
    JsonArray peds = c.getJsonObject("references").getJsonArray("pedimentos");
    for (int i = 0; aduana != null && peds != null && i < peds.size(); i++) {
      String path = base + "/consignment/references/pedimentos/" + i;
      Pedimento p = pedimentoAt(peds.getString(i), path, errors);
      if (p != null && !aduana.startsWith(p.aduana())) {
        errors.add(
            ErrorCode.DODA_FOREIGN_PEDIMENTO.at(
                path, p.spaced(), p.aduana(), aduana.substring(0, 2)));
      }
    }
  }

  private static void nii(JsonObject s, String base, List<ValidationError> errors) {
    JsonArray anomalies = s.getJsonArray("anomalies");
    if ("NO_ANOMALY".equals(s.getString("analystDecision", null))
        && anomalies != null
        && !anomalies.isEmpty()) {
      errors.add(
          ErrorCode.SCHEMA.at(
              base + "/analystDecision", "a scan with anomalies cannot be decided NO_ANOMALY"));
    }
  }

  private static Pedimento pedimentoAt(String raw, String path, List<ValidationError> errors) {
    if (raw == null) {
      return null;
    }
    try {
      return new Pedimento(raw);
    } catch (InvalidIdentifierException e) {
      errors.add(e.error().under(path));
      return null;
    }
  }

  /** Every member named {@code hs6} anywhere in the subject must exist in HS 2022. */
  private static void hsCodes(
      JsonValue v, String path, HsNomenclature hs, List<ValidationError> errors) {
    if (v instanceof JsonObject o) {
      o.forEach(
          (k, child) -> {
            if (k.equals("hs6")
                && child instanceof JsonString code
                && code.getString().matches("[0-9]{6}")
                && !hs.exists(code.getString())) {
              errors.add(ErrorCode.HS_UNKNOWN.at(path + "/" + k, code.getString()));
            } else {
              hsCodes(child, path + "/" + k, hs, errors);
            }
          });
    } else if (v instanceof JsonArray a) {
      for (int i = 0; i < a.size(); i++) {
        hsCodes(a.get(i), path + "/" + i, hs, errors);
      }
    }
  }
}
