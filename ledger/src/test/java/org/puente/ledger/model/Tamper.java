package org.puente.ledger.model;

import java.util.ArrayList;
import java.util.List;

/** Ways to damage a valid proof; each result must fail verification. */
final class Tamper {
  private Tamper() {}

  static Hash flipBit(Hash hash, int seed) {
    byte[] b = hash.bytes();
    int bit = Math.floorMod(seed, 256);
    b[bit / 8] ^= (byte) (1 << (bit % 8));
    return new Hash(b);
  }

  static List<List<Hash>> paths(List<Hash> path, int seed) {
    List<List<Hash>> out = new ArrayList<>();
    Hash junk = DomainSeparation.leafHash(new byte[] {(byte) seed});
    for (int i = 0; i < path.size(); i++) {
      List<Hash> flipped = new ArrayList<>(path);
      flipped.set(i, flipBit(path.get(i), seed + i));
      out.add(flipped);
    }
    if (!path.isEmpty()) {
      out.add(path.subList(0, path.size() - 1));
      out.add(path.subList(1, path.size()));
    }
    List<Hash> longer = new ArrayList<>(path);
    longer.add(junk);
    out.add(longer);
    List<Hash> prefixed = new ArrayList<>(path);
    prefixed.add(0, junk);
    out.add(prefixed);
    return out;
  }

  static List<InclusionProof> inclusion(InclusionProof proof, int seed) {
    List<InclusionProof> out = new ArrayList<>();
    for (List<Hash> path : paths(proof.path(), seed)) {
      out.add(new InclusionProof(proof.index(), proof.treeSize(), path));
    }
    long size = proof.treeSize();
    long index = proof.index();
    if (index + 1 < size) {
      out.add(new InclusionProof(index + 1, size, proof.path()));
    }
    if (index > 0) {
      out.add(new InclusionProof(index - 1, size, proof.path()));
    }
    out.add(new InclusionProof(index, size * 2, proof.path()));
    return out;
  }

  static List<ConsistencyProof> consistency(ConsistencyProof proof, int seed) {
    List<ConsistencyProof> out = new ArrayList<>();
    for (List<Hash> path : paths(proof.path(), seed)) {
      out.add(new ConsistencyProof(proof.oldSize(), proof.newSize(), path));
    }
    out.add(new ConsistencyProof(proof.oldSize(), proof.newSize(), List.of()));
    out.add(new ConsistencyProof(proof.oldSize(), proof.newSize() * 2, proof.path()));
    if (proof.oldSize() > 1) {
      out.add(new ConsistencyProof(proof.oldSize() - 1, proof.newSize(), proof.path()));
    }
    if (proof.oldSize() + 1 < proof.newSize()) {
      out.add(new ConsistencyProof(proof.oldSize() + 1, proof.newSize(), proof.path()));
    }
    return out;
  }
}
