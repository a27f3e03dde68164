package org.puente.ledger.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.puente.credentials.keys.KeyType;
import org.puente.credentials.keys.MultikeyPair;
import org.puente.ledger.application.LogView;
import org.puente.ledger.application.TransparencyLog;
import org.puente.ledger.infrastructure.FileTileStore;
import org.puente.ledger.model.DomainSeparation;
import org.puente.ledger.model.Hash;
import org.puente.ledger.model.InclusionProof;
import org.puente.ledger.model.MerkleTree;
import org.puente.ledger.model.NoteSigner;

/**
 * JMH: inclusion and consistency proof generation from tiles on disk, and inclusion verification,
 * with one SHA-256 leaf hash as the baseline in the same run.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class ProofBenchmark {
  @Param({"1000000"})
  long size;

  private Path dir;
  private FileTileStore store;
  private LogView view;
  private InclusionProof proof;
  private Hash leaf;
  private Hash root;

  @Setup(Level.Trial)
  public void build() throws Exception {
    dir = Files.createTempDirectory("ledger-bench");
    NoteSigner signer =
        NoteSigner.log("bench.example/log", MultikeyPair.generate(KeyType.ED25519, new SecureRandom()));
    try (TransparencyLog log = TransparencyLog.open(FileTileStore.open(dir), signer, 8192)) {
      for (long from = 0; from < size; from += 100_000) {
        List<CompletableFuture<Long>> acks = new ArrayList<>();
        for (long i = from; i < Math.min(size, from + 100_000); i++) {
          acks.add(log.appendAsync(LoadRun.entry(i)));
        }
        acks.forEach(CompletableFuture::join);
      }
    }
    store = FileTileStore.open(dir);
    view = new LogView(store);
    proof = view.inclusionProof(size / 3, size);
    leaf = DomainSeparation.leafHash(LoadRun.entry(size / 3));
    root = view.rootHash(size);
  }

  @TearDown(Level.Trial)
  public void close() throws Exception {
    store.close();
  }

  @Benchmark
  public Hash baselineLeafHash() {
    return DomainSeparation.leafHash(LoadRun.entry(7));
  }

  @Benchmark
  public InclusionProof inclusionProof() throws Exception {
    return view.inclusionProof(ThreadLocalRandom.current().nextLong(size), size);
  }

  @Benchmark
  public Object consistencyProof() throws Exception {
    return view.consistencyProof(1 + ThreadLocalRandom.current().nextLong(size - 1), size);
  }

  @Benchmark
  public Hash verifyInclusion() throws Exception {
    MerkleTree.verifyInclusion(proof, leaf, root);
    return root;
  }
}
