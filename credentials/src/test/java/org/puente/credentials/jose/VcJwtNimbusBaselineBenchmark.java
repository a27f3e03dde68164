package org.puente.credentials.jose;

import com.nimbusds.jose.JWSObject;
import com.nimbusds.jose.crypto.ECDSAVerifier;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.util.Base64URL;
import java.security.SecureRandom;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.puente.credentials.keys.DidKey;
import org.puente.credentials.keys.KeyType;
import org.puente.credentials.keys.MultikeyPair;

/**
 * The alternative that {@link VcJwtVerifier} was measured against: nimbus's {@code ECDSAVerifier}
 * (JDK SunEC) on the same ~2.6 KB ES256 VC-JWT, signature check only, on a pre-parsed JWS.
 * (nimbus's EdDSA verifier needs Tink, which Puente does not ship.)
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 3)
@Fork(1)
public class VcJwtNimbusBaselineBenchmark {
  private ECDSAVerifier verifier;
  private JWSObject parsed;

  @Setup
  public void setUp() throws Exception {
    MultikeyPair issuer = MultikeyPair.generate(KeyType.P256, new SecureRandom());
    String jwt =
        VcJwt.signCredential(
            SampleCredentials.usmcaCertificate(DidKey.did(issuer.publicKey()), 12), issuer);
    Map<String, String> jwk = issuer.publicKey().toJwk();
    verifier =
        new ECDSAVerifier(
            new ECKey.Builder(Curve.P_256, new Base64URL(jwk.get("x")), new Base64URL(jwk.get("y")))
                .build());
    parsed = JWSObject.parse(jwt);
  }

  /** nimbus ES256 signature check (JDK SunEC). */
  @Benchmark
  public boolean nimbusJdkEs256SignatureOnly() throws Exception {
    return parsed.verify(verifier);
  }
}
