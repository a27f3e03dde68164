package org.puente.credentials.keystore;

import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.Base64;
import org.puente.credentials.CredentialException;
import org.puente.credentials.CredentialException.Code;

/** Reads the typed fields of a keystore file's JSON, refusing any other shape or version. */
final class FileFields {
  private FileFields() {}

  static KdfParams params(JsonObject file) throws CredentialException {
    if (!(file.get("format") instanceof JsonString f && f.getString().equals(KeystoreFile.FORMAT))
        || integer(file, "version") != KeystoreFile.VERSION) {
      throw malformed(
          "expected format '" + KeystoreFile.FORMAT + "' version " + KeystoreFile.VERSION);
    }
    JsonObject kdf = object(file, "kdf");
    JsonObject cipher = object(file, "cipher");
    if (!"scrypt".equals(string(kdf, "alg")) || !"A256GCM".equals(string(cipher, "alg"))) {
      throw malformed("expected kdf scrypt and cipher A256GCM");
    }
    try {
      return new KdfParams(integer(kdf, "logN"), integer(kdf, "r"), integer(kdf, "p"));
    } catch (IllegalArgumentException e) {
      throw malformed(e.getMessage());
    }
  }

  static byte[] bytes(JsonObject file, String parent, String member) throws CredentialException {
    JsonObject holder = parent == null ? file : object(file, parent);
    try {
      return Base64.getUrlDecoder().decode(string(holder, member));
    } catch (IllegalArgumentException e) {
      throw malformed("'" + member + "' is not base64url");
    }
  }

  private static JsonObject object(JsonObject json, String member) throws CredentialException {
    if (!(json.get(member) instanceof JsonObject o)) {
      throw malformed("'" + member + "' must be an object");
    }
    return o;
  }

  private static String string(JsonObject json, String member) throws CredentialException {
    if (!(json.get(member) instanceof JsonString s)) {
      throw malformed("'" + member + "' must be a string");
    }
    return s.getString();
  }

  private static int integer(JsonObject json, String member) throws CredentialException {
    JsonValue value = json.get(member);
    if (!(value instanceof JsonNumber n) || !n.isIntegral()) {
      throw malformed("'" + member + "' must be an integer");
    }
    try {
      return n.intValueExact();
    } catch (ArithmeticException e) {
      throw malformed("'" + member + "' is out of range");
    }
  }

  private static CredentialException malformed(String why) {
    return new CredentialException(Code.MALFORMED_INPUT, "keystore file: " + why);
  }
}
