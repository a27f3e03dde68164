package org.puente.credentials.jsonld;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.apicatalog.rdf.nquads.NQuadsReader;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
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
