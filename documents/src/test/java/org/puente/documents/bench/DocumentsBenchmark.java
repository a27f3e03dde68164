package org.puente.documents.bench;

import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.puente.documents.DocumentException;
import org.puente.documents.RandomConsignments;
import org.puente.documents.Samples;
import org.puente.documents.formats.CartaPorteSchema;
import org.puente.documents.formats.CartaPorteXml;
import org.puente.documents.formats.ConsignmentJson;
import org.puente.documents.formats.ConsignmentMerge;
import org.puente.documents.formats.DodaXml;
import org.puente.documents.formats.EManifestJson;
import org.puente.documents.formats.EntrySummaryJson;
import org.puente.documents.formats.SafeXml;
import org.puente.documents.formats.X12Manifest309;
import org.puente.documents.model.Consignment;

/**
 * Throughput of the documents module (run with {@code ./mvnw -Pbench -pl documents verify}):
 * consignments translated to all three national formats, read back, merged and validated per second
 * (random consignments: their made-up SAT catalogue keys are not XSD-valid); the steel coil Carta
 * Porte XML parsed and validated against SAT's XSD per second; and the baseline of the same run,
 * canonical JSON written and read, to report the others as ratios; plus the CBP Form 7501 entry
 * summary written and read with its rules, and the X12 309 interchange written.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class DocumentsBenchmark {
  private Consignment consignment;
  private byte[] cartaPorte;
  private byte[] consignmentJson;
  private CartaPorteSchema schema;
  private Consignment entered;
  private X12Manifest309.Envelope envelope;

  @Setup
  public void setUp() throws DocumentException {
    consignment = RandomConsignments.generate(42);
    cartaPorte = CartaPorteXml.write(Samples.steelCoil());
    consignmentJson = ConsignmentJson.write(consignment);
    entered = RandomConsignments.generateEntered(42);
    envelope =
        new X12Manifest309.Envelope(
            "MXCR", "USCBPACE", 1, OffsetDateTime.parse("2026-11-29T10:15:00Z"), false);
    String shared = System.getProperty("puente.shared", "../../shared");
    schema = CartaPorteSchema.load(Path.of(shared, "data/sat-cartaporte31"));
  }

  /** Baseline: the canonical JSON read back (strict, identifiers validated). */
  @Benchmark
  public Consignment baseline_canonicalJsonRead() throws DocumentException {
    return ConsignmentJson.read(consignmentJson);
  }

  /** One consignment to e-Manifest, DODA and Carta Porte, read back, merged and compared. */
  @Benchmark
  public boolean consignment_translatedAndValidated() throws DocumentException {
    ConsignmentMerge.Merged m =
        ConsignmentMerge.merge(
            List.of(
                EManifestJson.read(EManifestJson.write(consignment)),
                CartaPorteXml.read(CartaPorteXml.write(consignment)),
                DodaXml.read(DodaXml.write(consignment))));
    return m.conflicts().isEmpty() && m.consignment().equals(consignment);
  }

  /** One consignment to its CBP Form 7501 entry summary JSON, read back with every rule checked. */
  @Benchmark
  public Consignment entrySummary_writtenAndRead() throws DocumentException {
    return EntrySummaryJson.read(EntrySummaryJson.write(entered));
  }

  /** One consignment's e-Manifest trip written as an X12 309 interchange. */
  @Benchmark
  public byte[] x12Manifest_written() throws DocumentException {
    return X12Manifest309.write(consignment, envelope);
  }

  /** One Carta Porte XML parsed (hardened parser) and validated against SAT's XSD, then read. */
  @Benchmark
  public Consignment cartaPorte_parsedAndValidated() throws DocumentException {
    var root = SafeXml.parse(cartaPorte).getDocumentElement();
    if (!schema.validate(root).isEmpty()) {
      throw new IllegalStateException("the benchmark's Carta Porte must be valid");
    }
    return CartaPorteXml.read(root);
  }
}
