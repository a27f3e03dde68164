package org.puente.documents.ids;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;
import org.puente.documents.DocumentException;

/**
 * The CBP entry number check digit against real entry numbers CBP published (ruling HQ H005628; see
 * {@code vectors/cbp-hq-h005628/SOURCE.md}) and our own regression rows in the same manifest.
 */
class EntryNumberVectorsTest {

  @ParameterizedTest(name = "{0} is {1} ({2})")
  @CsvFileSource(resources = "/vectors/cbp-hq-h005628/manifest.csv")
  void entryNumber_parse_matchesTheManifest(String raw, String expected, String source) {
    String outcome;
    try {
      CbpEntryNumber entry = CbpEntryNumber.parse(raw);
      assertThat(entry.display()).isEqualTo(raw);
      outcome = "ACCEPTED";
    } catch (DocumentException e) {
      assertThat(e.code()).isEqualTo(DocumentException.Code.INVALID_IDENTIFIER);
      outcome = e.errors().get(0).code();
    }
    assertThat(outcome).as(source).isEqualTo(expected);
  }
}
