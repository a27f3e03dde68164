package org.puente.ledger.model;

import java.util.ArrayList;
import java.util.List;
import org.puente.ledger.LedgerException;
import org.puente.ledger.LedgerException.Code;

/**
 * The RFC 9162 Merkle tree algorithms over any {@link HashReader}: the tree head (§2.1.1),
 * inclusion proofs (§2.1.3.1 generation, §2.1.3.2 verification) and consistency proofs (§2.1.4.1
 * generation, §2.1.4.2 verification), written step by step as the RFC states them.
 *
 * <p>Verification returns normally only on success; a proof that fails throws {@link
 * LedgerException} with {@link Code#INCLUSION_PROOF_FAILED} or {@link
 * Code#CONSISTENCY_PROOF_FAILED}.
 */
public final class MerkleTree {
  /** No proof path is longer than the height of a tree of 2^63 leaves. */
  public static final int MAX_PATH = 64;

  private MerkleTree() {}

  /** RFC 9162 §2.1.1: MTH(D[n]) for the first {@code size} leaves. */
  public static Hash rootHash(HashReader reader, long size) throws LedgerException {
    if (size == 0) {
      return DomainSeparation.emptyRoot();
    }
    return rangeHash(reader, 0, size);
  }

  /**
   * MTH(D[start:start+n]) where, as in every recursion of RFC 9162 §2.1, {@code start} is a
   * multiple of the largest power of two below {@code n}: split at k, or read a perfect subtree.
   */
  static Hash rangeHash(HashReader reader, long start, long n) throws LedgerException {
    if (Long.bitCount(n) == 1 && start % n == 0) {
      int height = Long.numberOfTrailingZeros(n);
      return reader.nodeHash(height, start >>> height);
    }
    long k = largestPowerOfTwoBelow(n);
    return DomainSeparation.nodeHash(
        rangeHash(reader, start, k), rangeHash(reader, start + k, n - k));
  }

  /** RFC 9162 §2.1.1: the largest power of two smaller than n (n > 1). */
  static long largestPowerOfTwoBelow(long n) {
    if (n < 2) {
      throw new IllegalArgumentException("split needs n > 1, found " + n);
    }
    return Long.highestOneBit(n - 1);
  }

  /** RFC 9162 §2.1.3.1: PATH(m, D[n]). */
  public static InclusionProof inclusionProof(HashReader reader, long index, long size)
      throws LedgerException {
    if (index < 0 || index >= size) {
      throw new LedgerException(
          Code.OUT_OF_RANGE, "leaf index " + index + " is outside a tree of size " + size);
    }
    List<Hash> path = new ArrayList<>();
    path(reader, index, 0, size, path);
    return new InclusionProof(index, size, path);
  }

  // PATH(m, D[start:start+n]); appends in the RFC's order (deepest sibling first).
  private static void path(HashReader reader, long m, long start, long n, List<Hash> out)
      throws LedgerException {
    if (n == 1) {
      return; // PATH(0, {d(0)}) = {}
    }
    long k = largestPowerOfTwoBelow(n);
    if (m < k) { // PATH(m, D[n]) = PATH(m, D[0:k]) : MTH(D[k:n])
      path(reader, m, start, k, out);
      out.add(rangeHash(reader, start + k, n - k));
    } else { // PATH(m, D[n]) = PATH(m - k, D[k:n]) : MTH(D[0:k])
      path(reader, m - k, start + k, n - k, out);
      out.add(rangeHash(reader, start, k));
    }
  }

  /** RFC 9162 §2.1.4.1: PROOF(m, D[n]) = SUBPROOF(m, D[n], true). */
  public static ConsistencyProof consistencyProof(HashReader reader, long oldSize, long newSize)
      throws LedgerException {
    if (oldSize < 0 || oldSize > newSize) {
      throw new LedgerException(
          Code.OUT_OF_RANGE,
          "consistency needs 0 <= old size <= new size, found " + oldSize + " and " + newSize);
    }
    List<Hash> path = new ArrayList<>();
    if (oldSize > 0 && oldSize < newSize) {
      subproof(reader, oldSize, 0, newSize, true, path);
    }
    return new ConsistencyProof(oldSize, newSize, path);
  }

  // SUBPROOF(m, D[start:start+n], b)
  private static void subproof(
      HashReader reader, long m, long start, long n, boolean b, List<Hash> out)
      throws LedgerException {
    if (m == n) { // SUBPROOF(m, D[m], true) = {}; SUBPROOF(m, D[m], false) = {MTH(D[m])}
      if (!b) {
        out.add(rangeHash(reader, start, n));
      }
      return;
    }
    long k = largestPowerOfTwoBelow(n);
    if (m <= k) { // SUBPROOF(m, D[0:k], b) : MTH(D[k:n])
      subproof(reader, m, start, k, b, out);
      out.add(rangeHash(reader, start + k, n - k));
    } else { // SUBPROOF(m - k, D[k:n], false) : MTH(D[0:k])
      subproof(reader, m - k, start + k, n - k, false, out);
      out.add(rangeHash(reader, start, k));
    }
  }

  /** RFC 9162 §2.1.3.2: verifies that {@code leafHash} is leaf {@code index} of {@code root}. */
  public static void verifyInclusion(InclusionProof proof, Hash leafHash, Hash root)
      throws LedgerException {
    Hash computed = rootFromInclusion(proof, leafHash);
    if (!computed.equals(root)) {
      throw new LedgerException(
          Code.INCLUSION_PROOF_FAILED,
          "inclusion proof for leaf "
              + proof.index()
              + " of tree size "
              + proof.treeSize()
              + " leads to root "
              + computed.hex()
              + ", expected "
              + root.hex());
    }
  }

  // RFC 9162 §2.1.3.2 steps 1-5, returning r (sn = 0 is checked here).
  static Hash rootFromInclusion(InclusionProof proof, Hash leafHash) throws LedgerException {
    if (proof.path().size() > MAX_PATH) {
      throw inclusionFailed(proof, "path of " + proof.path().size() + " hashes is too long");
    }
    long fn = proof.index(); // step 2
    long sn = proof.treeSize() - 1;
    Hash r = leafHash; // step 3
    for (Hash p : proof.path()) { // step 4
      if (sn == 0) { // 4a
        throw inclusionFailed(proof, "path is longer than the tree is high");
      }
      if ((fn & 1) == 1 || fn == sn) { // 4b
        r = DomainSeparation.nodeHash(p, r);
        if ((fn & 1) == 0) {
          while ((fn & 1) == 0 && fn != 0) {
            fn >>>= 1;
            sn >>>= 1;
          }
        }
      } else {
        r = DomainSeparation.nodeHash(r, p);
      }
      fn >>>= 1; // 4c
      sn >>>= 1;
    }
    if (sn != 0) { // step 5
      throw inclusionFailed(proof, "path is shorter than the tree is high");
    }
    return r;
  }

  private static LedgerException inclusionFailed(InclusionProof proof, String why) {
    return new LedgerException(
        Code.INCLUSION_PROOF_FAILED,
        "inclusion proof for leaf "
            + proof.index()
            + " of tree size "
            + proof.treeSize()
            + ": "
            + why);
  }

  /** RFC 9162 §2.1.4.2: verifies that {@code oldRoot} of oldSize is a prefix of {@code newRoot}. */
  public static void verifyConsistency(ConsistencyProof proof, Hash oldRoot, Hash newRoot)
      throws LedgerException {
    List<Hash> path = proof.path();
    long first = proof.oldSize();
    long second = proof.newSize();
    if (path.size() > MAX_PATH) {
      throw consistencyFailed(proof, "path of " + path.size() + " hashes is too long");
    }
    if (first == second || first == 0) {
      verifyTrivialConsistency(proof, oldRoot, newRoot);
      return;
    }
    if (path.isEmpty()) { // step 1
      throw consistencyFailed(proof, "the path is empty");
    }
    List<Hash> c = new ArrayList<>(path);
    if (Long.bitCount(first) == 1) { // step 2
      c.add(0, oldRoot);
    }
    long fn = first - 1; // step 3
    long sn = second - 1;
    while ((fn & 1) == 1) { // step 4
      fn >>>= 1;
      sn >>>= 1;
    }
    Hash fr = c.get(0); // step 5
    Hash sr = c.get(0);
    for (Hash value : c.subList(1, c.size())) { // step 6
      if (sn == 0) { // 6a
        throw consistencyFailed(proof, "path is longer than the tree is high");
      }
      if ((fn & 1) == 1 || fn == sn) { // 6b
        fr = DomainSeparation.nodeHash(value, fr);
        sr = DomainSeparation.nodeHash(value, sr);
        if ((fn & 1) == 0) {
          while ((fn & 1) == 0 && fn != 0) {
            fn >>>= 1;
            sn >>>= 1;
          }
        }
      } else {
        sr = DomainSeparation.nodeHash(sr, value);
      }
      fn >>>= 1; // 6c
      sn >>>= 1;
    }
    if (!fr.equals(oldRoot) || !sr.equals(newRoot) || sn != 0) { // step 7
      throw consistencyFailed(
          proof,
          "computed roots "
              + fr.hex()
              + " / "
              + sr.hex()
              + " (sn "
              + sn
              + "), expected "
              + oldRoot.hex()
              + " / "
              + newRoot.hex());
    }
  }

  // Sizes equal: the roots must be; old size 0: the empty tree is a prefix of every tree.
  private static void verifyTrivialConsistency(ConsistencyProof proof, Hash oldRoot, Hash newRoot)
      throws LedgerException {
    if (!proof.path().isEmpty()) {
      throw consistencyFailed(proof, "expected an empty path");
    }
    if (proof.oldSize() == proof.newSize() && !oldRoot.equals(newRoot)) {
      throw consistencyFailed(
          proof, "same size, different roots " + oldRoot.hex() + " and " + newRoot.hex());
    }
  }

  private static LedgerException consistencyFailed(ConsistencyProof proof, String why) {
    return new LedgerException(
        Code.CONSISTENCY_PROOF_FAILED,
        "consistency proof from size " + proof.oldSize() + " to " + proof.newSize() + ": " + why);
  }
}
