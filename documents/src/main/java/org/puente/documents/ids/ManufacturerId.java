package org.puente.documents.ids;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.puente.documents.DocumentException;
import org.puente.documents.ErrorCode;

/**
 * A CBP manufacturer/shipper identification code (MID, CBP Form 7501 block 13): up to 15 characters
 * built from the manufacturer's name and address (CBP Form 7501 instructions, block 13 and its
 * appendix on constructing the MID):
 *
 * <ol>
 *   <li>the ISO 3166-1 alpha-2 country, except Canada, where the province code replaces it ({@code
 *       XO} Ontario, {@code XQ} Quebec...);
 *   <li>the first three letters of the first two words of the name (all of a shorter word; one word
 *       gives three letters), ignoring the English words A, AN, AND, OF and THE and punctuation,
 *       splitting words at hyphens and slashes, and treating initials written together ({@code
 *       A.B.C.}, {@code A B C}) as one word;
 *   <li>the largest number in the street line, up to its first four digits, ignoring commas and
 *       hyphens inside it and street names that are numbers ({@code 12th});
 *   <li>the first three letters of the city.
 * </ol>
 *
 * <p><b>Warning:</b> a MID is a lookup key CBP builds by this rule, but CBP may hold another MID
 * for the same manufacturer (collisions, renamed firms); {@link #construct} gives the rule's value,
 * which the filer should confirm.
 *
 * @param value 4 to 15 capitals and digits: country, name part, digits, city
 */
public record ManufacturerId(String value) {
  private static final Pattern SHAPE =
      Pattern.compile("(?<country>[A-Z]{2})[A-Z0-9]{1,6}[0-9]{0,4}[A-Z]{3}");
  private static final Set<String> IGNORED = Set.of("A", "AN", "AND", "OF", "THE");
  private static final Map<String, String> PROVINCES =
      Map.ofEntries(
          Map.entry("AB", "XA"),
          Map.entry("BC", "XC"),
          Map.entry("MB", "XM"),
          Map.entry("NB", "XB"),
          Map.entry("NL", "XW"),
          Map.entry("NS", "XN"),
          Map.entry("NT", "XT"),
          Map.entry("NU", "XV"),
          Map.entry("ON", "XO"),
          Map.entry("PE", "XP"),
          Map.entry("QC", "XQ"),
          Map.entry("SK", "XS"),
          Map.entry("YT", "XY"));
  private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());

  public ManufacturerId {
    Matcher m = value == null ? null : SHAPE.matcher(value);
    boolean shaped = m != null && value.length() <= 15 && m.matches();
    String country = shaped ? m.group("country") : "";
    if (!shaped
        || country.equals("CA")
        || !(COUNTRIES.contains(country) || PROVINCES.containsValue(country))) {
      throw new InvalidIdentifierException(ErrorCode.MID_FORMAT, String.valueOf(value));
    }
  }

  /** Reads an untrusted MID. */
  public static ManufacturerId parse(String raw) throws DocumentException {
    return Check.parse(ManufacturerId::new, raw);
  }

  /**
   * The MID the CBP rule builds from a manufacturer's name and address.
   *
   * @param name the manufacturer's legal name
   * @param street the street line (number and street, or box)
   * @param city the city
   * @param province for Canada, the 2-letter province or territory; otherwise ignored
   * @param country ISO 3166-1 alpha-2 country of the manufacturer
   */
  public static ManufacturerId construct(
      String name, String street, String city, String province, String country) {
    return new ManufacturerId(
        countryPart(country, province) + namePart(name) + numberPart(street) + cityPart(city));
  }

  private static String countryPart(String country, String province) {
    if (!"CA".equals(country)) {
      return country;
    }
    String code = PROVINCES.get(province == null ? "" : province.toUpperCase(Locale.ROOT));
    if (code == null) {
      throw new IllegalArgumentException("a Canadian MID needs a province code, found " + province);
    }
    return code;
  }

  static String namePart(String name) {
    List<String> words = new ArrayList<>();
    StringBuilder initials = new StringBuilder();
    for (String raw : letters(name).split("[\\s\\-/]+")) {
      String word = raw.replaceAll("[^A-Z0-9.]", "");
      if (word.matches("([A-Z]\\.)+[A-Z]?\\.?|[A-Z]")) {
        initials.append(word.replace(".", ""));
        continue;
      }
      flush(initials, words);
      word = word.replace(".", "");
      if (!word.isEmpty() && !IGNORED.contains(word)) {
        words.add(word);
      }
    }
    flush(initials, words);
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < Math.min(2, words.size()); i++) {
      b.append(words.get(i), 0, Math.min(3, words.get(i).length()));
    }
    return b.toString();
  }

  private static void flush(StringBuilder initials, List<String> words) {
    if (initials.length() > 0) {
      if (!IGNORED.contains(initials.toString())) {
        words.add(initials.toString());
      }
      initials.setLength(0);
    }
  }

  static String numberPart(String street) {
    if (street == null) {
      return "";
    }
    String best = "";
    Matcher m =
        Pattern.compile("(?<![0-9A-Za-z])[0-9]+(?:[,\\-][0-9]+)*(?![0-9A-Za-z])").matcher(street);
    while (m.find()) {
      String digits = m.group().replaceAll("[^0-9]", "").replaceFirst("^0+(?=.)", "");
      if (digits.length() > best.length()
          || (digits.length() == best.length() && digits.compareTo(best) > 0)) {
        best = digits;
      }
    }
    return best.substring(0, Math.min(4, best.length()));
  }

  private static String cityPart(String city) {
    String letters = letters(city).replaceAll("[^A-Z]", "");
    if (letters.length() < 3) {
      throw new IllegalArgumentException("a MID needs a city of 3 letters or more: " + city);
    }
    return letters.substring(0, 3);
  }

  private static String letters(String text) {
    if (text == null) {
      throw new IllegalArgumentException("a MID needs the manufacturer's name and city");
    }
    String plain =
        Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "").replace("'", "");
    return plain.toUpperCase(Locale.ROOT).replace("&", " AND ");
  }

  /** The country (or Canadian province code) the MID starts with. */
  public String country() {
    return value.substring(0, 2);
  }

  @Override
  public String toString() {
    return value;
  }
}
