package org.puente.credentials.did;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.LinkedHashMap;
import java.util.Map;
import org.puente.credentials.CredentialException;
import org.puente.credentials.CredentialException.Code;
import org.puente.credentials.keys.Multikey;

/**
 * Reads verification methods out of a DID document: {@code Multikey} ({@code publicKeyMultibase})
 * and {@code JsonWebKey} ({@code publicKeyJwk}), listed in {@code verificationMethod} or embedded
 * in a relationship, referenced by absolute DID URL or by a relative {@code #fragment}.
 *
 * @see <a href="https://www.w3.org/TR/cid-1.0/#verification-methods">CID 1.0 §2.2 Verification
 *     Methods</a>
 */
public final class DidDocuments {
  private DidDocuments() {}

  /**
   * The key of {@code vmUrl} in {@code document}, which must list it under {@code relationship}.
   */
  public static Multikey verificationMethod(JsonObject document, String vmUrl, String relationship)
      throws CredentialException {
    String did = stringOf(document, "id");
    JsonObject method = find(document, "verificationMethod", did, vmUrl);
    JsonObject embedded = find(document, relationship, did, vmUrl);
    boolean referenced = embedded != null || referencedBy(document, relationship, did, vmUrl);
    if (!referenced) {
      if (method == null) {
        throw new CredentialException(
            Code.DID_RESOLUTION_FAILED, "DID document " + did + " has no method " + vmUrl);
      }
      throw new CredentialException(
          Code.VERIFICATION_RELATIONSHIP_MISSING,
          "verification method " + vmUrl + " is not listed under " + relationship + " of " + did);
    }
    return keyOf(embedded != null ? embedded : method, vmUrl);
  }

  /** The key that a verification-method object carries. */
  public static Multikey keyOf(JsonObject method, String vmUrl) throws CredentialException {
    if (method == null) {
      throw new CredentialException(
          Code.DID_RESOLUTION_FAILED, "verification method " + vmUrl + " is not defined");
    }
    JsonValue multibase = method.get("publicKeyMultibase");
    if (multibase instanceof JsonString s) {
      return Multikey.fromMultibase(s.getString());
    }
    JsonValue jwk = method.get("publicKeyJwk");
    if (jwk instanceof JsonObject o) {
      return Multikey.fromJwk(stringMembers(o));
    }
    throw new CredentialException(
        Code.INVALID_KEY,
        "verification method " + vmUrl + " has neither publicKeyMultibase nor publicKeyJwk");
  }

  private static JsonObject find(JsonObject doc, String member, String did, String vmUrl)
      throws CredentialException {
    for (JsonValue entry : arrayOf(doc, member)) {
      if (entry instanceof JsonObject o && matches(stringOf(o, "id"), did, vmUrl)) {
        return o;
      }
    }
    return null;
  }

  private static boolean referencedBy(JsonObject doc, String member, String did, String vmUrl)
      throws CredentialException {
    for (JsonValue entry : arrayOf(doc, member)) {
      if (entry instanceof JsonString s && matches(s.getString(), did, vmUrl)) {
        return true;
      }
    }
    return false;
  }

  private static boolean matches(String id, String did, String vmUrl) {
    return id.equals(vmUrl) || (id.startsWith("#") && (did + id).equals(vmUrl));
  }

  private static JsonArray arrayOf(JsonObject doc, String member) throws CredentialException {
    JsonValue value = doc.get(member);
    if (value == null) {
      return JsonValue.EMPTY_JSON_ARRAY;
    }
    if (!(value instanceof JsonArray array)) {
      throw new CredentialException(
          Code.MALFORMED_INPUT, "DID document '" + member + "' must be an array");
    }
    return array;
  }

  static String stringOf(JsonObject object, String member) throws CredentialException {
    JsonValue value = object.get(member);
    if (!(value instanceof JsonString s)) {
      throw new CredentialException(
          Code.MALFORMED_INPUT, "DID document member '" + member + "' must be a string");
    }
    return s.getString();
  }

  private static Map<String, String> stringMembers(JsonObject jwk) {
    Map<String, String> members = new LinkedHashMap<>();
    jwk.forEach(
        (name, value) -> {
          if (value instanceof JsonString s) {
            members.put(name, s.getString());
          }
        });
    return members;
  }
}
