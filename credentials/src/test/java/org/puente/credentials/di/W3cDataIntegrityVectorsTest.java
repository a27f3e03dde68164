package org.puente.credentials.di;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.puente.credentials.CredentialException;
import org.puente.credentials.Credentials;
import org.puente.credentials.DidResolver;
import org.puente.credentials.TestFixtures;
import org.puente.credentials.jsonld.Canonicalizer;
import org.puente.credentials.jsonld.JsonLimits;
import org.puente.credentials.keys.MultikeyPair;
import org.puente.testkit.SharedFiles;

/**
 * The W3C vc-di-eddsa and vc-di-ecdsa rdfc vectors, driven by {@code
 * vectors/w3c-data-integrity.json}: canonical N-Quads, every hash, verification, and for Ed25519
 * the proofValue byte for byte.
 */
class W3cDataIntegrityVectorsTest {
  private static final HexFormat HEX = HexFormat.of();

  @TestFactory
  Stream<DynamicNode> w3cVectors() {
    Path shared = SharedFiles.require("vectors");
    DataIntegrity di =
        new DataIntegrity(
            new Canonicalizer(TestFixtures.vectorLoader(), JsonLimits.DEFAULT),
            Clock.fixed(Instant.parse("2024-01-01T00:00:00Z"), ZoneOffset.UTC));
    JsonObject manifest = TestFixtures.resource("/vectors/w3c-data-integrity.json");
    return manifest.getJsonArray("cases").stream()
        .map(JsonValue::asJsonObject)
        .map(c -> vectorCase(di, shared.getParent(), c));
  }

  private static DynamicNode vectorCase(DataIntegrity di, Path root, JsonObject c) {
    Path dir = root.resolve(c.getString("dir"));
    String suffix = c.getString("suffix");
    JsonObject signed = TestFixtures.json(dir.resolve("signed" + suffix + ".json"));
    JsonObject unsigned = DataIntegrity.without(signed, "proof");
    JsonObject config =
        DataIntegrity.without(
            TestFixtures.json(dir.resolve("proofConfig" + suffix + ".json")), "@context");
    MultikeyPair key = TestFixtures.vectorKey(dir.resolve(c.getString("keyPair")));
    Cryptosuite suite = suiteOf(config.getString("cryptosuite"));
    List<DynamicTest> tests =
        List.of(
            DynamicTest.dynamicTest(
                "canonical N-Quads and hashes",
                () -> {
                  SigningInput input =
                      di.signingInput(unsigned, config, suite, key.publicKey().type());
                  assertThat(input.canonicalDocument())
                      .isEqualTo(TestFixtures.text(dir.resolve("canonDoc" + suffix + ".txt")));
                  assertThat(input.canonicalProofConfig())
                      .isEqualTo(TestFixtures.text(dir.resolve("proofCanon" + suffix + ".txt")));
                  assertThat(HEX.formatHex(input.documentHash()))
                      .isEqualTo(hexFile(dir, "docHash" + suffix));
                  assertThat(HEX.formatHex(input.proofHash()))
                      .isEqualTo(hexFile(dir, "proofHash" + suffix));
                  assertThat(HEX.formatHex(input.hashData()))
                      .isEqualTo(hexFile(dir, "combinedHash" + suffix));
                }),
            DynamicTest.dynamicTest(
                "the facade verifies it with issuer binding off, refuses it with binding on",
                () -> {
                  Clock at = Clock.fixed(Instant.parse("2024-01-01T00:00:00Z"), ZoneOffset.UTC);
                  Credentials lenient =
                      Credentials.builder()
                          .loader(TestFixtures.vectorLoader())
                          .clock(at)
                          .bindIssuerToKey(false)
                          .build();
                  Credentials strict =
                      Credentials.builder().loader(TestFixtures.vectorLoader()).clock(at).build();
                  assertThat(lenient.report(signed).verified()).isTrue();
                  boolean issuerIsController =
                      signed
                          .toString()
                          .contains("\"id\":\"did:key:" + key.publicKey().toMultibase());
                  assertThat(strict.report(signed).verified()).isEqualTo(issuerIsController);
                }),
            DynamicTest.dynamicTest(
                "the signed vector verifies",
                () -> {
                  VerifiedProof verified =
                      di.verify(signed, DidResolver.didKey(), ProofPurpose.ASSERTION_METHOD);
                  assertThat(verified.method().publicKey()).isEqualTo(key.publicKey());
                }),
            DynamicTest.dynamicTest(
                c.getBoolean("deterministic")
                    ? "signing reproduces proofValue byte for byte"
                    : "a fresh signature verifies",
                () -> {
                  Instant created = OffsetDateTime.parse(config.getString("created")).toInstant();
                  JsonObject mine = di.sign(unsigned, key, suite, ProofOptions.assertion(created));
                  if (c.getBoolean("deterministic")) {
                    assertThat(mine.getJsonObject("proof").getString("proofValue"))
                        .isEqualTo(
                            TestFixtures.text(dir.resolve("sigBTC58" + suffix + ".txt")).strip());
                    assertThat(mine).isEqualTo(signed);
                  }
                  assertThat(di.verify(mine, DidResolver.didKey(), ProofPurpose.ASSERTION_METHOD))
                      .isNotNull();
                }));
    return DynamicContainer.dynamicContainer(c.getString("name"), tests);
  }

  private static String hexFile(Path dir, String name) {
    return TestFixtures.text(dir.resolve(name + ".txt")).strip();
  }

  private static Cryptosuite suiteOf(String id) {
    try {
      return Cryptosuite.fromId(id);
    } catch (CredentialException e) {
      throw new IllegalStateException(e);
    }
  }
}
