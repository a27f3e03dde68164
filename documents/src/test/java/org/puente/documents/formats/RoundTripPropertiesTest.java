package org.puente.documents.formats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.puente.documents.DocumentException;
import org.puente.documents.RandomConsignments;
import org.puente.documents.model.Consignment;

class RoundTripPropertiesTest {

  @Test
  @DisplayName(
      "Random valid consignments survive e-Manifest + DODA + Carta Porte and back unchanged")
  void randomConsignments_survivingEveryNationalFormat_areUnchanged() {
    qt().withExamples(150)
        .forAll(longs().all())
        .checkAssert(
            seed -> {
              Consignment c = RandomConsignments.generate(seed);
              ConsignmentMerge.Merged merged =
                  ConsignmentMerge.merge(
                      List.of(
                          unchecked(() -> EManifestJson.read(EManifestJson.write(c))),
                          unchecked(() -> CartaPorteXml.read(CartaPorteXml.write(c))),
                          unchecked(() -> DodaXml.read(DodaXml.write(c)))));
              assertThat(merged.conflicts()).as("seed %d", seed).isEmpty();
              assertThat(merged.consignment()).as("seed %d", seed).isEqualTo(c);
            });
  }

  @Test
  void randomConsignments_surviveTheCanonicalJson() {
    qt().withExamples(150)
        .forAll(longs().all())
        .checkAssert(
            seed -> {
              Consignment c = RandomConsignments.generate(seed);
              assertThat(unchecked(() -> ConsignmentJson.read(ConsignmentJson.write(c))))
                  .isEqualTo(c);
            });
  }

  @Test
  @DisplayName(
      "Random entered consignments survive the four national formats and back unchanged, and an"
          + " entry summary survives the consignment unchanged")
  void randomEnteredConsignments_survivingTheEntrySummary_areUnchanged() {
    qt().withExamples(100)
        .forAll(longs().all())
        .checkAssert(
            seed -> {
              Consignment c = RandomConsignments.generateEntered(seed);
              byte[] summary = unchecked(() -> EntrySummaryJson.write(c));
              Consignment back = unchecked(() -> EntrySummaryJson.read(summary));
              ConsignmentMerge.Merged merged =
                  ConsignmentMerge.merge(
                      List.of(
                          unchecked(() -> EManifestJson.read(EManifestJson.write(c))),
                          unchecked(() -> CartaPorteXml.read(CartaPorteXml.write(c))),
                          unchecked(() -> DodaXml.read(DodaXml.write(c))),
                          back));
              assertThat(merged.conflicts()).as("seed %d", seed).isEmpty();
              assertThat(merged.consignment()).as("seed %d", seed).isEqualTo(c);
              assertThat(unchecked(() -> EntrySummaryJson.write(back)))
                  .as("seed %d", seed)
                  .isEqualTo(summary);
            });
  }

  interface Io<T> {
    T get() throws DocumentException;
  }

  static <T> T unchecked(Io<T> io) {
    try {
      return io.get();
    } catch (DocumentException e) {
      throw new AssertionError(e + " " + e.errors(), e);
    }
  }
}
