package org.puente.documents.ids;

import java.util.Set;

/**
 * SAT's customs offices: the 2-digit keys of catalogue c_Aduana (as published with the CFDI
 * catalogues; the descriptions stay in the catalogue file, see the catalogue file), and the CBP
 * ports of entry on the Mexican land border (district 2 digits + port 2 digits, from BTS Border
 * Crossing/Entry Data).
 */
public final class Aduanas {
  private Aduanas() {}

  // SAT c_Aduana keys.
  private static final Set<String> ADUANAS =
      Set.of(
          "01", "02", "05", "06", "07", "08", "11", "12", "14", "16", "17", "18", "19", "20", "22",
          "23", "24", "25", "26", "27", "28", "30", "31", "33", "34", "37", "38", "39", "40", "42",
          "43", "44", "46", "47", "48", "50", "51", "52", "53", "64", "65", "67", "73", "75", "80",
          "81", "82", "83", "84", "85");

  // CBP ports on the US-Mexico border (BTS port codes).
  private static final Set<String> CBP_PORTS =
      Set.of(
          "2301", "2302", "2303", "2304", "2305", "2307", "2309", "2310", "2401", "2402", "2403",
          "2404", "2406", "2408", "2410", "2502", "2503", "2504", "2505", "2506", "2507", "2582",
          "2601", "2602", "2603", "2604", "2606", "2608");

  /** Whether a 2-digit key is a SAT aduana. */
  public static boolean isAduana(String key) {
    return ADUANAS.contains(key);
  }

  /** Whether a 4-digit code is a CBP port of entry on the Mexican border. */
  public static boolean isCbpPort(String code) {
    return CBP_PORTS.contains(code);
  }
}
