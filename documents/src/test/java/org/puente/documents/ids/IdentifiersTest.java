package org.puente.documents.ids;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.strings;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.puente.documents.DocumentException;

class IdentifiersTest {

  private static String codeOf(ThrowingRunnable r) {
    try {
      r.run();
      return "ACCEPTED";
    } catch (DocumentException e) {
      assertThat(e.code()).isEqualTo(DocumentException.Code.INVALID_IDENTIFIER);
      return e.errors().get(0).code();
    }
  }

  interface ThrowingRunnable {
    void run() throws DocumentException;
  }

  @ParameterizedTest
  @CsvSource({
    // 49 CFR 565 worked example and the all-ones VIN (check digit 1).
    "1M8GDM9AXKP042788, ACCEPTED",
    "11111111111111111, ACCEPTED",
    "1M8GDM9A1KP042788, VIN_CHECK_DIGIT",
    "1M8GDM9AXKP04278, VIN_FORMAT",
    "1M8GDM9AXKP04278O, VIN_FORMAT",
  })
  void vin_parse_acceptsOrRejectsWithCode(String raw, String expected) {
    assertThat(codeOf(() -> Vin.parse(raw))).isEqualTo(expected);
  }

  @Test
  void vin_anySingleCharacterChangeOfPosition9_isRejected() {
    String valid = "3AKJHHDR5NSMA1234".substring(0, 8) + "?" + "NSMA1234";
    String body = valid.replace('?', '0');
    char check = Vin.checkDigit(body);
    String good = body.substring(0, 8) + check + body.substring(9);
    assertThat(new Vin(good).value()).isEqualTo(good);
    for (char c : "0123456789X".toCharArray()) {
      if (c != check) {
        String bad = good.substring(0, 8) + c + good.substring(9);
        assertThat(codeOf(() -> Vin.parse(bad))).isEqualTo("VIN_CHECK_DIGIT");
      }
    }
  }

  @Test
  void entryNumber_checkDigit_detectsEverySingleDigitError() {
    String body = "B760001234";
    char check = CbpEntryNumber.checkDigit(body);
    CbpEntryNumber entry = new CbpEntryNumber(body + check);
    assertThat(entry.filerCode()).isEqualTo("B76");
    assertThat(new CbpEntryNumber(entry.display())).isEqualTo(entry);
    qt().forAll(integers().between(3, 9), integers().between(1, 9))
        .checkAssert(
            (pos, delta) -> {
              char[] chars = (body + check).toCharArray();
              chars[pos] = (char) ('0' + (chars[pos] - '0' + delta) % 10);
              assertThat(codeOf(() -> CbpEntryNumber.parse(new String(chars))))
                  .isEqualTo("ENTRY_NUMBER_CHECK_DIGIT");
            });
  }

  @Test
  void entryNumber_lettersCountAsDigitsByTheirGroup() {
    // A, J and S-1 share values: A=J=1, S=2, so B and K and S are interchangeable.
    assertThat(CbpEntryNumber.checkDigit("B760001234"))
        .isEqualTo(CbpEntryNumber.checkDigit("K760001234"))
        .isEqualTo(CbpEntryNumber.checkDigit("S760001234"));
    assertThat(codeOf(() -> CbpEntryNumber.parse("B76-000123"))).isEqualTo("ENTRY_NUMBER_FORMAT");
  }

  @ParameterizedTest
  @CsvSource({
    // SAT's published test taxpayers.
    "EKU9003173C9, ACCEPTED",
    "XIA190128J61, ACCEPTED",
    "XAXX010101000, ACCEPTED",
    "XEXX010101000, ACCEPTED",
    "EKU9003173C8, RFC_CHECK_DIGIT",
    "EKU9002303C9, RFC_DATE",
    "EK9003173C9, RFC_FORMAT",
    "eku9003173c9, RFC_FORMAT",
  })
  void rfc_parse_acceptsOrRejectsWithCode(String raw, String expected) {
    assertThat(codeOf(() -> Rfc.parse(raw))).isEqualTo(expected);
  }

  @Test
  void rfc_personaFisica_hasThirteenCharactersAndItsOwnCheckDigit() {
    String body = "GOMA800101AB";
    Rfc rfc = new Rfc(body + Rfc.checkDigit(body + "0"));
    assertThat(rfc.personaFisica()).isTrue();
  }

  @ParameterizedTest
  @CsvSource({
    "'24  24  3420  4001234', ACCEPTED",
    "242434204001234, ACCEPTED",
    "'24  24  3420  5001234', PEDIMENTO_YEAR_DIGIT",
    "'24  99  3420  4001234', ADUANA_UNKNOWN",
    "'24 24 3420 4001234', PEDIMENTO_FORMAT",
    "24243420400123, PEDIMENTO_FORMAT",
  })
  void pedimento_parse_acceptsOrRejectsWithCode(String raw, String expected) {
    assertThat(codeOf(() -> Pedimento.parse(raw))).isEqualTo(expected);
  }

  @Test
  void pedimento_partsAndSpacedForm() throws DocumentException {
    Pedimento p = Pedimento.parse("242434204001234");
    assertThat(p.aduana()).isEqualTo("24");
    assertThat(p.patente()).isEqualTo("3420");
    assertThat(p.documento()).isEqualTo("4001234");
    assertThat(p.spaced()).isEqualTo("24  24  3420  4001234");
  }

  @ParameterizedTest
  @CsvSource({
    "ABCD1234567, SCN, ACCEPTED",
    "ABCD, SCN, SCN_FORMAT",
    "ABCD12345678901234, SCN, SCN_FORMAT",
    "abcd123, SCN, SCN_FORMAT",
    "ABCD0001, TRIP, ACCEPTED",
    "ABCD001, TRIP, TRIP_NUMBER_FORMAT",
    "AB1D0001, TRIP, TRIP_NUMBER_FORMAT",
    "2304, PORT, ACCEPTED",
    "2399, PORT, CBP_PORT_UNKNOWN",
    "240, ADUANA, ACCEPTED",
    "800, ADUANA, ACCEPTED",
    "990, ADUANA, ADUANA_UNKNOWN",
    "24, ADUANA, ADUANA_SECCION_FORMAT",
    "CCC3F2A1-9B4C-4D2E-8F10-1A2B3C4D5E6F, IDCCP, ACCEPTED",
    "ABC3F2A1-9B4C-4D2E-8F10-1A2B3C4D5E6F, IDCCP, IDCCP_FORMAT",
    "720838, HS, ACCEPTED",
    "7208.38, HS, ACCEPTED",
    "72083, HS, HS_FORMAT",
    "7208380015, HTSUS, ACCEPTED",
    "720838001, HTSUS, HTSUS_FORMAT",
    "7208380101, TIGIE, ACCEPTED",
    "72083801, TIGIE, TIGIE_FORMAT",
  })
  void shapes_parse_acceptOrRejectWithCode(String raw, String kind, String expected) {
    ThrowingRunnable r =
        switch (kind) {
          case "SCN" -> () -> ShipmentControlNumber.parse(raw);
          case "TRIP" -> () -> TripNumber.parse(raw);
          case "PORT" -> () -> CbpPortCode.parse(raw);
          case "ADUANA" -> () -> AduanaSeccion.parse(raw);
          case "IDCCP" -> () -> IdCcp.parse(raw);
          case "HS" -> () -> Hs6.parse(raw);
          case "HTSUS" -> () -> Htsus10.parse(raw);
          case "TIGIE" -> () -> TigieCode.parse(raw);
          default -> throw new IllegalArgumentException(kind);
        };
    assertThat(codeOf(r)).isEqualTo(expected);
  }

  @Test
  void partyIdentifiers_checkTheirScheme() {
    assertThat(codeOf(() -> PartyIdentifier.parse(IdScheme.PATENTE, "3420"))).isEqualTo("ACCEPTED");
    assertThat(codeOf(() -> PartyIdentifier.parse(IdScheme.PATENTE, "342"))).isEqualTo("ID_FORMAT");
    assertThat(codeOf(() -> PartyIdentifier.parse(IdScheme.RFC, "EKU9003173C8")))
        .isEqualTo("RFC_CHECK_DIGIT");
    assertThat(codeOf(() -> PartyIdentifier.parse(IdScheme.EIN, "12-3456789")))
        .isEqualTo("ACCEPTED");
    assertThatThrownBy(() -> new PartyIdentifier(IdScheme.SCAC, "AB1"))
        .isInstanceOf(InvalidIdentifierException.class)
        .hasMessageContaining("AB1");
  }

  @Test
  void randomStrings_thatAreNotVins_areRejectedWithAVinCode() {
    qt().forAll(strings().allPossible().ofLengthBetween(0, 20))
        .checkAssert(
            s -> {
              String code = codeOf(() -> Vin.parse(s));
              if (!code.equals("ACCEPTED")) {
                assertThat(code).isIn("VIN_FORMAT", "VIN_CHECK_DIGIT");
              } else {
                assertThat(Vin.checkDigit(s)).isEqualTo(s.charAt(8));
              }
            });
  }

  @Test
  void randomRfcs_withAWrongCheckDigit_areRejected() {
    qt().forAll(integers().between(0, 99), integers().between(1, 12), integers().between(1, 28))
        .checkAssert(
            (y, m, d) -> {
              String body = String.format(java.util.Locale.ROOT, "ABC%02d%02d%02dX1", y, m, d);
              char check = Rfc.checkDigit(body + "0");
              assertThat(codeOf(() -> Rfc.parse(body + check))).isEqualTo("ACCEPTED");
              char wrong = check == '1' ? '2' : '1';
              assertThat(codeOf(() -> Rfc.parse(body + wrong))).isEqualTo("RFC_CHECK_DIGIT");
            });
  }
}
