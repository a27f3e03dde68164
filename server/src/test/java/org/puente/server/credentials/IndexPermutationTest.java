package org.puente.server.credentials;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.util.BitSet;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The status index permutation: a bijection of [0, size), keyed, and far from the identity. */
class IndexPermutationTest {
  private static byte[] key(long seed) {
    byte[] key = new byte[32];
    new Random(seed).nextBytes(key);
    return key;
  }

  @Test
  void everySizeAndKey_givesEachIndexExactlyOnce() {
    qt().withExamples(60)
        .forAll(integers().between(1, 3000), integers().all())
        .checkAssert(
            (size, seed) -> {
              IndexPermutation p = new IndexPermutation(key(seed), size);
              BitSet seen = new BitSet(size);
              for (int n = 0; n < size; n++) {
                int i = p.apply(n);
                assertThat(i).isBetween(0, size - 1);
                assertThat(seen.get(i)).as("index %d given twice", i).isFalse();
                seen.set(i);
              }
              assertThat(seen.cardinality()).isEqualTo(size);
            });
  }

  @Test
  void theNodesListSize_isPermutedWholly_andTheFirstIndexesAreScattered() {
    int size = 131_072; // Bitstring Status List §3.1 minimum (16 KB)
    IndexPermutation p = new IndexPermutation(key(7), size);
    BitSet seen = new BitSet(size);
    for (int n = 0; n < size; n++) {
      seen.set(p.apply(n));
    }
    assertThat(seen.cardinality()).isEqualTo(size);
    // The first 1,000 credentials do not sit together: they spread over the whole list.
    int below = 0;
    for (int n = 0; n < 1000; n++) {
      if (p.apply(n) < size / 2) {
        below++;
      }
    }
    assertThat(below).isBetween(400, 600);
  }

  @Test
  void anotherKey_givesAnotherOrder_andTheSameKeyTheSame() {
    IndexPermutation a = new IndexPermutation(key(1), 131_072);
    IndexPermutation b = new IndexPermutation(key(2), 131_072);
    IndexPermutation a2 = new IndexPermutation(key(1), 131_072);
    int same = 0;
    for (int n = 0; n < 100; n++) {
      assertThat(a.apply(n)).isEqualTo(a2.apply(n));
      if (a.apply(n) == b.apply(n)) {
        same++;
      }
    }
    assertThat(same).isLessThan(3);
  }

  @Test
  void badArguments_areRefused() {
    assertThatThrownBy(() -> new IndexPermutation(new byte[8], 10))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new IndexPermutation(key(1), 0))
        .isInstanceOf(IllegalArgumentException.class);
    IndexPermutation p = new IndexPermutation(key(1), 10);
    assertThatThrownBy(() -> p.apply(10)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> p.apply(-1)).isInstanceOf(IllegalArgumentException.class);
    assertThat(p.toString()).doesNotContain("key");
  }
}
