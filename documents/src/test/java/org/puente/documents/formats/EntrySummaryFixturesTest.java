package org.puente.documents.formats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;
import org.puente.documents.DocumentException;
import org.puente.documents.Documents;
import org.puente.documents.ValidationError;
import org.puente.documents.ValidationReport;

/**
 * One CBP Form 7501 fixture per rule, each the golden entry summary with one thing broken ({@code
 * fixtures/entry-summary/manifest.csv}); reading refuses it with the rule's code at its path, and
 * {@code doc validate} reports the same error.
 */
class EntrySummaryFixturesTest {

  @ParameterizedTest(name = "{0}: {1} at {2} ({3})")
  @CsvFileSource(resources = "/fixtures/entry-summary/manifest.csv")
  void brokenEntrySummary_isRefusedWithTheRulesCode(
      String fixture, String code, String path, String what) throws Exception {
    byte[] json;
    try (InputStream in = getClass().getResourceAsStream("/fixtures/entry-summary/" + fixture)) {
      assertThat(in).as(fixture).isNotNull();
      json = in.readAllBytes();
    }
    assertThatThrownBy(() -> EntrySummaryJson.read(json))
        .isInstanceOfSatisfying(
            DocumentException.class,
            e -> {
              assertThat(e.code()).isEqualTo(DocumentException.Code.INVALID_DOCUMENT);
              assertThat(e.errors())
                  .as(what)
                  .anySatisfy(
                      err -> {
                        assertThat(err.code()).isEqualTo(code);
                        assertThat(err.path()).isEqualTo(path);
                      });
            });
    ValidationReport report = Documents.create(null, null).validate(json);
    assertThat(report.valid()).isFalse();
    assertThat(report.errors()).extracting(ValidationError::code).contains(code);
  }
}
