package org.puente.documents.formats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.puente.documents.DocumentException;
import org.puente.documents.Documents;
import org.puente.documents.Samples;
import org.puente.documents.ValidationError;

/**
 * The X12 309 interchange checked by structure alone: segments split at the terminator and elements
 * at the separator, no X12 parser.
 */
class X12Manifest309Test {
  private static final X12Manifest309.Envelope ENVELOPE =
      new X12Manifest309.Envelope(
          "MXCR", "USCBPACE", 4217, OffsetDateTime.parse("2026-11-29T10:15:00Z"), true);

  private static List<String[]> segments(byte[] edi) {
    String text = new String(edi, StandardCharsets.US_ASCII);
    assertThat(text).endsWith("~\n");
    return Arrays.stream(text.split("~\n")).map(s -> s.split("\\*", -1)).toList();
  }

  private static List<String> ids(List<String[]> segments) {
    return segments.stream().map(s -> s[0]).toList();
  }

  @Test
  void x12_ofTheSteelCoil_matchesItsGoldenFile() throws Exception {
    Golden.assertMatches(
        "steel-coil.x12-309.edi", X12Manifest309.write(Samples.steelCoil(), ENVELOPE));
  }

  @Test
  @DisplayName("Envelope counts and control numbers agree: ISA/IEA, GS/GE, ST/SE")
  void x12_envelope_countsAndControlNumbersMatch() throws Exception {
    byte[] edi = X12Manifest309.write(Samples.steelCoil(), ENVELOPE);
    String text = new String(edi, StandardCharsets.US_ASCII);
    assertThat(text.substring(0, text.indexOf('\n'))).hasSize(106);
    List<String[]> s = segments(edi);
    String[] isa = s.get(0);
    String[] gs = s.get(1);
    String[] st = s.get(2);
    String[] se = s.get(s.size() - 3);
    String[] ge = s.get(s.size() - 2);
    String[] iea = s.get(s.size() - 1);
    assertThat(isa).hasSize(17);
    assertThat(isa[13]).isEqualTo("000004217").isEqualTo(iea[2]);
    assertThat(isa[12]).isEqualTo("00502");
    assertThat(isa[15]).isEqualTo("T");
    assertThat(isa[16]).isEqualTo(">");
    assertThat(isa[11]).isEqualTo("^");
    assertThat(isa[6]).isEqualTo("MXCR           ");
    assertThat(iea[1]).isEqualTo("1");
    assertThat(gs[1]).isEqualTo("AQ");
    assertThat(gs[8]).isEqualTo("005020");
    assertThat(gs[6]).isEqualTo("4217").isEqualTo(ge[2]);
    assertThat(ge[1]).isEqualTo("1");
    assertThat(st[1]).isEqualTo("309");
    assertThat(st[2]).isEqualTo(se[2]);
    int stToSe = s.size() - 2 - 3 + 1;
    assertThat(Integer.parseInt(se[1])).isEqualTo(stToSe);
    assertThat(ids(s)).containsOnlyOnce("ISA", "GS", "ST", "M10", "P4", "SE", "GE", "IEA");
  }

  @Test
  void x12_body_carriesTheTripShipmentEquipmentAndCommodity() throws Exception {
    List<String[]> s = segments(X12Manifest309.write(Samples.steelCoil(), ENVELOPE));
    assertThat(ids(s))
        .containsSubsequence(
            "ST", "M10", "VEH", "N9", "NM1", "DMG", "REF", "P4", "LX", "M11", "N9", "N1", "N3",
            "N4", "N1", "N3", "N4", "VID", "N10", "SE");
    String[] m10 = s.stream().filter(x -> x[0].equals("M10")).findFirst().orElseThrow();
    assertThat(m10[1]).isEqualTo("MXCR");
    assertThat(m10[6]).isEqualTo("MXCR2611290017");
    String[] vid = s.stream().filter(x -> x[0].equals("VID")).findFirst().orElseThrow();
    assertThat(vid).containsExactly("VID", "TL", "TCR5531", "MX2611290071");
    String[] m11 = s.stream().filter(x -> x[0].equals("M11")).findFirst().orElseThrow();
    assertThat(m11[1]).isEqualTo("MXCR261129A1");
    for (String[] seg : s.subList(1, s.size())) {
      for (String element : seg) {
        assertThat(element).doesNotContain("~", "^", ">").matches("[\\x20-\\x7E]*");
      }
    }
  }

  @Test
  void x12_fromACartaPorteAlone_saysWhatCbpNeeds() throws Exception {
    var mxOnly = CartaPorteXml.read(CartaPorteXml.write(Samples.steelCoil()));
    assertThatThrownBy(() -> X12Manifest309.write(mxOnly, ENVELOPE))
        .isInstanceOfSatisfying(
            DocumentException.class,
            e ->
                assertThat(e.errors())
                    .extracting(ValidationError::path)
                    .contains("/references/tripNumber", "/conveyance/vin"));
  }

  @Test
  void documents_translateToX12_takesTheDateAndControlNumberFromTheClock() throws Exception {
    Clock clock = Clock.fixed(Instant.parse("2026-11-29T10:15:00Z"), ZoneOffset.UTC);
    byte[] edi =
        Documents.create(null, null)
            .withClock(clock)
            .translate(ConsignmentJson.write(Samples.steelCoil()), Documents.Target.X12_309);
    String[] isa = segments(edi).get(0);
    assertThat(isa[9]).isEqualTo("261129");
    assertThat(isa[10]).isEqualTo("1015");
    assertThat(isa[8].strip()).isEqualTo(Documents.X12_RECEIVER);
    assertThat(Long.parseLong(isa[13])).isBetween(1L, 999_999_999L);
  }

  @Test
  void envelope_withABadControlNumberOrId_isACallersBug() {
    OffsetDateTime t = OffsetDateTime.parse("2026-11-29T10:15:00Z");
    assertThatThrownBy(() -> new X12Manifest309.Envelope("MXCR", "USCBPACE", 0, t, false))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("control number");
    assertThatThrownBy(() -> new X12Manifest309.Envelope("MX*CR", "USCBPACE", 1, t, false))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("senderId");
  }
}
