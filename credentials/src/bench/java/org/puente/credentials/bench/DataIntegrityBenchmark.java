package org.puente.credentials.bench;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.puente.credentials.Credentials;
import org.puente.credentials.di.Cryptosuite;
import org.puente.credentials.jsonld.JsonLimits;
import org.puente.credentials.keys.DidKey;
import org.puente.credentials.keys.KeyType;
import org.puente.credentials.keys.Multikey;
import org.puente.credentials.keys.MultikeyPair;
import org.puente.credentials.vc.VerifiedCredential;
import org.puente.testkit.SharedFiles;

/**
 * Sign and verify throughput on the ~2.6 KB USMCA certification of origin, per suite and per
 * context set ({@code v2}: VC 2.0 + Puente's context; {@code traceability}: VC 2.0 + the 123 KB W3C
 * traceability v1 context from ../shared/contexts), with the raw signature primitives measured in
 * the same run as the baseline. Run: {@code ./mvnw -B -Pbench -pl credentials -am test
 * -DskipTests}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class DataIntegrityBenchmark {
  @Param({"v2", "traceability"})
  public String contexts;

  private Credentials credentials;
  private JsonObject unsignedEd;
  private JsonObject unsignedP256;
  private JsonObject signedEd;
  private JsonObject signedP256;
  private MultikeyPair ed;
  private MultikeyPair p256;
  private byte[] data;
  private byte[] edSignature;
  private byte[] p256Signature;

  @Setup
  public void setUp() throws Exception {
    ed = key(KeyType.ED25519);
    p256 = key(KeyType.P256);
    Credentials.Builder builder =
        Credentials.builder().clock(Clock.fixed(Instant.parse("2026-06-15T12:00:00Z"), ZoneOffset.UTC));
    if (contexts.equals("traceability")) {
      builder.contextDirectory(SharedFiles.root().orElseThrow().resolve("contexts"));
    }
    credentials = builder.build();
    unsignedEd = usmca(ed, contexts);
    unsignedP256 = usmca(p256, contexts);
    signedEd = credentials.issue(unsignedEd, ed, Cryptosuite.EDDSA_RDFC_2022);
    signedP256 = credentials.issue(unsignedP256, p256, Cryptosuite.ECDSA_RDFC_2019);
    data = new byte[64];
    Arrays.fill(data, (byte) 0x5a);
    edSignature = ed.sign(data);
    p256Signature = p256.sign(data);
  }

  static MultikeyPair key(KeyType type) {
    byte[] secret = new byte[type.secretLength()];
    Arrays.fill(secret, (byte) 3);
    return MultikeyPair.fromSecret(type, secret, null);
  }

  /** The USMCA credential issued by {@code key}'s DID with the chosen contexts. */
  public static JsonObject usmca(MultikeyPair key, String contexts) throws Exception {
    JsonObject vc;
    try (InputStream in =
        DataIntegrityBenchmark.class.getResourceAsStream("/credentials/usmca-certification-of-origin.json")) {
      vc = JsonLimits.DEFAULT.readObject(in);
    }
    var builder = Json.createObjectBuilder(vc);
    builder.add(
        "issuer",
        Json.createObjectBuilder(vc.getJsonObject("issuer")).add("id", DidKey.did(key.publicKey())));
    if (contexts.equals("traceability")) {
      builder.add(
          "@context",
          Json.createArrayBuilder()
              .add("https://www.w3.org/ns/credentials/v2")
              .add("https://w3id.org/traceability/v1"));
    }
    return builder.build();
  }

  /** Where the shared contexts are (for the node script). */
  public static Path sharedContexts() {
    return SharedFiles.root().orElseThrow().resolve("contexts");
  }

  @Benchmark
  public VerifiedCredential verifyEddsaRdfc2022() throws Exception {
    return credentials.verify(signedEd);
  }

  @Benchmark
  public VerifiedCredential verifyEcdsaRdfc2019P256() throws Exception {
    return credentials.verify(signedP256);
  }

  @Benchmark
  public JsonObject signEddsaRdfc2022() throws Exception {
    return credentials.issue(unsignedEd, ed, Cryptosuite.EDDSA_RDFC_2022);
  }

  @Benchmark
  public JsonObject signEcdsaRdfc2019P256() throws Exception {
    return credentials.issue(unsignedP256, p256, Cryptosuite.ECDSA_RDFC_2019);
  }

  @Benchmark
  public Multikey rawEd25519Verify() throws Exception {
    ed.publicKey().verify(data, edSignature);
    return ed.publicKey();
  }

  @Benchmark
  public Multikey rawP256Verify() throws Exception {
    p256.publicKey().verify(data, p256Signature);
    return p256.publicKey();
  }
}
