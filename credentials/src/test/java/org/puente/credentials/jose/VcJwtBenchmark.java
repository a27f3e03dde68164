package org.puente.credentials.jose;

import jakarta.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
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
import org.puente.credentials.did.DidWebResolver;
import org.puente.credentials.did.KeyAndWebDidResolver;
import org.puente.credentials.keys.DidKey;
import org.puente.credentials.keys.KeyType;
import org.puente.credentials.keys.Multikey;
import org.puente.credentials.keys.MultikeyPair;

/**
 * VC-JWT sign and verify on a ~2.6 KB USMCA certification of origin, against two baselines measured
 * in the same run: the bare signature check ({@link Multikey#verify}) and, for ES256, nimbus's own
 * JDK-based {@code ECDSAVerifier}. Run with the {@code bench} profile (see credentials/pom.xml).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 3)
@Fork(1)
public class VcJwtBenchmark {
  @Param({"ED25519", "P256"})
  public String keyType;

  private MultikeyPair issuer;
  private JsonObject credential;
  private String jwt;
  private byte[] signingInput;
  private byte[] signature;
  private VcJwtVerifier verifier;

  @Setup
  public void setUp() throws Exception {
    KeyType type = KeyType.valueOf(keyType);
    issuer = MultikeyPair.generate(type, new SecureRandom());
    credential = SampleCredentials.usmcaCertificate(DidKey.did(issuer.publicKey()), 12);
    jwt = VcJwt.signCredential(credential, issuer);
    int dot = jwt.lastIndexOf('.');
    signingInput = jwt.substring(0, dot).getBytes(StandardCharsets.US_ASCII);
    signature = Base64.getUrlDecoder().decode(jwt.substring(dot + 1));
    Clock clock = Clock.fixed(Instant.parse("2026-06-01T00:00:00Z"), ZoneOffset.UTC);
    verifier =
        new VcJwtVerifier(
            new KeyAndWebDidResolver(DidWebResolver.builder(clock).build()),
            clock,
            PayloadValidator.NONE,
            Duration.ZERO);
    System.out.printf(
        java.util.Locale.ROOT,
        "%n# %s payload %d bytes, JWT %d characters%n",
        keyType,
        credential.toString().getBytes(StandardCharsets.UTF_8).length,
        jwt.length());
  }

  /** Sign: serialize the credential, sign through the Signer port, assemble the compact JWS. */
  @Benchmark
  public String sign() throws Exception {
    return VcJwt.signCredential(credential, issuer);
  }

  /** Full verify: parse, resolve did:key, check signature, issuer binding, validity period. */
  @Benchmark
  public VerifiedJwt verify() throws Exception {
    return verifier.verifyCredential(jwt);
  }

  /** Baseline: the signature check alone (BouncyCastle through Multikey). */
  @Benchmark
  public boolean signatureOnly() throws Exception {
    issuer.publicKey().verify(signingInput, signature);
    return true;
  }
}
