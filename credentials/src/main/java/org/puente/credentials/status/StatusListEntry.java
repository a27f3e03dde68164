package org.puente.credentials.status;

import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.Objects;
import org.puente.credentials.CredentialException;
import org.puente.credentials.CredentialException.Code;
import org.puente.credentials.jsonld.JsonSupport;

/**
 * One {@code credentialStatus} entry of type {@code BitstringStatusListEntry}: which list, which
 * index, for which purpose.
 *
 * @see <a href="https://www.w3.org/TR/vc-bitstring-status-list/#bitstringstatuslistentry">§2.1
 *     BitstringStatusListEntry</a>
 */
public record StatusListEntry(
    String id, StatusPurpose purpose, int index, String statusListCredential, int statusSize) {
  /** The JSON-LD type of the entry. */
  public static final String TYPE = "BitstringStatusListEntry";

  public StatusListEntry {
    Objects.requireNonNull(purpose, "purpose");
    Objects.requireNonNull(statusListCredential, "statusListCredential");
    if (index < 0) {
      throw new IllegalArgumentException("statusListIndex must be >= 0, found " + index);
    }
    if (statusSize < 1 || statusSize > 8) {
      throw new IllegalArgumentException("statusSize must be 1..8, found " + statusSize);
    }
  }

  /** The entry as it goes into a credential's {@code credentialStatus}. */
  public JsonObject toJson() {
    var b = JsonSupport.PROVIDER.createObjectBuilder();
    if (id != null) {
      b.add("id", id);
    }
    b.add("type", TYPE)
        .add("statusPurpose", purpose.jsonName())
        .add("statusListIndex", Integer.toString(index))
        .add("statusListCredential", statusListCredential);
    if (statusSize != 1) {
      b.add("statusSize", statusSize);
    }
    return b.build();
  }

  /**
   * Reads an entry. Returns null for an entry of another type or purpose (which a verifier reports
   * as not checked); throws on a malformed {@code BitstringStatusListEntry}.
   */
  public static StatusListEntry fromJson(JsonObject json) throws CredentialException {
    if (!TYPE.equals(string(json, "type"))) {
      return null;
    }
    StatusPurpose purpose = StatusPurpose.fromJson(string(json, "statusPurpose"));
    if (purpose == null) {
      return null;
    }
    String list = string(json, "statusListCredential");
    if (list == null || list.isBlank()) {
      throw malformed("statusListCredential is missing");
    }
    int index = integer(json, "statusListIndex", -1);
    if (index < 0) {
      throw malformed("statusListIndex must be a non-negative integer in a string");
    }
    int size = integer(json, "statusSize", 1);
    if (size < 1 || size > 8) {
      throw malformed("statusSize must be 1..8, found " + size);
    }
    return new StatusListEntry(string(json, "id"), purpose, index, list, size);
  }

  private static String string(JsonObject json, String name) {
    JsonValue v = json.get(name);
    return v instanceof JsonString s ? s.getString() : null;
  }

  private static int integer(JsonObject json, String name, int absent) throws CredentialException {
    JsonValue v = json.get(name);
    if (v == null) {
      return absent;
    }
    try {
      long value =
          v instanceof JsonString s
              ? Long.parseLong(s.getString())
              : v instanceof JsonNumber n ? n.longValueExact() : -1;
      if (value < 0 || value > Integer.MAX_VALUE) {
        throw malformed(name + " out of range: " + v);
      }
      return (int) value;
    } catch (NumberFormatException | ArithmeticException e) {
      throw malformed(name + " is not an integer: " + v);
    }
  }

  private static CredentialException malformed(String message) {
    return new CredentialException(Code.MALFORMED_INPUT, "credentialStatus: " + message);
  }
}
