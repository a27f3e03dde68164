package org.puente.documents.ids;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.puente.documents.DocumentException;

class ManufacturerIdTest {

  @ParameterizedTest(name = "{0} / {1} / {2} -> {5}")
  @CsvSource(
      delimiter = '|',
      value = {
        // The worked example carriers publish with CBP's rule (FedEx MID guide).
        "Ozrock|92, Alice Springs Road|Melbourne||AU|AUOZR92MEL",
        // Two words: three letters of each; corporate suffix beyond the second word ignored.
        "Amalgamated Plastics Corp.|11455 Main Street Suite 9999|Osaka||JP|JPAMAPLA1145OSA",
        // One word gives three letters; initials written together are one word.
        "Bergstrom|Box 17|Malmö||SE|SEBER17MAL",
        "A.B.C. Company|12,34,56 Akasaka Road|Tokyo||JP|JPABCCOM1234TOK",
        "A B C Company|12-34 56 Akasaka Road|Tokyo||JP|JPABCCOM1234TOK",
        // English articles ignored; a numbered street name is not the address number.
        "The Tung-Ya Company|7 12th Street|Taipei||TW|TWTUNYA7TAI",
        // Apostrophes dropped; accents folded.
        "O'Conner Co.|Calle Ñandú 44|Córdoba||AR|AROCOCO44COR",
        // Canada: the province code replaces the country.
        "Maple Leaf Steel|200 King St W|Toronto|ON|CA|XOMAPLEA200TOR",
        "Aceros del Norte de Nuevo León SA de CV|Av. Churubusco 1500|Monterrey|Nuevo León|MX|MXACEDEL1500MON",
      })
  void construct_followsCbpsRule(
      String name, String street, String city, String province, String country, String mid) {
    assertThat(ManufacturerId.construct(name, street, city, province, country).value())
        .isEqualTo(mid);
  }

  @ParameterizedTest
  @CsvSource({
    "MXACEDEL1500MON, ACCEPTED",
    "XOMAPLEA200TOR, ACCEPTED",
    "AUOZR92MEL, ACCEPTED",
    "CAMAPLEA200TOR, MID_FORMAT",
    "ZZACEDEL1500MON, MID_FORMAT",
    "MXACEDEL1500MO1, MID_FORMAT",
    "MXACEDEL15000MON, MID_FORMAT",
    "mxacedel1500mon, MID_FORMAT",
    "MXMON, MID_FORMAT",
  })
  void parse_acceptsOrRejectsWithCode(String raw, String expected) {
    String outcome;
    try {
      ManufacturerId.parse(raw);
      outcome = "ACCEPTED";
    } catch (DocumentException e) {
      assertThat(e.code()).isEqualTo(DocumentException.Code.INVALID_IDENTIFIER);
      outcome = e.errors().get(0).code();
    }
    assertThat(outcome).isEqualTo(expected);
  }

  @Test
  void construct_forCanadaWithoutAProvince_isACallersBug() {
    assertThatThrownBy(
            () -> ManufacturerId.construct("Maple Leaf", "1 Main", "Toronto", null, "CA"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("province");
  }
}
