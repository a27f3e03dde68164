package org.puente.credentials.keys;

import com.apicatalog.multibase.Multibase;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Objects;
import org.puente.credentials.CredentialException;
import org.puente.credentials.CredentialException.Code;
import org.puente.credentials.jsonld.JsonSupport;

/**
 * A software key pair: the secret (Ed25519 seed or ECDSA scalar) with its {@link Multikey}. It
 * reads and writes the Multikey key-file layout that the digitalbazaar multikey libraries export
 * and import ({@code id}, {@code controller}, {@code publicKeyMultibase}, {@code
 * secretKeyMultibase}), so keys move between implementations.
 *
 * <p><b>Warning:</b> {@link #toKeyFile()} contains the secret key in clear. Store it only in an
 * encrypted keystore or a file readable by its owner alone.
 */
public final class MultikeyPair implements Signer {
  private final Multikey publicKey;
  private final byte[] secret;
  private final String verificationMethod;

  private MultikeyPair(Multikey publicKey, byte[] secret, String verificationMethod) {
    this.publicKey = publicKey;
    this.secret = secret;
    this.verificationMethod = verificationMethod;
  }

  /** Generates a new key pair whose verification method is its {@code did:key}. */
  public static MultikeyPair generate(KeyType type, SecureRandom random) {
    Objects.requireNonNull(type, "type");
    while (true) {
      byte[] secret = new byte[type.secretLength()];
      random.nextBytes(secret);
      try {
        return fromSecret(type, secret, null);
      } catch (IllegalArgumentException outOfRange) {
        // An ECDSA scalar >= n (probability ~2^-32 for P-256): draw again.
      }
    }
  }

  /**
   * A key pair from its raw secret; {@code verificationMethod} null means its {@code did:key}
   * verification method.
   */
  public static MultikeyPair fromSecret(KeyType type, byte[] secret, String verificationMethod) {
    if (secret.length != type.secretLength()) {
      throw new IllegalArgumentException(
          type + " secret must be " + type.secretLength() + " bytes, found " + secret.length);
    }
    Multikey pub = new Multikey(type, Curves.publicFromSecret(type, secret));
    String vm = verificationMethod != null ? verificationMethod : DidKey.verificationMethodId(pub);
    return new MultikeyPair(pub, secret.clone(), vm);
  }

  /** The same secret, named by another verification method (e.g. a did:web key). */
  public MultikeyPair withVerificationMethod(String verificationMethodId) {
    return new MultikeyPair(publicKey, secret, Objects.requireNonNull(verificationMethodId));
  }

  @Override
  public Multikey publicKey() {
    return publicKey;
  }

  @Override
  public String verificationMethod() {
    return verificationMethod;
  }

  /** The controller: the verification method id without its fragment. */
  public String controller() {
    int hash = verificationMethod.indexOf('#');
    return hash < 0 ? verificationMethod : verificationMethod.substring(0, hash);
  }

  @Override
  public byte[] sign(byte[] data) {
    return Curves.sign(publicKey.type(), secret, data);
  }

  /** {@code secretKeyMultibase}: base58btc of the multicodec-prefixed secret. */
  public String secretKeyMultibase() {
    return Multibase.BASE_58_BTC.encode(Multicodec.prefix(publicKey.type().secretCodec(), secret));
  }

  /** The Multikey key file, secret included. */
  public JsonObject toKeyFile() {
    return JsonSupport.PROVIDER
        .createObjectBuilder()
        .add("@context", "https://w3id.org/security/multikey/v1")
        .add("id", verificationMethod)
        .add("type", "Multikey")
        .add("controller", controller())
        .add("publicKeyMultibase", publicKey.toMultibase())
        .add("secretKeyMultibase", secretKeyMultibase())
        .build();
  }

  /**
   * Reads a Multikey key file. The public key must match the secret; a missing {@code id} means the
   * key's {@code did:key} verification method.
   */
  public static MultikeyPair fromKeyFile(JsonObject file) throws CredentialException {
    String secretMb = string(file, "secretKeyMultibase");
    if (secretMb == null) {
      throw new CredentialException(Code.INVALID_KEY, "key file lacks 'secretKeyMultibase'");
    }
    byte[] bytes = Multikey.decodeBase58btc(secretMb);
    int[] prefix = Multicodec.readPrefix(bytes);
    KeyType type = null;
    for (KeyType candidate : KeyType.values()) {
      if (candidate.secretCodec() == prefix[0]) {
        type = candidate;
      }
    }
    if (type == null) {
      throw new CredentialException(
          Code.INVALID_KEY,
          String.format(
              java.util.Locale.ROOT,
              "secretKeyMultibase has multicodec 0x%x: expected ed25519-priv (0x1300), p256-priv"
                  + " (0x1306) or p384-priv (0x1307)",
              prefix[0]));
    }
    byte[] secret = Multicodec.payload(bytes, prefix[1]);
    MultikeyPair pair;
    try {
      pair = fromSecret(type, secret, string(file, "id"));
    } catch (IllegalArgumentException e) {
      throw new CredentialException(Code.INVALID_KEY, e.getMessage(), e);
    } finally {
      Arrays.fill(secret, (byte) 0);
    }
    String publicMb = string(file, "publicKeyMultibase");
    if (publicMb != null && !Multikey.fromMultibase(publicMb).equals(pair.publicKey)) {
      throw new CredentialException(
          Code.INVALID_KEY,
          "publicKeyMultibase "
              + publicMb
              + " does not belong to the secret key (expected "
              + pair.publicKey.toMultibase()
              + ")");
    }
    return pair;
  }

  private static String string(JsonObject file, String name) throws CredentialException {
    JsonValue value = file.get(name);
    if (value == null || value == JsonValue.NULL) {
      return null;
    }
    if (!(value instanceof JsonString s)) {
      throw new CredentialException(Code.INVALID_KEY, "key file '" + name + "' must be a string");
    }
    return s.getString();
  }

  @Override
  public String toString() {
    return "MultikeyPair[" + verificationMethod + "]";
  }
}
