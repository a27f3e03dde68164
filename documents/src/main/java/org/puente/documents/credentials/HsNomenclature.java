package org.puente.documents.credentials;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import org.puente.documents.DocumentException;

/**
 * The HS 2022 nomenclature's 6-digit subheadings, loaded from the {@code harmonized-system.csv} of
 * datasets/harmonized-system (columns {@code section,hscode,description,parent,level}). The file is
 * configured by the operator; without it, HS codes are checked for shape only.
 */
public final class HsNomenclature {
  private final Set<String> subheadings;

  private HsNomenclature(Set<String> subheadings) {
    this.subheadings = Set.copyOf(subheadings);
  }

  /** Loads the 6-digit rows of the CSV. */
  public static HsNomenclature load(Path csv) throws DocumentException {
    Set<String> codes = new HashSet<>();
    try (BufferedReader r = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        int first = line.indexOf(',');
        int second = first < 0 ? -1 : line.indexOf(',', first + 1);
        if (second == first + 7 && line.endsWith(",6")) {
          codes.add(line.substring(first + 1, second));
        }
      }
    } catch (IOException e) {
      throw new DocumentException(DocumentException.Code.MALFORMED_INPUT, "cannot read " + csv, e);
    }
    if (codes.size() < 5000) {
      throw new DocumentException(
          DocumentException.Code.MALFORMED_INPUT,
          csv + " holds " + codes.size() + " subheadings; HS 2022 has 5,613");
    }
    return new HsNomenclature(codes);
  }

  /** Whether a 6-digit code is an HS 2022 subheading. */
  public boolean exists(String hs6) {
    return subheadings.contains(hs6);
  }

  /** How many subheadings were loaded. */
  public int size() {
    return subheadings.size();
  }
}
