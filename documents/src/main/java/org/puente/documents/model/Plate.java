package org.puente.documents.model;

import java.util.regex.Pattern;

/**
 * A licence plate.
 *
 * @param number the plate, capitals and digits without spaces or dashes
 * @param region issuing state or province (e.g. {@code TX}, {@code NL})
 * @param country ISO 3166-1 alpha-2 issuing country
 */
public record Plate(String number, String region, String country) {
  private static final Pattern SHAPE = Pattern.compile("[A-Z0-9]{2,10}");

  public Plate {
    if (number == null || !SHAPE.matcher(number).matches()) {
      throw new IllegalArgumentException("a plate is 2 to 10 capitals or digits: " + number);
    }
    if (country != null) {
      Countries.requireAlpha2(country);
    }
  }
}
