package org.puente.credentials.jsonld;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.puente.credentials.CredentialException;
import org.puente.credentials.TestFixtures;
import org.puente.credentials.jose.SampleCredentials;
import org.puente.testkit.SharedFiles;

/**
 * The direct JSON-LD → RDF path against titanium's generic algorithms (the oracle): every W3C
 * vector document, every credential fixture (with the credentials v2 + Puente contexts and with the
 * traceability v1 context, status lists, a presentation) and thousands of seeded random mutations
 * of them must give the same canonical N-Quads — or the same error code — through both. The
 * fixtures Puente signs must take the direct path, so the speed-up is real.
 */
class DirectToRdfOracleTest {
  private static final String V2 = "https://www.w3.org/ns/credentials/v2";
  private static Canonicalizer direct;
  private static Canonicalizer titanium;

  @BeforeAll
  static void canonicalizers() {
    ContextLoader loader = TestFixtures.vectorLoader();
    direct = new Canonicalizer(loader, JsonLimits.DEFAULT);
    titanium = Canonicalizer.titaniumOnly(loader, JsonLimits.DEFAULT);
  }

  @Test
  void fixtures_takeTheDirectPath_andAgreeWithTitanium() {
    for (JsonObject fixture : fixtures()) {
      assertThat(direct.coversDirectly(fixture)).as("direct path covers %s", fixture).isTrue();
      assertSame(fixture);
    }
  }

  @Test
  void w3cVectorDocuments_agreeWithTitanium() throws IOException {
    Path vectors = SharedFiles.require("vectors");
    List<JsonObject> documents = new ArrayList<>();
    try (Stream<Path> files = Files.walk(vectors)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".json")).sorted().toList()) {
        JsonValue value = readOrNull(file);
        if (value instanceof JsonObject object && object.containsKey("@context")) {
          documents.add(object);
          documents.addAll(withoutProofAndProofConfigs(object));
        }
      }
    }
    int covered = 0;
    for (JsonObject document : documents) {
      assertSame(document);
      covered += direct.coversDirectly(document) ? 1 : 0;
    }
    assertThat(documents).hasSizeGreaterThan(20);
    assertThat(covered).isGreaterThan(5);
  }

  @Test
  void randomMutations_agreeWithTitanium() {
    Random random = new Random(20261129L);
    List<JsonObject> bases = new ArrayList<>(fixtures());
    int covered = 0;
    int total = 0;
    for (JsonObject base : bases) {
      for (int i = 0; i < 300; i++) {
        JsonObject mutated = base;
        int steps = 1 + random.nextInt(4);
        for (int s = 0; s < steps; s++) {
          mutated = (JsonObject) new Mutator(random).mutate(mutated, true);
        }
        assertSame(mutated, "SHA-256");
        covered += direct.coversDirectly(mutated) ? 1 : 0;
        total++;
      }
    }
    // both paths must really be exercised: many mutations stay inside the subset, many leave it
    assertThat(covered).isBetween(total / 5, total - total / 20);
  }

  /**
   * The direct walk counts JSON values and depth itself instead of a separate limits walk: under
   * limits set to each fixture's own size and depth, seeded mutations that stay within them or
   * cross them must give the same outcome (canonical N-Quads or INPUT_TOO_LARGE) on both paths.
   */
  @Test
  void randomMutations_atTheLimits_agreeWithTitanium() throws CredentialException {
    Random random = new Random(7L);
    ContextLoader loader = TestFixtures.vectorLoader();
    int tooLarge = 0;
    int total = 0;
    for (JsonObject base : fixtures()) {
      int values = JsonLimits.DEFAULT.count(base, 1);
      int depth = depth(base);
      for (int[] limit : new int[][] {{depth, values}, {depth - 1, values}, {depth, values - 1}}) {
        JsonLimits limits = new JsonLimits(1 << 20, limit[0], limit[1], 20_000, 1_000_000);
        Canonicalizer tightDirect = new Canonicalizer(loader, limits);
        Canonicalizer tightTitanium = Canonicalizer.titaniumOnly(loader, limits);
        for (int i = 0; i < 60; i++) {
          JsonObject mutated = i == 0 ? base : (JsonObject) new Mutator(random).mutate(base, true);
          Object expected = outcome(tightTitanium, mutated, "SHA-256");
          assertThat(outcome(tightDirect, mutated, "SHA-256"))
              .as("limits %s of %s", limits, mutated)
              .isEqualTo(expected);
          assertThat(hashOutcome(tightDirect, mutated, "SHA-256"))
              .as("hash under limits %s of %s", limits, mutated)
              .isEqualTo(hashOf(expected, "SHA-256"));
          tooLarge += expected == CredentialException.Code.INPUT_TOO_LARGE ? 1 : 0;
          total++;
        }
      }
    }
    assertThat(tooLarge).isBetween(total / 5, total - total / 5);
  }

  private static int depth(JsonValue value) {
    int deepest = 0;
    if (value instanceof JsonObject object) {
      for (JsonValue child : object.values()) {
        deepest = Math.max(deepest, depth(child));
      }
    } else if (value instanceof JsonArray array) {
      for (JsonValue child : array) {
        deepest = Math.max(deepest, depth(child));
      }
    }
    return deepest + 1;
  }

  private static void assertSame(JsonObject document) {
    assertSame(document, "SHA-256", "SHA-384");
  }

  private static void assertSame(JsonObject document, String... hashes) {
    for (String hash : hashes) {
      Object expected = outcome(titanium, document, hash);
      Object actual = outcome(direct, document, hash);
      assertThat(actual).as("%s of %s", hash, document).isEqualTo(expected);
      assertThat(hashOutcome(direct, document, hash))
          .as("%s hash of %s", hash, document)
          .isEqualTo(hashOf(expected, hash));
    }
  }

  private static Object outcome(Canonicalizer canonicalizer, JsonObject document, String hash) {
    try {
      return canonicalizer.canonicalize(document, hash);
    } catch (CredentialException e) {
      return e.code();
    }
  }

  /** {@link Canonicalizer#canonicalHash} in hex, or the error code. */
  private static Object hashOutcome(Canonicalizer canonicalizer, JsonObject document, String hash) {
    try {
      return HexFormat.of().formatHex(canonicalizer.canonicalHash(document, hash));
    } catch (CredentialException e) {
      return e.code();
    }
  }

  /** The hex hash of a canonical text outcome; an error code stays as it is. */
  private static Object hashOf(Object outcome, String hash) {
    if (!(outcome instanceof String text)) {
      return outcome;
    }
    try {
      return HexFormat.of()
          .formatHex(MessageDigest.getInstance(hash).digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  static List<JsonObject> fixtures() {
    JsonObject usmca = TestFixtures.resource("/credentials/usmca-certification-of-origin.json");
    JsonObject traceability =
        JsonSupport.PROVIDER
            .createObjectBuilder(usmca)
            .add(
                "@context",
                JsonSupport.PROVIDER
                    .createArrayBuilder()
                    .add(V2)
                    .add("https://w3id.org/traceability/v1"))
            .build();
    JsonObject sample = SampleCredentials.usmcaCertificate("did:example:issuer", 12);
    return List.of(usmca, traceability, sample, statusList(), withStatus(usmca));
  }

  private static JsonObject statusList() {
    return object(
        "{\"@context\":[\""
            + V2
            + "\"],\"id\":\"https://example.com/status/3\","
            + "\"type\":[\"VerifiableCredential\",\"BitstringStatusListCredential\"],"
            + "\"issuer\":\"did:example:issuer\",\"validFrom\":\"2026-01-01T00:00:00Z\","
            + "\"credentialSubject\":{\"id\":\"https://example.com/status/3#list\","
            + "\"type\":\"BitstringStatusList\",\"statusPurpose\":\"revocation\","
            + "\"encodedList\":\"uH4sIAAAAAAAAA-3BMQEAAADCoPVPbQwfoAAAAAAAAAAAAAAAAAAAAIC3AYbSVKsAQAAA\"}}");
  }

  private static JsonObject withStatus(JsonObject credential) {
    return JsonSupport.PROVIDER
        .createObjectBuilder(credential)
        .add(
            "credentialStatus",
            object(
                "{\"id\":\"https://example.com/status/3#94567\",\"type\":\"BitstringStatusListEntry\","
                    + "\"statusPurpose\":\"revocation\",\"statusListIndex\":\"94567\","
                    + "\"statusListCredential\":\"https://example.com/status/3\"}"))
        .build();
  }

  private static List<JsonObject> withoutProofAndProofConfigs(JsonObject document) {
    List<JsonObject> out = new ArrayList<>();
    JsonValue proof = document.get("proof");
    if (proof == null) {
      return out;
    }
    out.add(JsonSupport.without(document, "proof"));
    JsonArray proofs =
        proof instanceof JsonArray array
            ? array
            : JsonSupport.PROVIDER.createArrayBuilder().add(proof).build();
    for (JsonValue p : proofs) {
      if (p instanceof JsonObject object) {
        out.add(
            JsonSupport.PROVIDER
                .createObjectBuilder(JsonSupport.without(object, "proofValue"))
                .add("@context", document.get("@context"))
                .build());
      }
    }
    // a presentation enclosing the credential: verifiableCredential is an @graph container
    out.add(
        object("{\"@context\":[\"" + V2 + "\"],\"type\":\"VerifiablePresentation\"}")
            .entrySet()
            .stream()
            .collect(
                JsonSupport.PROVIDER::createObjectBuilder,
                (b, e) -> b.add(e.getKey(), e.getValue()),
                JsonObjectBuilder::addAll)
            .add("verifiableCredential", JsonSupport.PROVIDER.createArrayBuilder().add(document))
            .build());
    return out;
  }

  private static JsonValue readOrNull(Path file) {
    try {
      return JsonLimits.DEFAULT.readObject(Files.readAllBytes(file));
    } catch (CredentialException e) {
      return null;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static JsonObject object(String json) {
    try {
      return JsonLimits.DEFAULT.readObject(json.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    } catch (CredentialException e) {
      throw new IllegalStateException(e);
    }
  }

  /** One seeded random edit somewhere in a JSON tree (never inside {@code @context}). */
  private static final class Mutator {
    private static final List<String> KEYS =
        List.of(
            "name",
            "description",
            "validFrom",
            "validUntil",
            "id",
            "type",
            "issuer",
            "credentialSubject",
            "credentialStatus",
            "evidence",
            "termsOfUse",
            "undefinedThing",
            "ex:thing",
            "https://example.org/vocab#p",
            "_:b7",
            "@id",
            "@type",
            "@value",
            "@list",
            "@graph",
            "@context",
            "@nest",
            "@reverse",
            "@language",
            "@included",
            "@index",
            "statusPurpose",
            "certifierRole",
            "goodsItems",
            "hsCode",
            "digestMultibase",
            "relatedResource",
            "refreshService",
            "renderMethod",
            "confidenceMethod");

    private final Random random;

    Mutator(Random random) {
      this.random = random;
    }

    JsonValue mutate(JsonValue value, boolean top) {
      if (value instanceof JsonObject object) {
        if (!top && random.nextInt(3) == 0) {
          return editObject(object);
        }
        List<String> keys = new ArrayList<>(object.keySet());
        keys.remove("@context");
        if (keys.isEmpty() || (top && random.nextInt(4) == 0)) {
          return editObject(object);
        }
        String key = keys.get(random.nextInt(keys.size()));
        JsonObjectBuilder b = JsonSupport.PROVIDER.createObjectBuilder(object);
        return b.add(key, mutate(object.get(key), false)).build();
      }
      if (value instanceof JsonArray array) {
        List<JsonValue> items = new ArrayList<>(array);
        switch (random.nextInt(4)) {
          case 0 -> Collections.shuffle(items, random);
          case 1 -> items.add(randomValue(2));
          case 2 -> {
            if (!items.isEmpty()) {
              int i = random.nextInt(items.size());
              items.set(i, mutate(items.get(i), false));
            }
          }
          default -> {
            if (!items.isEmpty()) {
              items.remove(random.nextInt(items.size()));
            }
          }
        }
        JsonArrayBuilder b = JsonSupport.PROVIDER.createArrayBuilder();
        items.forEach(b::add);
        return b.build();
      }
      return random.nextInt(3) == 0 ? value : randomValue(2);
    }

    private JsonObject editObject(JsonObject object) {
      List<String> keys = new ArrayList<>(object.keySet());
      keys.remove("@context");
      JsonObjectBuilder b = JsonSupport.PROVIDER.createObjectBuilder();
      switch (random.nextInt(3)) {
        case 0 -> Collections.shuffle(keys, random);
        case 1 -> {
          if (!keys.isEmpty()) {
            keys.remove(random.nextInt(keys.size()));
          }
        }
        default -> b.add(KEYS.get(random.nextInt(KEYS.size())), randomValue(2));
      }
      if (object.containsKey("@context")) {
        b.add("@context", object.get("@context"));
      }
      keys.forEach(k -> b.add(k, object.get(k)));
      return b.build();
    }

    private JsonValue randomValue(int depth) {
      return switch (random.nextInt(depth > 0 ? 22 : 18)) {
        case 0 -> JsonSupport.PROVIDER.createValue("plain text ñ \"quoted\"\n");
        case 1 ->
            JsonSupport.PROVIDER.createValue("https://example.org/thing/" + random.nextInt(9));
        case 2 -> JsonSupport.PROVIDER.createValue("did:example:" + random.nextInt(9));
        case 3 -> JsonSupport.PROVIDER.createValue("_:b" + random.nextInt(3));
        case 4 -> JsonSupport.PROVIDER.createValue("relative/path");
        case 5 ->
            JsonSupport.PROVIDER.createValue("2026-0" + (1 + random.nextInt(9)) + "-01T00:00:00Z");
        case 6 -> JsonSupport.PROVIDER.createValue(random.nextInt(2000) - 1000);
        case 7 ->
            JsonSupport.PROVIDER.createValue(new java.math.BigInteger("123456789012345678901234"));
        case 8 -> JsonSupport.PROVIDER.createValue(1.5);
        case 9 -> JsonSupport.PROVIDER.createValue(new java.math.BigDecimal("5.0"));
        case 10 -> JsonValue.TRUE;
        case 11 -> JsonValue.FALSE;
        case 12 -> JsonValue.NULL;
        case 13 -> JsonValue.EMPTY_JSON_OBJECT;
        case 14 -> JsonValue.EMPTY_JSON_ARRAY;
        case 15 -> JsonSupport.PROVIDER.createValue("VerifiableCredential");
        case 16 -> JsonSupport.PROVIDER.createValue("ex:compact");
        case 17 -> JsonSupport.PROVIDER.createValue("");
        case 18, 19 -> {
          JsonObjectBuilder b = JsonSupport.PROVIDER.createObjectBuilder();
          for (int i = random.nextInt(4); i >= 0; i--) {
            b.add(KEYS.get(random.nextInt(KEYS.size())), randomValue(depth - 1));
          }
          yield b.build();
        }
        default -> {
          JsonArrayBuilder b = JsonSupport.PROVIDER.createArrayBuilder();
          for (int i = random.nextInt(3); i >= 0; i--) {
            b.add(randomValue(depth - 1));
          }
          yield b.build();
        }
      };
    }
  }
}
