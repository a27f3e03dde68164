package org.puente.documents.model;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** ISO 3166-1 country codes: alpha-2 in the model, alpha-3 where SAT's c_Pais needs it. */
public final class Countries {
  private static final Set<String> ALPHA2 = Set.of(Locale.getISOCountries());
  private static final Map<String, String> ALPHA3_TO_2 = new HashMap<>();

  static {
    for (String a2 : Locale.getISOCountries()) {
      ALPHA3_TO_2.put(new Locale("", a2).getISO3Country(), a2);
    }
  }

  private Countries() {}

  /** Throws when a code is not ISO 3166-1 alpha-2. */
  public static String requireAlpha2(String code) {
    if (code == null || !ALPHA2.contains(code)) {
      throw new IllegalArgumentException("not an ISO 3166-1 alpha-2 country code: " + code);
    }
    return code;
  }

  /** The alpha-3 code of an alpha-2 code ({@code MX} to {@code MEX}). */
  public static String alpha3(String alpha2) {
    return new Locale("", requireAlpha2(alpha2)).getISO3Country();
  }

  /** The alpha-2 code of an alpha-3 code; throws when unknown. */
  public static String alpha2(String alpha3) {
    String a2 = ALPHA3_TO_2.get(alpha3);
    if (a2 == null) {
      throw new IllegalArgumentException("not an ISO 3166-1 alpha-3 country code: " + alpha3);
    }
    return a2;
  }
}
