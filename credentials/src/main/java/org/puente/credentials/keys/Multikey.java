package org.puente.credentials.keys;

import com.apicatalog.multibase.Multibase;
import jakarta.json.JsonObject;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.bouncycastle.math.ec.ECPoint;
import org.puente.credentials.CredentialException;
import org.puente.credentials.CredentialException.Code;
import org.puente.credentials.jsonld.JsonSupport;

/**
 * A public key in the W3C Controlled Identifiers "Multikey" form: a multicodec-prefixed key,
 * base58btc-encoded, in {@code publicKeyMultibase}. Ed25519 keys are 32 raw bytes; ECDSA keys are
 * compressed SEC1 points.
 *
 * <p>A {@code Multikey} is always valid: the constructor checks the length and, for ECDSA, that the
 * point lies on the curve.
 *
 * @see <a href="https://www.w3.org/TR/cid-1.0/#Multikey">CID 1.0 §2.2.2 Multikey</a>
 */
public record Multikey(KeyType type, byte[] publicKey) {

  public Multikey {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(publicKey, "publicKey");
    if (publicKey.length != type.publicLength()) {
      throw new IllegalArgumentException(
          String.format(
              java.util.Locale.ROOT,
              "%s public key must be %d bytes, found %d",
              type,
              type.publicLength(),
              publicKey.length));
    }
    if (type != KeyType.ED25519 && Curves.decodePoint(type, publicKey) == null) {
      throw new IllegalArgumentException(
          type + " public key is not a point on the curve: " + HexFormat.of().formatHex(publicKey));
    }
    publicKey = publicKey.clone();
  }

  @Override
  public byte[] publicKey() {
    return publicKey.clone();
  }

  /** Parses {@code publicKeyMultibase}: base58btc ({@code z...}) of a multicodec-prefixed key. */
  public static Multikey fromMultibase(String publicKeyMultibase) throws CredentialException {
    byte[] bytes = decodeBase58btc(publicKeyMultibase);
    int[] prefix = Multicodec.readPrefix(bytes);
    for (KeyType type : KeyType.values()) {
      if (type.publicCodec() == prefix[0]) {
        byte[] key = Multicodec.payload(bytes, prefix[1]);
        try {
          return new Multikey(type, key);
        } catch (IllegalArgumentException e) {
          throw new CredentialException(Code.INVALID_KEY, e.getMessage(), e);
        }
      }
    }
    throw new CredentialException(
        Code.INVALID_KEY,
        String.format(
            java.util.Locale.ROOT,
            "publicKeyMultibase has multicodec 0x%x: expected ed25519-pub (0xed), p256-pub (0x1200)"
                + " or p384-pub (0x1201)",
            prefix[0]));
  }

  /** The {@code publicKeyMultibase} value: base58btc of the multicodec-prefixed key. */
  public String toMultibase() {
    return Multibase.BASE_58_BTC.encode(Multicodec.prefix(type.publicCodec(), publicKey));
  }

  /**
   * Verifies a signature over {@code data}. Ed25519 signs the data itself; ECDSA hashes it with the
   * key type's hash first and expects the IEEE P1363 {@code r || s} form.
   *
   * @throws CredentialException with {@link Code#INVALID_SIGNATURE} when it does not verify
   */
  public void verify(byte[] data, byte[] signature) throws CredentialException {
    if (!Curves.verify(type, publicKey, data, signature)) {
      throw new CredentialException(
          Code.INVALID_SIGNATURE,
          "signature "
              + HexFormat.of().formatHex(signature)
              + " does not verify with "
              + type
              + " key "
              + toMultibase());
    }
  }

  /**
   * This key as a {@code Multikey} verification method of a DID document or controlled identifier
   * document: {@code {id, type, controller, publicKeyMultibase}}.
   */
  public JsonObject toVerificationMethod(String id, String controller) {
    return JsonSupport.PROVIDER
        .createObjectBuilder()
        .add("id", id)
        .add("type", "Multikey")
        .add("controller", controller)
        .add("publicKeyMultibase", toMultibase())
        .build();
  }

  /** The public key as a JWK (RFC 7517; RFC 8037 for Ed25519), fields in a stable order. */
  public Map<String, String> toJwk() {
    Base64.Encoder b64 = Base64.getUrlEncoder().withoutPadding();
    Map<String, String> jwk = new LinkedHashMap<>();
    jwk.put("kty", type.jwkKty());
    jwk.put("crv", type.jwkCrv());
    if (type == KeyType.ED25519) {
      jwk.put("x", b64.encodeToString(publicKey));
    } else {
      ECPoint point = Curves.decodePoint(type, publicKey);
      jwk.put("x", b64.encodeToString(point.getAffineXCoord().getEncoded()));
      jwk.put("y", b64.encodeToString(point.getAffineYCoord().getEncoded()));
    }
    return jwk;
  }

  /** Reads a public JWK (OKP Ed25519, EC P-256 or P-384). */
  public static Multikey fromJwk(Map<String, String> jwk) throws CredentialException {
    String crv = jwk.get("crv");
    Base64.Decoder b64 = Base64.getUrlDecoder();
    for (KeyType type : KeyType.values()) {
      if (type.jwkCrv().equals(crv) && type.jwkKty().equals(jwk.get("kty"))) {
        try {
          if (type == KeyType.ED25519) {
            return new Multikey(type, b64.decode(require(jwk, "x")));
          }
          byte[] x = b64.decode(require(jwk, "x"));
          byte[] y = b64.decode(require(jwk, "y"));
          byte[] uncompressed = new byte[1 + x.length + y.length];
          uncompressed[0] = 0x04;
          System.arraycopy(x, 0, uncompressed, 1, x.length);
          System.arraycopy(y, 0, uncompressed, 1 + x.length, y.length);
          ECPoint point = Curves.decodePoint(type, uncompressed);
          if (point == null || x.length != type.secretLength()) {
            throw new CredentialException(
                Code.INVALID_KEY, "JWK x/y is not a point on " + type.jwkCrv());
          }
          return new Multikey(type, point.getEncoded(true));
        } catch (IllegalArgumentException e) {
          throw new CredentialException(Code.INVALID_KEY, "JWK is not a valid key: " + e, e);
        }
      }
    }
    throw new CredentialException(
        Code.INVALID_KEY,
        "JWK kty/crv "
            + jwk.get("kty")
            + "/"
            + crv
            + ": expected OKP/Ed25519, EC/P-256 or EC/P-384");
  }

  private static String require(Map<String, String> jwk, String name) throws CredentialException {
    String value = jwk.get(name);
    if (value == null) {
      throw new CredentialException(Code.INVALID_KEY, "JWK lacks '" + name + "'");
    }
    return value;
  }

  static byte[] decodeBase58btc(String multibase) throws CredentialException {
    if (multibase == null || multibase.length() < 2 || multibase.charAt(0) != 'z') {
      throw new CredentialException(
          Code.MALFORMED_MULTIBASE,
          "expected a base58btc multibase string starting with 'z', found '" + multibase + "'");
    }
    try {
      return Base58Btc.decode(multibase.substring(1));
    } catch (RuntimeException e) {
      throw new CredentialException(
          Code.MALFORMED_MULTIBASE, "'" + multibase + "' is not valid base58btc", e);
    }
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Multikey that
        && type == that.type
        && Arrays.equals(publicKey, that.publicKey);
  }

  @Override
  public int hashCode() {
    return 31 * type.hashCode() + Arrays.hashCode(publicKey);
  }

  @Override
  public String toString() {
    return "Multikey[" + type + " " + toMultibase() + "]";
  }
}
