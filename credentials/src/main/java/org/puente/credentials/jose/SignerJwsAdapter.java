package org.puente.credentials.jose;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSSigner;
import com.nimbusds.jose.jca.JCAContext;
import com.nimbusds.jose.util.Base64URL;
import java.util.Objects;
import java.util.Set;
import org.puente.credentials.keys.Signer;

/**
 * A nimbus {@link JWSSigner} over Puente's {@link Signer} port: the signature is whatever the
 * signer returns (Ed25519, or ECDSA in IEEE P1363 {@code r || s}, which is exactly the JWS form of
 * RFC 7518 §3.4), so HSM-backed signers work unchanged.
 */
public final class SignerJwsAdapter implements JWSSigner {
  private final Signer signer;
  private final JWSAlgorithm algorithm;
  private final JCAContext jcaContext = new JCAContext();

  public SignerJwsAdapter(Signer signer) {
    this.signer = Objects.requireNonNull(signer, "signer");
    this.algorithm = JoseAlgorithms.algorithmFor(signer.publicKey().type());
  }

  /** The {@code alg} this signer produces. */
  public JWSAlgorithm algorithm() {
    return algorithm;
  }

  @Override
  public Base64URL sign(JWSHeader header, byte[] signingInput) throws JOSEException {
    if (!algorithm.equals(header.getAlgorithm())) {
      throw new JOSEException(
          "header alg " + header.getAlgorithm() + " does not match the signer's " + algorithm);
    }
    return Base64URL.encode(signer.sign(signingInput));
  }

  @Override
  public Set<JWSAlgorithm> supportedJWSAlgorithms() {
    return Set.of(algorithm);
  }

  @Override
  public JCAContext getJCAContext() {
    return jcaContext;
  }
}
