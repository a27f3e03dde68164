package org.puente.documents.model;

import java.math.BigDecimal;
import java.util.Map;

/**
 * One other fee of the entry summary's fee summary, by CBP accounting class code.
 *
 * @param classCode 3 digits: {@code 499} merchandise processing fee, {@code 501} harbor maintenance
 *     fee...
 * @param amount US dollars and cents
 */
public record EntryFee(String classCode, BigDecimal amount) {
  /** Names of the common class codes (CBP Form 7501 instructions, other fee summary). */
  public static final Map<String, String> NAMES =
      Map.of(
          "499", "MPF",
          "501", "HMF",
          "056", "Cotton fee",
          "110", "Sugar fee",
          "311", "Informal MPF");

  public EntryFee {
    Codes.require(Codes.present(classCode, "fee class code"), "[0-9]{3}", "fee class code");
    amount = Decimals.money(Codes.present(amount, "fee amount"), "amount");
  }
}
