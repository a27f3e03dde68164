package org.puente.credentials.jsonld;

import static org.assertj.core.api.Assertions.assertThat;

import com.apicatalog.rdf.nquads.NQuadsWriter;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Puente's N-Quads line writer against titanium's {@link NQuadsWriter} on random quads. */
class NQuadsLineTest {
  private static final String[] CHARS = {
    "a",
    "Z",
    " ",
    "\t",
    "\b",
    "\n",
    "\r",
    "\f",
    "\"",
    "\\",
    "\u0000",
    "\u0001",
    "\u001f",
    "\u007f",
    "\u0080",
    "ñ",
    "€",
    "\uD83D\uDE00",
    "\uD800",
    "\uDC00",
    "'",
    "<",
    ">",
    "u",
    "0"
  };
  private static final String[] DATATYPES = {
    null,
    "http://www.w3.org/2001/XMLSchema#string",
    "http://www.w3.org/2001/XMLSchema#dateTime",
    "https://example.org/type"
  };

  @Test
  void of_randomQuads_matchesTitaniumsWriter() {
    Random random = new Random(7);
    for (int i = 0; i < 20_000; i++) {
      String datatype = DATATYPES[random.nextInt(DATATYPES.length)];
      String language = random.nextInt(10) == 0 ? "es-MX" : null;
      String direction = random.nextInt(20) == 0 ? "rtl" : null;
      boolean literal = datatype != null || language != null || direction != null;
      String[] q = {
        term(random),
        "https://example.org/p" + random.nextInt(3),
        literal ? text(random) : term(random),
        datatype,
        language,
        direction,
        random.nextBoolean() ? null : term(random)
      };
      assertThat(NQuadsLine.of(q))
          .isEqualTo(NQuadsWriter.nquad(q[0], q[1], q[2], q[3], q[4], q[5], q[6]));
    }
  }

  private static String term(Random random) {
    return random.nextBoolean() ? "_:c14n" + random.nextInt(5) : "did:example:" + random.nextInt(5);
  }

  private static String text(Random random) {
    StringBuilder out = new StringBuilder();
    for (int n = random.nextInt(12); n > 0; n--) {
      out.append(CHARS[random.nextInt(CHARS.length)]);
    }
    return out.toString();
  }
}
