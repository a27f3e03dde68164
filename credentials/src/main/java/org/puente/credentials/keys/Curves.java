package org.puente.credentials.keys;

import java.math.BigInteger;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.bouncycastle.asn1.x9.X9ECParameters;
import org.bouncycastle.crypto.digests.SHA256Digest;
import org.bouncycastle.crypto.digests.SHA384Digest;
import org.bouncycastle.crypto.ec.CustomNamedCurves;
import org.bouncycastle.crypto.params.ECDomainParameters;
import org.bouncycastle.crypto.params.ECPrivateKeyParameters;
import org.bouncycastle.crypto.params.ECPublicKeyParameters;
import org.bouncycastle.crypto.signers.ECDSASigner;
import org.bouncycastle.crypto.signers.HMacDSAKCalculator;
import org.bouncycastle.math.ec.ECPoint;
import org.bouncycastle.math.ec.rfc8032.Ed25519;

/**
 * The signature primitives, on BouncyCastle's lightweight API: about ten times the JDK's SunEC for
 * Ed25519 and P-256 verification on the machines Puente targets (see docs/credentials.md).
 */
final class Curves {
  private static final ECDomainParameters P256 = domain("secp256r1");
  private static final ECDomainParameters P384 = domain("secp384r1");
  private static final int MAX_CACHED_POINTS = 4096;
  private static final Map<String, Ed25519.PublicPoint> ED25519_POINTS = new ConcurrentHashMap<>();
  private static final Map<String, ECPoint> EC_POINTS = new ConcurrentHashMap<>();

  private Curves() {}

  private static ECDomainParameters domain(String name) {
    X9ECParameters params = CustomNamedCurves.getByName(name);
    return new ECDomainParameters(
        params.getCurve(), params.getG(), params.getN(), params.getH(), params.getSeed());
  }

  static ECDomainParameters domain(KeyType type) {
    return switch (type) {
      case P256 -> P256;
      case P384 -> P384;
      case ED25519 -> throw new IllegalArgumentException("Ed25519 has no ECDSA domain");
    };
  }

  /**
   * RFC 8032 §5.1.7 verification. Decoding the public key (a square root in the field) is ~15 % of
   * a verification, so a fully validated decoded point is kept per key (at most {@value
   * #MAX_CACHED_POINTS}). A key that fails BouncyCastle's full validation is verified from its
   * bytes as before, so results are the same with or without the cache.
   */
  private static boolean verifyEd25519(byte[] publicKey, byte[] data, byte[] signature) {
    if (publicKey.length != Ed25519.PUBLIC_KEY_SIZE) {
      return false;
    }
    String key = HexFormat.of().formatHex(publicKey);
    Ed25519.PublicPoint point = ED25519_POINTS.get(key);
    if (point == null) {
      point = Ed25519.validatePublicKeyFullExport(publicKey, 0);
      if (point == null) {
        return Ed25519.verify(signature, 0, publicKey, 0, data, 0, data.length);
      }
      if (ED25519_POINTS.size() < MAX_CACHED_POINTS) {
        ED25519_POINTS.putIfAbsent(key, point);
      }
    }
    return Ed25519.verify(signature, 0, point, data, 0, data.length);
  }

  /**
   * Decodes and validates a compressed point; null when the bytes are not a point on the curve.
   * Valid points (immutable in BouncyCastle) are kept per key, at most {@value #MAX_CACHED_POINTS}:
   * decompression and validation cost a field square root and a scalar multiplication.
   */
  static ECPoint decodePoint(KeyType type, byte[] compressed) {
    String key = type.name() + HexFormat.of().formatHex(compressed);
    ECPoint cached = EC_POINTS.get(key);
    if (cached != null) {
      return cached;
    }
    ECPoint point;
    try {
      ECPoint decoded = domain(type).getCurve().decodePoint(compressed);
      point = decoded.isValid() && !decoded.isInfinity() ? decoded.normalize() : null;
    } catch (IllegalArgumentException e) {
      return null;
    }
    if (point != null && EC_POINTS.size() < MAX_CACHED_POINTS) {
      EC_POINTS.putIfAbsent(key, point);
    }
    return point;
  }

  static byte[] publicFromSecret(KeyType type, byte[] secret) {
    if (type == KeyType.ED25519) {
      byte[] pub = new byte[Ed25519.PUBLIC_KEY_SIZE];
      Ed25519.generatePublicKey(secret, 0, pub, 0);
      return pub;
    }
    ECDomainParameters domain = domain(type);
    BigInteger d = new BigInteger(1, secret);
    if (d.signum() == 0 || d.compareTo(domain.getN()) >= 0) {
      throw new IllegalArgumentException("ECDSA secret scalar out of range for " + type);
    }
    return domain.getG().multiply(d).normalize().getEncoded(true);
  }

  static byte[] sign(KeyType type, byte[] secret, byte[] data) {
    if (type == KeyType.ED25519) {
      byte[] sig = new byte[Ed25519.SIGNATURE_SIZE];
      Ed25519.sign(secret, 0, data, 0, data.length, sig, 0);
      return sig;
    }
    ECDomainParameters domain = domain(type);
    // RFC 6979 deterministic nonces: no dependence on the quality of a random source.
    ECDSASigner signer =
        new ECDSASigner(
            new HMacDSAKCalculator(type == KeyType.P256 ? new SHA256Digest() : new SHA384Digest()));
    signer.init(true, new ECPrivateKeyParameters(new BigInteger(1, secret), domain));
    BigInteger[] rs = signer.generateSignature(digest(type, data));
    int size = type.secretLength();
    byte[] out = new byte[size * 2];
    copyFixed(rs[0], out, 0, size);
    copyFixed(rs[1], out, size, size);
    return out;
  }

  static boolean verify(KeyType type, byte[] publicKey, byte[] data, byte[] signature) {
    if (type == KeyType.ED25519) {
      return signature.length == Ed25519.SIGNATURE_SIZE
          && verifyEd25519(publicKey, data, signature);
    }
    int size = type.secretLength();
    if (signature.length != size * 2) {
      return false;
    }
    ECPoint point = decodePoint(type, publicKey);
    if (point == null) {
      return false;
    }
    BigInteger r = new BigInteger(1, Arrays.copyOfRange(signature, 0, size));
    BigInteger s = new BigInteger(1, Arrays.copyOfRange(signature, size, size * 2));
    ECDSASigner verifier = new ECDSASigner();
    verifier.init(false, new ECPublicKeyParameters(point, domain(type)));
    return verifier.verifySignature(digest(type, data), r, s);
  }

  static byte[] digest(KeyType type, byte[] data) {
    try {
      return MessageDigest.getInstance(type.hashAlgorithm()).digest(data);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("the JDK lacks " + type.hashAlgorithm(), e);
    }
  }

  private static void copyFixed(BigInteger value, byte[] out, int offset, int size) {
    byte[] raw = value.toByteArray();
    int start = Math.max(0, raw.length - size);
    int length = raw.length - start;
    System.arraycopy(raw, start, out, offset + size - length, length);
  }
}
