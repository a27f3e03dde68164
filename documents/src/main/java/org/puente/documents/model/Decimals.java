package org.puente.documents.model;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Scale rules of the model's decimals, so equal amounts are equal records after any round trip. */
final class Decimals {
  private Decimals() {}

  /** Kilograms and quantities: 3 decimals (Carta Porte PesoEnKg, 19 CFR 123.92 weight). */
  static BigDecimal three(BigDecimal value, String name) {
    return scaled(value, 3, name);
  }

  /** Whole US dollars (CBP Form 7501 entered value and charges). */
  static BigDecimal whole(BigDecimal value, String name) {
    return scaled(value, 0, name);
  }

  /** Money: 2 decimals. */
  static BigDecimal money(BigDecimal value, String name) {
    return scaled(value, 2, name);
  }

  private static BigDecimal scaled(BigDecimal value, int scale, String name) {
    if (value == null) {
      return null;
    }
    if (value.signum() < 0) {
      throw new IllegalArgumentException(name + " must not be negative: " + value.toPlainString());
    }
    try {
      return value.setScale(scale, RoundingMode.UNNECESSARY);
    } catch (ArithmeticException e) {
      throw new IllegalArgumentException(
          name + " has more than " + scale + " decimals: " + value.toPlainString(), e);
    }
  }
}
