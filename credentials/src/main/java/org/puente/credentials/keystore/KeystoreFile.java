package org.puente.credentials.keystore;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonReaderFactory;
import jakarta.json.JsonValue;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.bouncycastle.crypto.generators.SCrypt;
import org.puente.credentials.CredentialException;
import org.puente.credentials.CredentialException.Code;
import org.puente.credentials.jsonld.JsonSupport;
import org.puente.credentials.keys.MultikeyPair;

/**
 * The keystore file: versioned JSON holding the scrypt parameters and salt, the AES-256-GCM nonce,
 * a passphrase check value and the ciphertext of the key list. The header is the GCM additional
 * data, so no parameter can be altered unnoticed. Writes go to a temporary file in the same folder
 * (owner read/write only), are flushed to disk, then atomically renamed over the target.
 *
 * <p>A wrong passphrase fails the check value ({@code KEYSTORE_WRONG_PASSPHRASE}); a right
 * passphrase with an altered ciphertext, nonce or header fails the GCM tag ({@code
 * KEYSTORE_TAMPERED}). An altered salt or cost parameter derives another key and so reads as a
 * wrong passphrase.
 */
public final class KeystoreFile {
  // One factory: JsonSupport.PROVIDER.createReader would look the provider up through ServiceLoader
  // on every call,
  // which measured as most of a VC-JWT verification.
  private static final JsonReaderFactory READERS =
      JsonSupport.PROVIDER.createReaderFactory(Map.of());

  static final String FORMAT = "puente-keystore";
  static final int VERSION = 1;
  private static final int MAX_FILE_BYTES = 4 << 20;
  private static final byte[] CHECK_LABEL =
      "puente-keystore v1 passphrase check".getBytes(StandardCharsets.US_ASCII);
  private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();
  private static final Base64.Decoder B64D = Base64.getUrlDecoder();

  private KeystoreFile() {}

  /** Encrypts {@code keystore} and writes it atomically to {@code path}, owner-only. */
  public static void write(
      Path path, Keystore keystore, char[] passphrase, KdfParams params, SecureRandom random)
      throws IOException {
    byte[] sealed = seal(keystore, passphrase, params, random);
    Path dir = path.toAbsolutePath().getParent();
    Path tmp = Files.createTempFile(dir, ".keystore-", ".tmp", ownerOnly());
    try {
      try (FileChannel channel = FileChannel.open(tmp, StandardOpenOption.WRITE)) {
        channel.write(ByteBuffer.wrap(sealed));
        channel.force(true);
      }
      move(tmp, path);
    } finally {
      Files.deleteIfExists(tmp);
    }
  }

  /** Reads and decrypts the keystore at {@code path}. */
  public static Keystore read(Path path, char[] passphrase)
      throws IOException, CredentialException {
    if (Files.size(path) > MAX_FILE_BYTES) {
      throw new CredentialException(
          Code.INPUT_TOO_LARGE, "keystore file is larger than " + MAX_FILE_BYTES + " bytes");
    }
    return open(Files.readAllBytes(path), passphrase);
  }

  /** The encrypted file bytes for {@code keystore}. */
  public static byte[] seal(
      Keystore keystore, char[] passphrase, KdfParams params, SecureRandom random) {
    byte[] salt = new byte[16];
    byte[] iv = new byte[12];
    random.nextBytes(salt);
    random.nextBytes(iv);
    byte[] derived = derive(passphrase, salt, params);
    try {
      JsonObject header = header(params, salt, iv);
      byte[] plaintext = KeystoreCodec.encode(keystore).toString().getBytes(StandardCharsets.UTF_8);
      byte[] ciphertext = aes(Cipher.ENCRYPT_MODE, derived, iv, aad(header), plaintext);
      Arrays.fill(plaintext, (byte) 0);
      return JsonSupport.PROVIDER
          .createObjectBuilder(header)
          .add("check", B64.encodeToString(check(derived)))
          .add("ciphertext", B64.encodeToString(ciphertext))
          .build()
          .toString()
          .getBytes(StandardCharsets.UTF_8);
    } catch (AEADBadTagException e) {
      throw new IllegalStateException("encryption cannot fail its own tag", e);
    } finally {
      Arrays.fill(derived, (byte) 0);
    }
  }

  /** Decrypts keystore file bytes. */
  public static Keystore open(byte[] file, char[] passphrase) throws CredentialException {
    JsonObject json = parse(file);
    KdfParams params = FileFields.params(json);
    byte[] salt = FileFields.bytes(json, "kdf", "salt");
    byte[] iv = FileFields.bytes(json, "cipher", "iv");
    byte[] expectedCheck = FileFields.bytes(json, null, "check");
    byte[] ciphertext = FileFields.bytes(json, null, "ciphertext");
    byte[] derived = derive(passphrase, salt, params);
    try {
      if (!MessageDigest.isEqual(check(derived), expectedCheck)) {
        throw new CredentialException(
            Code.KEYSTORE_WRONG_PASSPHRASE, "the passphrase does not open this keystore");
      }
      byte[] plaintext = decrypt(derived, iv, aad(header(params, salt, iv)), ciphertext);
      return KeystoreCodec.decode(parse(plaintext));
    } finally {
      Arrays.fill(derived, (byte) 0);
    }
  }

  private static byte[] decrypt(byte[] derived, byte[] iv, byte[] aad, byte[] ciphertext)
      throws CredentialException {
    try {
      return aes(Cipher.DECRYPT_MODE, derived, iv, aad, ciphertext);
    } catch (AEADBadTagException e) {
      throw new CredentialException(
          Code.KEYSTORE_TAMPERED, "keystore ciphertext or header was modified (GCM tag fails)", e);
    }
  }

  private static JsonObject header(KdfParams params, byte[] salt, byte[] iv) {
    return JsonSupport.PROVIDER
        .createObjectBuilder()
        .add("format", FORMAT)
        .add("version", VERSION)
        .add(
            "kdf",
            JsonSupport.PROVIDER
                .createObjectBuilder()
                .add("alg", "scrypt")
                .add("logN", params.logN())
                .add("r", params.r())
                .add("p", params.p())
                .add("salt", B64.encodeToString(salt)))
        .add(
            "cipher",
            JsonSupport.PROVIDER
                .createObjectBuilder()
                .add("alg", "A256GCM")
                .add("iv", B64.encodeToString(iv)))
        .build();
  }

  private static byte[] aad(JsonObject header) {
    return header.toString().getBytes(StandardCharsets.UTF_8);
  }

  // RFC 7914 scrypt; 64 bytes: AES-256 key, then the check-value MAC key.
  private static byte[] derive(char[] passphrase, byte[] salt, KdfParams params) {
    ByteBuffer encoded = StandardCharsets.UTF_8.encode(java.nio.CharBuffer.wrap(passphrase));
    byte[] secret = Arrays.copyOf(encoded.array(), encoded.limit());
    Arrays.fill(encoded.array(), (byte) 0);
    try {
      return SCrypt.generate(secret, salt, 1 << params.logN(), params.r(), params.p(), 64);
    } finally {
      Arrays.fill(secret, (byte) 0);
    }
  }

  private static byte[] check(byte[] derived) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(derived, 32, 32, "HmacSHA256"));
      return mac.doFinal(CHECK_LABEL);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("the JDK lacks HmacSHA256", e);
    }
  }

  private static byte[] aes(int mode, byte[] derived, byte[] iv, byte[] aad, byte[] input)
      throws AEADBadTagException {
    try {
      Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
      cipher.init(mode, new SecretKeySpec(derived, 0, 32, "AES"), new GCMParameterSpec(128, iv));
      cipher.updateAAD(aad);
      return cipher.doFinal(input);
    } catch (AEADBadTagException e) {
      throw e;
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("the JDK lacks AES-256-GCM: " + e, e);
    }
  }

  private static JsonObject parse(byte[] bytes) throws CredentialException {
    try (JsonReader reader = READERS.createReader(new ByteArrayInputStream(bytes))) {
      return reader.readObject();
    } catch (JsonException | IllegalStateException e) {
      throw new CredentialException(Code.MALFORMED_INPUT, "keystore is not a JSON object: " + e, e);
    }
  }

  private static FileAttribute<?>[] ownerOnly() {
    if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
      return new FileAttribute<?>[] {
        PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------"))
      };
    }
    return new FileAttribute<?>[0];
  }

  private static void move(Path tmp, Path target) throws IOException {
    try {
      Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
    }
  }

  /** The plaintext key list: names, status, times and Multikey key files. */
  static final class KeystoreCodec {
    private KeystoreCodec() {}

    static JsonObject encode(Keystore keystore) {
      JsonArrayBuilder keys = JsonSupport.PROVIDER.createArrayBuilder();
      for (KeyEntry entry : keystore.entries()) {
        var builder =
            JsonSupport.PROVIDER
                .createObjectBuilder()
                .add("name", entry.name())
                .add("status", entry.status().name().toLowerCase(Locale.ROOT))
                .add("created", entry.created().toString())
                .add("key", entry.key().toKeyFile());
        if (entry.retired() != null) {
          builder.add("retired", entry.retired().toString());
        }
        keys.add(builder);
      }
      return JsonSupport.PROVIDER.createObjectBuilder().add("keys", keys).build();
    }

    static Keystore decode(JsonObject plaintext) throws CredentialException {
      List<KeyEntry> entries = new ArrayList<>();
      try {
        for (JsonValue value : plaintext.getJsonArray("keys")) {
          JsonObject o = value.asJsonObject();
          entries.add(
              new KeyEntry(
                  o.getString("name"),
                  MultikeyPair.fromKeyFile(o.getJsonObject("key")),
                  KeyEntry.Status.valueOf(o.getString("status").toUpperCase(Locale.ROOT)),
                  Instant.parse(o.getString("created")),
                  o.containsKey("retired") ? Instant.parse(o.getString("retired")) : null));
        }
        return Keystore.of(entries);
      } catch (RuntimeException e) {
        throw new CredentialException(
            Code.MALFORMED_INPUT, "keystore content is not a key list: " + e.getMessage(), e);
      }
    }
  }
}
