package org.puente.credentials.bench;

import java.lang.management.ManagementFactory;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Locale;
import org.puente.credentials.Credentials;
import org.puente.credentials.di.Cryptosuite;
import org.puente.credentials.keys.KeyType;
import org.puente.credentials.keys.MultikeyPair;

/**
 * Per-thread CPU time and allocation of one verification of the USMCA credential beside one raw
 * Ed25519 verification, with the JIT warm. CPU time is what the verification costs however busy
 * the shared machine is, so this main complements JMH's wall-clock rates. Run from the bench
 * classpath: {@code java -cp … org.puente.credentials.bench.VerifyCpuTime [v2|traceability]
 * [rounds]}.
 */
public final class VerifyCpuTime {
  private static final com.sun.management.ThreadMXBean THREADS =
      (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();

  private VerifyCpuTime() {}

  @FunctionalInterface
  interface Operation {
    Object run() throws Exception;
  }

  public static void main(String[] args) throws Exception {
    String contexts = args.length > 0 ? args[0] : "v2";
    int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 5;
    MultikeyPair ed = DataIntegrityBenchmark.key(KeyType.ED25519);
    MultikeyPair p256 = DataIntegrityBenchmark.key(KeyType.P256);
    Credentials.Builder builder =
        Credentials.builder()
            .clock(Clock.fixed(Instant.parse("2026-06-15T12:00:00Z"), ZoneOffset.UTC));
    if (contexts.equals("traceability")) {
      builder.contextDirectory(DataIntegrityBenchmark.sharedContexts());
    }
    Credentials credentials = builder.build();
    var signedEd =
        credentials.issue(
            DataIntegrityBenchmark.usmca(ed, contexts), ed, Cryptosuite.EDDSA_RDFC_2022);
    var signedP256 =
        credentials.issue(
            DataIntegrityBenchmark.usmca(p256, contexts), p256, Cryptosuite.ECDSA_RDFC_2019);
    byte[] data = new byte[64];
    Arrays.fill(data, (byte) 0x5a);
    byte[] edSignature = ed.sign(data);
    byte[] p256Signature = p256.sign(data);
    Operation raw =
        () -> {
          ed.publicKey().verify(data, edSignature);
          return ed;
        };
    Operation rawP256 =
        () -> {
          p256.publicKey().verify(data, p256Signature);
          return p256;
        };
    Operation verify = () -> credentials.verify(signedEd);
    Operation verifyP256 = () -> credentials.verify(signedP256);
    var unsecured = jakarta.json.Json.createObjectBuilder(signedEd).remove("proof").build();
    var config =
        jakarta.json.Json.createObjectBuilder(signedEd.getJsonObject("proof"))
            .remove("proofValue")
            .build();
    var di = credentials.dataIntegrity();
    Operation signingInput =
        () -> di.signingInput(unsecured, config, Cryptosuite.EDDSA_RDFC_2022, KeyType.ED25519);
    if (args.length > 2 && args[2].equals("parts")) {
      for (int round = 0; round < rounds; round++) {
        System.out.println(
            String.format(
                Locale.ROOT,
                "%s round %d: raw %.1f µs, verify %.1f µs, signingInput %.1f µs",
                contexts,
                round,
                measure(raw, 20_000)[0],
                measure(verify, 20_000)[0],
                measure(signingInput, 20_000)[0]));
      }
      return;
    }
    if (args.length > 2 && args[2].equals("parts-min")) {
      var loader = org.puente.credentials.jsonld.ContextLoader.bundled();
      if (contexts.equals("traceability")) {
        loader = loader.withDirectory(DataIntegrityBenchmark.sharedContexts());
      }
      var canonicalizer =
          new org.puente.credentials.jsonld.Canonicalizer(
              loader, org.puente.credentials.jsonld.JsonLimits.DEFAULT);
      var withContext =
          jakarta.json.Json.createObjectBuilder(config)
              .add("@context", signedEd.get("@context"))
              .build();
      Operation document = () -> canonicalizer.canonicalize(unsecured, "SHA-256");
      Operation proofConfig = () -> canonicalizer.canonicalize(withContext, "SHA-256");
      Operation[] operations = {raw, verify, document, proofConfig};
      double[] best = {Double.MAX_VALUE, Double.MAX_VALUE, Double.MAX_VALUE, Double.MAX_VALUE};
      for (int batch = 0; batch < rounds; batch++) {
        for (int k = 0; k < operations.length; k++) {
          best[k] = Math.min(best[k], measure(operations[k], 1_000)[0]);
        }
      }
      System.out.println(
          String.format(
              Locale.ROOT,
              "%s least of %d batches: raw %.1f µs, verify %.1f µs, canonical document %.1f µs,"
                  + " canonical proof configuration %.1f µs",
              contexts,
              rounds,
              best[0],
              best[1],
              best[2],
              best[3]));
      return;
    }
    if (args.length > 2 && args[2].equals("min")) {
      // short alternating batches; the least CPU time per operation over all batches is the
      // figure least disturbed by other processes sharing the core
      double[] best = {Double.MAX_VALUE, Double.MAX_VALUE, Double.MAX_VALUE, Double.MAX_VALUE};
      Operation[] operations = {raw, verify, rawP256, verifyP256};
      for (int batch = 0; batch < rounds; batch++) {
        for (int k = 0; k < operations.length; k++) {
          best[k] = Math.min(best[k], measure(operations[k], k % 2 == 0 ? 1_000 : 500)[0]);
        }
      }
      System.out.println(
          String.format(
              Locale.ROOT,
              "%s least of %d batches: raw Ed25519 %.1f µs, eddsa-rdfc-2022 verify %.1f µs,"
                  + " verify ÷ raw %.0f %%; raw P-256 %.1f µs, ecdsa-rdfc-2019 verify %.1f µs,"
                  + " verify ÷ raw %.0f %%",
              contexts,
              rounds,
              best[0],
              best[1],
              100 * best[0] / best[1],
              best[2],
              best[3],
              100 * best[2] / best[3]));
      return;
    }
    if (args.length > 2 && args[2].equals("profile-input")) {
      for (int round = 0; round < rounds; round++) {
        measure(signingInput, 20_000);
      }
      return;
    }
    if (args.length > 2 && args[2].equals("profile")) {
      // only the Ed25519 verification, for a sampling profiler
      for (int round = 0; round < rounds; round++) {
        measure(verify, 20_000);
      }
      return;
    }
    for (int round = 0; round < rounds; round++) {
      double rawMicros = measure(raw, 20_000)[0];
      double[] full = measure(verify, 20_000);
      double rawP256Micros = measure(rawP256, 5_000)[0];
      double[] fullP256 = measure(verifyP256, 5_000);
      System.out.println(
          String.format(
              Locale.ROOT,
              "%s round %d: raw Ed25519 %.1f µs, eddsa-rdfc-2022 verify %.1f µs (%.0f KB),"
                  + " verify ÷ raw %.0f %%; raw P-256 %.1f µs, ecdsa-rdfc-2019 verify %.1f µs"
                  + " (%.0f KB), verify ÷ raw %.0f %%",
              contexts,
              round,
              rawMicros,
              full[0],
              full[1] / 1024,
              100 * rawMicros / full[0],
              rawP256Micros,
              fullP256[0],
              fullP256[1] / 1024,
              100 * rawP256Micros / fullP256[0]));
    }
  }

  /** {CPU µs, allocated bytes} per operation, averaged over {@code count} runs. */
  private static double[] measure(Operation operation, int count) throws Exception {
    Object sink = null;
    long cpu = THREADS.getCurrentThreadCpuTime();
    long bytes = THREADS.getThreadAllocatedBytes(Thread.currentThread().getId());
    for (int i = 0; i < count; i++) {
      sink = operation.run();
    }
    long cpuSpent = THREADS.getCurrentThreadCpuTime() - cpu;
    long allocated = THREADS.getThreadAllocatedBytes(Thread.currentThread().getId()) - bytes;
    if (sink == null) {
      throw new IllegalStateException("no result");
    }
    return new double[] {cpuSpent / 1000.0 / count, (double) allocated / count};
  }
}
