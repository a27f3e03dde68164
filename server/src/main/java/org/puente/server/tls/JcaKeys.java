package org.puente.server.tls;

import java.math.BigInteger;
import java.security.AlgorithmParameters;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.PublicKey;
import java.security.spec.ECGenParameterSpec;
import java.security.spec.ECParameterSpec;
import java.security.spec.ECPoint;
import java.security.spec.ECPrivateKeySpec;
import java.security.spec.ECPublicKeySpec;
import java.util.Arrays;
import java.util.Base64;
import java.util.Map;
import org.puente.credentials.keys.Base58Btc;
import org.puente.credentials.keys.KeyType;
import org.puente.credentials.keys.Multikey;
import org.puente.credentials.keys.MultikeyPair;

/** P-256 Multikeys as JCA keys, for the JDK's TLS (which takes only JCA keys). */
final class JcaKeys {
  private static final ECParameterSpec P256 = p256();

  private JcaKeys() {}

  private static ECParameterSpec p256() {
    try {
      AlgorithmParameters params = AlgorithmParameters.getInstance("EC");
      params.init(new ECGenParameterSpec("secp256r1"));
      return params.getParameterSpec(ECParameterSpec.class);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("the JDK has no P-256", e);
    }
  }

  /** The P-256 public key {@code key}; other key types are not TLS keys here. */
  static PublicKey publicKey(Multikey key) {
    if (key.type() != KeyType.P256) {
      throw new IllegalArgumentException("a node's TLS key is P-256, found " + key.type());
    }
    Map<String, String> jwk = key.toJwk();
    ECPoint w = new ECPoint(unsigned(jwk.get("x")), unsigned(jwk.get("y")));
    try {
      return KeyFactory.getInstance("EC").generatePublic(new ECPublicKeySpec(w, P256));
    } catch (GeneralSecurityException e) {
      throw new IllegalArgumentException("not a P-256 point", e);
    }
  }

  /** The P-256 key pair {@code pair} (its secret scalar is the last 32 bytes of its multibase). */
  static KeyPair keyPair(MultikeyPair pair) {
    byte[] prefixed = Base58Btc.decode(pair.secretKeyMultibase().substring(1));
    byte[] d = Arrays.copyOfRange(prefixed, prefixed.length - 32, prefixed.length);
    try {
      return new KeyPair(
          publicKey(pair.publicKey()),
          KeyFactory.getInstance("EC")
              .generatePrivate(new ECPrivateKeySpec(new BigInteger(1, d), P256)));
    } catch (GeneralSecurityException e) {
      throw new IllegalArgumentException("not a P-256 secret", e);
    }
  }

  private static BigInteger unsigned(String base64url) {
    return new BigInteger(1, Base64.getUrlDecoder().decode(base64url));
  }
}
