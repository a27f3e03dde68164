package org.puente.documents.model;

import java.util.Locale;
import java.util.Objects;

/**
 * A postal address.
 *
 * @param street street and number
 * @param city city or municipio
 * @param state state, province or estado
 * @param postalCode postal code
 * @param country ISO 3166-1 alpha-2 country code
 */
public record Address(String street, String city, String state, String postalCode, String country) {
  public Address {
    Objects.requireNonNull(country, "country");
    Countries.requireAlpha2(country);
  }

  /** One line for display. */
  public String oneLine() {
    StringBuilder b = new StringBuilder();
    for (String part : new String[] {street, city, state, postalCode}) {
      if (part != null) {
        b.append(part).append(", ");
      }
    }
    return b.append(country.toUpperCase(Locale.ROOT)).toString();
  }
}
