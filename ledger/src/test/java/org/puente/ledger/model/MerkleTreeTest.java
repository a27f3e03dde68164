package org.puente.ledger.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.puente.ledger.LedgerException;
import org.puente.ledger.LedgerException.Code;

class MerkleTreeTest {
  private static final JsonObject VECTORS = load();
  private static final List<byte[]> LEAVES = leaves();
  private static final NaiveMerkle ORACLE = new NaiveMerkle(LEAVES);

  private static JsonObject load() {
    try (InputStream in =
        MerkleTreeTest.class.getResourceAsStream("/vectors/transparency-dev/merkle.json")) {
      return Json.createReader(in).readObject();
    } catch (Exception e) {
      throw new AssertionError(e);
    }
  }

  private static List<byte[]> leaves() {
    List<byte[]> out = new ArrayList<>();
    for (JsonValue v : VECTORS.getJsonArray("leaves")) {
      out.add(HexFormat.of().parseHex(((JsonString) v).getString()));
    }
    return out;
  }

  private static List<Hash> hashes(JsonObject vector) {
    return vector.getJsonArray("path").getValuesAs(JsonString.class).stream()
        .map(s -> Hash.ofHex(s.getString()))
        .toList();
  }

  private static Hash root(long size) {
    return Hash.ofHex(VECTORS.getJsonArray("roots").getString((int) size));
  }

  @Test
  void rootHash_referenceLeaves_matchesEveryPublishedRoot() throws Exception {
    for (int size = 0; size <= LEAVES.size(); size++) {
      assertThat(MerkleTree.rootHash(ORACLE.reader(), size)).isEqualTo(root(size));
      assertThat(new Hash(ORACLE.mth(0, size))).isEqualTo(root(size));
    }
  }

  @Test
  void inclusionProof_referenceVectors_generatedAndVerified() throws Exception {
    for (JsonObject v : VECTORS.getJsonArray("inclusion").getValuesAs(JsonObject.class)) {
      long index = v.getInt("index");
      long size = v.getInt("size");
      InclusionProof proof = MerkleTree.inclusionProof(ORACLE.reader(), index, size);
      assertThat(proof.path()).as("%s", v).isEqualTo(hashes(v));
      Hash leaf = DomainSeparation.leafHash(LEAVES.get((int) index));
      MerkleTree.verifyInclusion(proof, leaf, root(size));
    }
  }

  @Test
  void consistencyProof_referenceVectors_generatedAndVerified() throws Exception {
    for (JsonObject v : VECTORS.getJsonArray("consistency").getValuesAs(JsonObject.class)) {
      long old = v.getInt("old");
      long size = v.getInt("new");
      ConsistencyProof proof = MerkleTree.consistencyProof(ORACLE.reader(), old, size);
      assertThat(proof.path()).as("%s", v).isEqualTo(hashes(v));
      MerkleTree.verifyConsistency(proof, root(old), root(size));
    }
  }

  @Test
  void verifyInclusion_proofForAnotherTreeSize_failsWithCode() throws Exception {
    InclusionProof proof = MerkleTree.inclusionProof(ORACLE.reader(), 5, 8);
    InclusionProof moved = new InclusionProof(5, 7, proof.path());
    Hash leaf = DomainSeparation.leafHash(LEAVES.get(5));
    assertThatThrownBy(() -> MerkleTree.verifyInclusion(moved, leaf, root(7)))
        .isInstanceOfSatisfying(
            LedgerException.class,
            e -> assertThat(e.code()).isEqualTo(Code.INCLUSION_PROOF_FAILED));
  }

  @Test
  void verifyConsistency_sameSizeDifferentRoots_failsWithCode() {
    ConsistencyProof proof = new ConsistencyProof(3, 3, List.of());
    assertThatThrownBy(() -> MerkleTree.verifyConsistency(proof, root(3), root(4)))
        .isInstanceOfSatisfying(
            LedgerException.class,
            e -> assertThat(e.code()).isEqualTo(Code.CONSISTENCY_PROOF_FAILED));
  }

  @Test
  void inclusionProof_indexBeyondTree_isOutOfRange() {
    assertThatThrownBy(() -> MerkleTree.inclusionProof(ORACLE.reader(), 8, 8))
        .isInstanceOfSatisfying(
            LedgerException.class, e -> assertThat(e.code()).isEqualTo(Code.OUT_OF_RANGE));
  }

  private static NaiveMerkle randomTree(int size) {
    List<byte[]> entries = new ArrayList<>();
    for (int i = 0; i < size; i++) {
      entries.add(("entry-" + i).getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }
    return new NaiveMerkle(entries);
  }

  @Test
  void inclusion_randomTrees_everyProofMatchesOracleAndVerifies_everyTamperedOneFails() {
    qt().withExamples(60)
        .forAll(integers().between(1, 300), integers().between(0, 1_000_000), integers().all())
        .checkAssert(
            (size, pick, flip) -> {
              NaiveMerkle tree = randomTree(size);
              int index = pick % size;
              Hash root = new Hash(tree.mth(0, size));
              Hash leaf = new Hash(NaiveMerkle.sha((byte) 0, entry(index)));
              InclusionProof proof =
                  unchecked(() -> MerkleTree.inclusionProof(tree.reader(), index, size));
              assertThat(proof.path().stream().map(Hash::hex).toList())
                  .isEqualTo(
                      tree.path(index, 0, size).stream().map(h -> new Hash(h).hex()).toList());
              unchecked(
                  () -> {
                    MerkleTree.verifyInclusion(proof, leaf, root);
                    return null;
                  });
              for (InclusionProof bad : Tamper.inclusion(proof, flip)) {
                assertThatThrownBy(() -> MerkleTree.verifyInclusion(bad, leaf, root))
                    .as("tampered %s", bad)
                    .isInstanceOf(LedgerException.class);
              }
            });
  }

  @Test
  void consistency_randomTrees_everyProofMatchesOracleAndVerifies_everyTamperedOneFails() {
    qt().withExamples(60)
        .forAll(integers().between(2, 300), integers().between(0, 1_000_000), integers().all())
        .checkAssert(
            (size, pick, flip) -> {
              NaiveMerkle tree = randomTree(size);
              int old = 1 + pick % (size - 1);
              Hash oldRoot = new Hash(tree.mth(0, old));
              Hash newRoot = new Hash(tree.mth(0, size));
              ConsistencyProof proof =
                  unchecked(() -> MerkleTree.consistencyProof(tree.reader(), old, size));
              assertThat(proof.path().stream().map(Hash::hex).toList())
                  .isEqualTo(
                      tree.subproof(old, 0, size, true).stream()
                          .map(h -> new Hash(h).hex())
                          .toList());
              unchecked(
                  () -> {
                    MerkleTree.verifyConsistency(proof, oldRoot, newRoot);
                    return null;
                  });
              for (ConsistencyProof bad : Tamper.consistency(proof, flip)) {
                assertThatThrownBy(() -> MerkleTree.verifyConsistency(bad, oldRoot, newRoot))
                    .as("tampered %s", bad)
                    .isInstanceOf(LedgerException.class);
              }
              assertThatThrownBy(() -> MerkleTree.verifyConsistency(proof, newRoot, oldRoot))
                  .isInstanceOf(LedgerException.class);
            });
  }

  private static byte[] entry(int index) {
    return ("entry-" + index).getBytes(java.nio.charset.StandardCharsets.UTF_8);
  }

  interface Call<T> {
    T call() throws Exception;
  }

  static <T> T unchecked(Call<T> call) {
    try {
      return call.call();
    } catch (Exception e) {
      throw new AssertionError(e);
    }
  }
}
