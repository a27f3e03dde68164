package org.puente.documents.formats;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.puente.documents.ErrorCode;
import org.puente.documents.ValidationError;
import org.puente.documents.model.EntryFee;
import org.puente.documents.model.UsEntry;

/**
 * The rules of a CBP Form 7501 beyond the shapes its types check (entry number check digit, MID,
 * HTSUS-10): totals equal the sums of the lines and fees, USMCA preference only with a USMCA origin
 * criterion and origin, duty equal to the ad valorem rate on the entered value, dates in order, the
 * entry number issued under the filer's code, block 10 consistent with the lines.
 */
final class EntrySummaryRules {
  private static final Set<String> USMCA_COUNTRIES = Set.of("US", "MX", "CA");

  private EntrySummaryRules() {}

  static List<ValidationError> check(EntrySummary s) {
    List<ValidationError> errors = new ArrayList<>();
    codes(s, errors);
    totals(s, errors);
    for (int i = 0; i < s.lines().size(); i++) {
      line(s.lines().get(i), i, errors);
    }
    dates(s, errors);
    if (s.filer() != null
        && s.entryNumber() != null
        && !s.entryNumber().filerCode().equals(s.filer().filerCode())) {
      errors.add(
          ErrorCode.ENTRY_FILER_CODE.at(
              "/filer/filerCode", s.entryNumber().display(), s.filer().filerCode()));
    }
    String origin = EntrySummaryWriter.countryOfOrigin(s.lines());
    if (s.countryOfOrigin() != null && origin != null && !origin.equals(s.countryOfOrigin())) {
      errors.add(
          ErrorCode.JOIN_KEY_CONFLICT.at(
              "/countryOfOrigin", "block 10 / bloque 10", s.countryOfOrigin(), origin));
    }
    return errors;
  }

  // Blocks 2, 4, 5, 9: the codes the form allows.
  private static void codes(EntrySummary s, List<ValidationError> errors) {
    code(s.entryType(), String.join("|", UsEntry.ENTRY_TYPES), "/entryType", errors);
    code(s.suretyCode(), "[0-9]{3}", "/suretyCode", errors);
    code(s.bondType(), "[089]", "/bondType", errors);
    code(s.modeOfTransport(), "[0-9]{2}", "/modeOfTransport", errors);
  }

  private static void code(String value, String regex, String path, List<ValidationError> errors) {
    if (value != null && !value.matches(regex)) {
      errors.add(
          ErrorCode.SCHEMA.at(path, "'" + value + "' is not a code CBP Form 7501 allows here"));
    }
  }

  // CBP Form 7501 blocks 39 and 41 to 44: each total is the sum of its column.
  private static void totals(EntrySummary s, List<ValidationError> errors) {
    EntrySummary.Totals t = s.totals();
    if (t == null) {
      errors.add(ErrorCode.REQUIRED.at("/totals", "/totals"));
      return;
    }
    BigDecimal duty = sum(s.lines(), EntrySummary.Line::duty);
    BigDecimal tax = sum(s.lines(), EntrySummary.Line::irTax);
    BigDecimal other = sum(t.otherFees(), EntryFee::amount);
    same(t.enteredValue(), sum(s.lines(), EntrySummary.Line::enteredValue), "enteredValue", errors);
    same(t.duty(), duty, "duty", errors);
    same(t.tax(), tax, "tax", errors);
    same(t.other(), other, "other", errors);
    same(t.total(), duty.add(tax).add(other), "total", errors);
  }

  private static void same(
      BigDecimal stated, BigDecimal sum, String name, List<ValidationError> errors) {
    if (stated == null || stated.compareTo(sum) != 0) {
      errors.add(
          ErrorCode.ENTRY_TOTAL_MISMATCH.at(
              "/totals/" + name, name, stated == null ? "absent" : stated.toPlainString(), sum));
    }
  }

  private static <T> BigDecimal sum(List<T> items, Function<T, BigDecimal> value) {
    return items.stream()
        .map(value)
        .filter(v -> v != null)
        .reduce(BigDecimal.ZERO, BigDecimal::add);
  }

  private static void line(EntrySummary.Line l, int i, List<ValidationError> errors) {
    String path = "/lines/" + i;
    if (l.lineNumber() != i + 1) {
      errors.add(
          ErrorCode.SCHEMA.at(
              path + "/lineNumber", "line numbers run 1, 2, 3...; found " + l.lineNumber()));
    }
    boolean usmca = "S".equals(l.spi()) || "S+".equals(l.spi());
    if (usmca && l.usmcaOriginCriterion() == null) {
      errors.add(ErrorCode.SPI_WITHOUT_USMCA_CRITERION.at(path + "/spi", l.lineNumber(), l.spi()));
    }
    if (usmca && !USMCA_COUNTRIES.contains(l.countryOfOrigin())) {
      errors.add(
          ErrorCode.SPI_ORIGIN_NOT_USMCA.at(
              path + "/spi", l.lineNumber(), l.spi(), l.countryOfOrigin()));
    }
    BigDecimal expected = expectedDuty(l);
    if (expected != null && l.duty() != null && expected.compareTo(l.duty()) != 0) {
      errors.add(
          ErrorCode.ENTRY_DUTY_MISMATCH.at(
              path + "/duty",
              l.lineNumber(),
              l.duty().toPlainString(),
              l.htsusRate(),
              l.enteredValue().toPlainString(),
              expected.toPlainString()));
    }
  }

  /** Duty for "Free" and ad valorem ("2.5%") rates, rounded half up to the cent; else null. */
  static BigDecimal expectedDuty(EntrySummary.Line l) {
    if (l.htsusRate() == null || l.enteredValue() == null) {
      return null;
    }
    if (l.htsusRate().equals("Free")) {
      return BigDecimal.ZERO.setScale(2);
    }
    if (l.htsusRate().matches("[0-9]+(\\.[0-9]+)?%")) {
      BigDecimal pct = new BigDecimal(l.htsusRate().substring(0, l.htsusRate().length() - 1));
      return l.enteredValue()
          .multiply(pct)
          .divide(BigDecimal.valueOf(100))
          .setScale(2, RoundingMode.HALF_UP);
    }
    return null;
  }

  // Exported (15) before imported (11); imported before released (7) and before an in-bond
  // movement (17) that ends before entry; the summary (3) filed after the entry.
  private static void dates(EntrySummary s, List<ValidationError> errors) {
    order("15", s.exportDate(), "11", s.importDate(), "/exportDate", errors);
    order("11", s.importDate(), "7", s.entryDate(), "/entryDate", errors);
    order("11", s.importDate(), "17", s.inBondDate(), "/inBondDate", errors);
    order("17", s.inBondDate(), "7", s.entryDate(), "/inBondDate", errors);
    order("7", s.entryDate(), "3", s.summaryDate(), "/summaryDate", errors);
  }

  private static void order(
      String earlyBlock,
      LocalDate early,
      String lateBlock,
      LocalDate late,
      String path,
      List<ValidationError> errors) {
    if (early != null && late != null && early.isAfter(late)) {
      errors.add(ErrorCode.DATES_OUT_OF_ORDER.at(path, earlyBlock, early, lateBlock, late));
    }
  }
}
