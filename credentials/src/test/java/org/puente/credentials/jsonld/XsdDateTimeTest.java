package org.puente.credentials.jsonld;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The fast date-time parser against {@link OffsetDateTime#parse}, its oracle. */
class XsdDateTimeTest {
  @Test
  void parse_randomNearlyValidTexts_agreesWithOffsetDateTime() {
    Random random = new Random(20261129);
    int fastPath = 0;
    for (int i = 0; i < 5_000; i++) {
      String text = mutate(random, sample(random));
      Instant expected;
      try {
        expected = OffsetDateTime.parse(text).toInstant();
      } catch (DateTimeException e) {
        assertThatThrownBy(() -> XsdDateTime.parse(text)).as(text).isInstanceOf(e.getClass());
        assertThat(XsdDateTime.parseCommonShape(text)).as(text).isNull();
        continue;
      }
      assertThat(XsdDateTime.parse(text)).as(text).isEqualTo(expected);
      Instant fast = XsdDateTime.parseCommonShape(text);
      if (fast != null) {
        assertThat(fast).as(text).isEqualTo(expected);
        fastPath++;
      }
    }
    assertThat(fastPath).isGreaterThan(1_000);
  }

  @Test
  void parse_edgeCases_agreesWithOffsetDateTime() {
    for (String text :
        List.of(
            "2026-02-29T00:00:00Z",
            "2028-02-29T23:59:59.999999999+14:00",
            "2026-12-31T24:00:00Z",
            "2026-06-15T12:00:60Z",
            "2026-06-15T12:00:00.1234567891Z",
            "2026-06-15T12:00:00+18:01",
            "2026-06-15T12:00:00-00:00",
            "2026-06-15t12:00:00z",
            "+12026-06-15T12:00:00Z",
            "2026-06-15T12:00:00.Z",
            "2026-06-15T12:00Z")) {
      Instant expected;
      try {
        expected = OffsetDateTime.parse(text).toInstant();
      } catch (DateTimeException e) {
        assertThatThrownBy(() -> XsdDateTime.parse(text)).as(text).isInstanceOf(e.getClass());
        continue;
      }
      assertThat(XsdDateTime.parse(text)).as(text).isEqualTo(expected);
    }
  }

  private static String sample(Random r) {
    String fraction = r.nextInt(3) == 0 ? "." + "123456789012".substring(0, 1 + r.nextInt(11)) : "";
    String zone =
        switch (r.nextInt(3)) {
          case 0 -> "Z";
          case 1 -> String.format(Locale.ROOT, "+%02d:%02d", r.nextInt(20), r.nextInt(61));
          default -> String.format(Locale.ROOT, "-%02d:%02d", r.nextInt(20), r.nextInt(61));
        };
    return String.format(
        Locale.ROOT,
        "%04d-%02d-%02dT%02d:%02d:%02d%s%s",
        1 + r.nextInt(9999),
        r.nextInt(14),
        r.nextInt(33),
        r.nextInt(26),
        r.nextInt(61),
        r.nextInt(62),
        fraction,
        zone);
  }

  private static String mutate(Random r, String text) {
    if (r.nextInt(4) != 0) {
      return text;
    }
    char[] chars = text.toCharArray();
    chars[r.nextInt(chars.length)] = "0123456789-:T.Zz+ ".charAt(r.nextInt(18));
    return new String(chars);
  }
}
