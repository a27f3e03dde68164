package org.puente.credentials.di;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Objects;
import org.puente.credentials.CredentialException;
import org.puente.credentials.CredentialException.Code;
import org.puente.credentials.jsonld.XsdDateTime;

/**
 * A parsed {@code DataIntegrityProof} (vc-data-integrity §2.1): the properties a verifier reads.
 *
 * @param cryptosuite the suite
 * @param verificationMethod the DID URL of the key
 * @param proofPurpose the purpose term (e.g. {@code assertionMethod})
 * @param created when it was made, or null when absent
 * @param expires when it stops being valid, or null
 * @param proofValue the multibase signature
 * @param json the proof object as found
 */
public record DataIntegrityProof(
    Cryptosuite cryptosuite,
    String verificationMethod,
    String proofPurpose,
    Instant created,
    Instant expires,
    String proofValue,
    JsonObject json) {
  public DataIntegrityProof {
    Objects.requireNonNull(cryptosuite, "cryptosuite");
    Objects.requireNonNull(verificationMethod, "verificationMethod");
    Objects.requireNonNull(proofPurpose, "proofPurpose");
    Objects.requireNonNull(proofValue, "proofValue");
    Objects.requireNonNull(json, "json");
  }

  /** Reads a proof object, refusing unknown types and suites and malformed properties. */
  public static DataIntegrityProof parse(JsonObject proof) throws CredentialException {
    String type = string(proof, "type", true);
    if (!"DataIntegrityProof".equals(type)) {
      throw new CredentialException(
          Code.UNSUPPORTED_CRYPTOSUITE,
          "proof type '" + type + "' is not supported: expected DataIntegrityProof");
    }
    Cryptosuite suite = Cryptosuite.fromId(string(proof, "cryptosuite", true));
    return new DataIntegrityProof(
        suite,
        string(proof, "verificationMethod", true),
        string(proof, "proofPurpose", true),
        dateTime(proof, "created"),
        dateTime(proof, "expires"),
        string(proof, "proofValue", true),
        proof);
  }

  static String string(JsonObject object, String name, boolean required)
      throws CredentialException {
    JsonValue value = object.get(name);
    if (value == null) {
      if (required) {
        throw new CredentialException(Code.MALFORMED_PROOF, "proof lacks '" + name + "'");
      }
      return null;
    }
    if (!(value instanceof JsonString s)) {
      throw new CredentialException(
          Code.MALFORMED_PROOF, "proof '" + name + "' must be a string, found " + value);
    }
    return s.getString();
  }

  /** An XML Schema dateTimeStamp (with a time zone), as vc-data-integrity §2.1 requires. */
  static Instant dateTime(JsonObject object, String name) throws CredentialException {
    String value = string(object, name, false);
    if (value == null) {
      return null;
    }
    try {
      return XsdDateTime.parse(value);
    } catch (DateTimeParseException e) {
      throw new CredentialException(
          Code.MALFORMED_PROOF, "proof '" + name + "' is not an XML dateTimeStamp: " + value, e);
    }
  }
}
