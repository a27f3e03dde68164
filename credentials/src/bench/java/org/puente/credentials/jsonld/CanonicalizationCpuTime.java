package org.puente.credentials.jsonld;

import jakarta.json.JsonObject;
import java.lang.management.ManagementFactory;
import java.util.Locale;
import org.puente.credentials.bench.DataIntegrityBenchmark;
import org.puente.credentials.keys.KeyType;
import org.puente.credentials.keys.MultikeyPair;

/**
 * Per-thread CPU time of the steps of one canonical hash of the USMCA credential (the least over
 * short batches): the direct JSON-LD → RDF walk, RDFC-1.0 on its quads, and the whole {@link
 * Canonicalizer#canonicalHash}. Run from the bench classpath with {@code [v2|traceability]
 * [batches]}.
 */
public final class CanonicalizationCpuTime {
  private static final com.sun.management.ThreadMXBean THREADS =
      (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();

  private CanonicalizationCpuTime() {}

  @FunctionalInterface
  interface Operation {
    Object run() throws Exception;
  }

  public static void main(String[] args) throws Exception {
    String contexts = args.length > 0 ? args[0] : "v2";
    int batches = args.length > 1 ? Integer.parseInt(args[1]) : 40;
    ContextLoader loader = ContextLoader.bundled();
    if (contexts.equals("traceability")) {
      loader = loader.withDirectory(DataIntegrityBenchmark.sharedContexts());
    }
    Canonicalizer canonicalizer = new Canonicalizer(loader, JsonLimits.DEFAULT);
    JsonObject document =
        DataIntegrityBenchmark.usmca(
            MultikeyPair.fromSecret(KeyType.ED25519, new byte[32], null), contexts);
    NQuadsCollector quads = new NQuadsCollector(JsonLimits.DEFAULT.maxQuads());
    canonicalizer.coversDirectly(document);
    Operation walk = () -> canonicalizer.coversDirectly(document);
    Operation rdfc = () -> Rdfc10.canonicalHash(collect(canonicalizer, document), "SHA-256", 1000);
    Operation whole = () -> canonicalizer.canonicalHash(document, "SHA-256");
    Operation text = () -> canonicalizer.canonicalize(document, "SHA-256");
    Operation[] operations = {walk, rdfc, whole, text};
    double[] best = {Double.MAX_VALUE, Double.MAX_VALUE, Double.MAX_VALUE, Double.MAX_VALUE};
    for (int batch = 0; batch < batches; batch++) {
      for (int k = 0; k < operations.length; k++) {
        best[k] = Math.min(best[k], measure(operations[k], 1_000));
      }
    }
    System.out.println(
        String.format(
            Locale.ROOT,
            "%s (%d quads) least of %d batches: direct walk %.1f µs, walk + RDFC-1.0 hash %.1f µs,"
                + " canonicalHash %.1f µs, canonicalize (text) %.1f µs",
            contexts,
            quads.size() + collect(canonicalizer, document).size(),
            batches,
            best[0],
            best[1],
            best[2],
            best[3]));
  }

  private static java.util.List<String[]> collect(Canonicalizer canonicalizer, JsonObject doc)
      throws Exception {
    NQuadsCollector quads = new NQuadsCollector(JsonLimits.DEFAULT.maxQuads());
    canonicalizer.directForBenchmark(doc, quads);
    return quads.quads();
  }

  private static double measure(Operation operation, int count) throws Exception {
    Object sink = null;
    long cpu = THREADS.getCurrentThreadCpuTime();
    for (int i = 0; i < count; i++) {
      sink = operation.run();
    }
    long spent = THREADS.getCurrentThreadCpuTime() - cpu;
    if (sink == null) {
      throw new IllegalStateException("no result");
    }
    return spent / 1000.0 / count;
  }
}
