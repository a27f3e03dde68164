package org.puente.credentials.jsonld;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.apicatalog.rdf.nquads.NQuadsReader;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.puente.credentials.TestFixtures;

/**
 * Puente's RDFC-1.0 against rdf-canonize (digitalbazaar's implementation, the one the W3C Data
 * Integrity vectors were made with): 400 random datasets with self-loops, symmetric blank nodes,
 * blank graph names and duplicate quads, each with SHA-256 and SHA-384 ({@code
 * vectors/rdfc/rdf-canonize-random.json}, produced by rdf-canonize 5.0.0).
 */
class Rdfc10Test {
  @Test
  void canonicalize_randomDatasets_matchesRdfCanonize() throws Exception {
    JsonObject fixture = TestFixtures.resource("/vectors/rdfc/rdf-canonize-random.json");
    int checked = 0;
    for (JsonValue value : fixture.getJsonArray("cases")) {
      JsonObject c = value.asJsonObject();
      List<String[]> quads = parse(c.getString("input"));
      assertThat(Rdfc10.canonicalize(quads, c.getString("hash"), 1_000_000))
          .as("case %d:%n%s", checked, c.getString("input"))
          .isEqualTo(c.getString("canonical"));
      assertThat(Rdfc10.canonicalHash(quads, c.getString("hash"), 1_000_000))
          .as("hash of case %d", checked)
          .isEqualTo(hash(c.getString("hash"), c.getString("canonical")));
      checked++;
    }
    assertThat(checked).isEqualTo(800);
  }

  @Test
  void canonicalize_poisonGraph_stopsAtTheStepLimit() {
    List<String[]> quads = new ArrayList<>();
    int n = 9;
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < n; j++) {
        if (i != j) {
          quads.add(new String[] {"_:n" + i, "urn:p", "_:n" + j, null, null, null, null});
        }
      }
    }
    assertThatThrownBy(() -> Rdfc10.canonicalize(quads, "SHA-256", 10_000))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("RDFC-1.0 steps");
  }

  /**
   * The shortcuts (lines compared by subject then rest, de-duplication on demand, one blank node
   * labelled without hashing, hashes written from bytes) against the previous implementation, which
   * de-duplicated first and sorted whole lines: 3,000 seeded random datasets with look-alike lines,
   * duplicates, subjects that are prefixes of one another, IRIs with spaces, non-ASCII and
   * supplementary characters, escapes, languages and blank graph names.
   */
  @Test
  void canonicalize_randomDatasets_matchesThePreviousImplementation() throws Exception {
    Random random = new Random(20261129L);
    for (int i = 0; i < 2_000; i++) {
      List<String[]> quads = randomDataset(random);
      String algorithm = random.nextInt(4) == 0 ? "SHA-384" : "SHA-256";
      String expected = ReferenceRdfc10.canonicalize(quads, algorithm, 1_000_000);
      assertThat(Rdfc10.canonicalize(quads, algorithm, 1_000_000))
          .as("dataset %d:%n%s", i, String.join("", lines(quads)))
          .isEqualTo(expected);
      assertThat(Rdfc10.canonicalHash(quads, algorithm, 1_000_000))
          .as("hash of dataset %d", i)
          .isEqualTo(hash(algorithm, expected));
    }
  }

  private static List<String[]> randomDataset(Random random) {
    int blanks = random.nextInt(5) == 0 ? 1 : 1 + random.nextInt(6);
    int size = 1 + random.nextInt(random.nextBoolean() ? 6 : 30);
    List<String[]> quads = new ArrayList<>();
    for (int i = 0; i < size; i++) {
      String[] q = new String[7];
      q[0] = random.nextInt(3) == 0 ? pick(random, IRIS) : "_:n" + random.nextInt(blanks);
      q[1] = pick(random, PREDICATES);
      switch (random.nextInt(4)) {
        case 0 -> q[2] = "_:n" + random.nextInt(blanks);
        case 1 -> q[2] = pick(random, IRIS);
        case 2 -> {
          q[2] = pick(random, LITERALS);
          q[3] = pick(random, DATATYPES);
        }
        default -> {
          q[2] = pick(random, LITERALS);
          if (random.nextInt(3) == 0) {
            q[3] = "http://www.w3.org/1999/02/22-rdf-syntax-ns#langString";
            q[4] = random.nextBoolean() ? "en" : "es-MX";
          } else {
            q[3] = "http://www.w3.org/2001/XMLSchema#string";
          }
        }
      }
      if (random.nextInt(8) == 0) {
        q[6] = random.nextBoolean() ? pick(random, IRIS) : "_:n" + random.nextInt(blanks);
      }
      quads.add(q);
      if (random.nextInt(6) == 0) {
        quads.add(q.clone()); // a duplicate
      }
    }
    Collections.shuffle(quads, random);
    return quads;
  }

  private static final String[] IRIS = {
    "urn:a",
    "urn:a1",
    "urn:a10",
    "urn:a b",
    "urn:a b c",
    "https://example.org/ñ",
    "urn:\uD83D\uDE00",
    "urn:\uFB33",
    "urn:a\u0001"
  };
  private static final String[] PREDICATES = {"urn:p", "urn:p1", "urn:q", "urn:p ", "urn:\uFB33"};
  private static final String[] LITERALS = {
    "",
    "x",
    "x y",
    "tab\tquote\"back\\slash\nline",
    "ñandú",
    "\uD83D\uDE00",
    "\uFB33",
    "a\u007F",
    "_:n0",
    "<urn:a>"
  };
  private static final String[] DATATYPES = {
    "http://www.w3.org/2001/XMLSchema#string", "http://www.w3.org/2001/XMLSchema#integer", "urn:dt"
  };

  private static String pick(Random random, String[] values) {
    return values[random.nextInt(values.length)];
  }

  private static List<String> lines(List<String[]> quads) {
    List<String> out = new ArrayList<>();
    for (String[] q : quads) {
      out.add(NQuadsLine.of(q));
    }
    return out;
  }

  private static byte[] hash(String algorithm, String text) throws Exception {
    return MessageDigest.getInstance(algorithm).digest(text.getBytes(StandardCharsets.UTF_8));
  }

  static List<String[]> parse(String nquads) throws Exception {
    List<String[]> quads = new ArrayList<>();
    new NQuadsReader(new StringReader(nquads))
        .provide(
            (s, p, o, d, l, dir, g) -> {
              quads.add(new String[] {s, p, o, d, l, dir, g});
              return null;
            });
    return quads;
  }
}
