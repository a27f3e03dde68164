package org.puente.credentials.vc;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.time.Instant;
import java.util.List;
import java.util.regex.Pattern;
import org.puente.credentials.CredentialException;
import org.puente.credentials.CredentialException.Code;
import org.puente.credentials.jsonld.JsonSupport;
import org.puente.credentials.jsonld.XsdDateTime;

/**
 * What VC Data Model 2.0 §4 requires of a credential's shape, checked before any cryptography.
 *
 * @param issuer the issuer's id (§4.7)
 * @param validFrom {@code validFrom}, or null (§4.9)
 * @param validUntil {@code validUntil}, or null (§4.9)
 * @param status the {@code credentialStatus} entries (§4.10), possibly empty
 * @param schemas the {@code credentialSchema} entries (§4.11), possibly empty
 */
public record CredentialStructure(
    String issuer,
    Instant validFrom,
    Instant validUntil,
    List<JsonObject> status,
    List<JsonObject> schemas) {
  /** The VC 2.0 base context, which must come first (§4.3). */
  public static final String V2_CONTEXT = "https://www.w3.org/ns/credentials/v2";

  // XML Schema 1.1 dateTimeStamp: a dateTime with a mandatory time zone.
  private static final Pattern DATE_TIME_STAMP =
      Pattern.compile(
          "-?[0-9]{4,}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(\\.[0-9]+)?(Z|[+-][0-9]{2}:[0-9]{2})");

  public CredentialStructure {
    status = List.copyOf(status);
    schemas = List.copyOf(schemas);
  }

  /** Validates a credential's structure; each violation has its own code. */
  public static CredentialStructure of(JsonObject credential) throws CredentialException {
    checkContext(credential.get("@context"));
    checkType(credential.get("type"));
    String issuer = issuer(credential.get("issuer"));
    checkSubject(credential.get("credentialSubject"));
    Instant from = dateTime(credential, "validFrom");
    Instant until = dateTime(credential, "validUntil");
    if (from != null && until != null && until.isBefore(from)) {
      throw new CredentialException(
          Code.INVALID_VALIDITY_PERIOD, "validUntil " + until + " is before validFrom " + from);
    }
    List<JsonObject> status = entries(credential, "credentialStatus", Code.INVALID_STATUS, false);
    List<JsonObject> schemas = entries(credential, "credentialSchema", Code.INVALID_SCHEMA, true);
    return new CredentialStructure(issuer, from, until, status, schemas);
  }

  private static void checkContext(JsonValue context) throws CredentialException {
    JsonValue first =
        context instanceof JsonArray array && !array.isEmpty() ? array.get(0) : context;
    if (!(first instanceof JsonString s) || !V2_CONTEXT.equals(s.getString())) {
      throw new CredentialException(
          Code.INVALID_CONTEXT, "the first @context must be " + V2_CONTEXT + ", found " + first);
    }
  }

  private static void checkType(JsonValue type) throws CredentialException {
    boolean found =
        type instanceof JsonString s
            ? s.getString().equals("VerifiableCredential")
            : type instanceof JsonArray array && array.contains(jsonString("VerifiableCredential"));
    if (!found) {
      throw new CredentialException(
          Code.INVALID_TYPE, "type must include VerifiableCredential, found " + type);
    }
  }

  private static JsonValue jsonString(String value) {
    return JsonSupport.PROVIDER.createValue(value);
  }

  private static String issuer(JsonValue issuer) throws CredentialException {
    JsonValue id = issuer instanceof JsonObject object ? object.get("id") : issuer;
    if (id instanceof JsonString s && isUrl(s.getString())) {
      return s.getString();
    }
    throw new CredentialException(
        Code.INVALID_ISSUER, "issuer must be a URL or an object with a URL id, found " + issuer);
  }

  private static boolean isUrl(String value) {
    int colon = value.indexOf(':');
    if (colon <= 0 || !isAsciiLetter(value.charAt(0))) {
      return false;
    }
    // RFC 3986 §3.1: scheme = ALPHA *( ALPHA / DIGIT / "+" / "-" / "." )
    for (int i = 1; i < colon; i++) {
      char c = value.charAt(i);
      if (!isAsciiLetter(c) && !(c >= '0' && c <= '9') && c != '+' && c != '-' && c != '.') {
        return false;
      }
    }
    return true;
  }

  private static boolean isAsciiLetter(char c) {
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
  }

  private static void checkSubject(JsonValue subject) throws CredentialException {
    boolean ok =
        subject instanceof JsonObject object
            ? !object.isEmpty()
            : subject instanceof JsonArray array
                && !array.isEmpty()
                && array.stream().allMatch(v -> v instanceof JsonObject o && !o.isEmpty());
    if (!ok) {
      throw new CredentialException(
          Code.MISSING_SUBJECT,
          "credentialSubject must be a non-empty object or array of objects, found " + subject);
    }
  }

  /** Parses an XML Schema dateTimeStamp property, or null when absent. */
  static Instant dateTime(JsonObject credential, String name) throws CredentialException {
    JsonValue value = credential.get(name);
    if (value == null) {
      return null;
    }
    Instant common =
        value instanceof JsonString s ? XsdDateTime.parseCommonShape(s.getString()) : null;
    if (common != null) {
      return common;
    }
    if (value instanceof JsonString s && DATE_TIME_STAMP.matcher(s.getString()).matches()) {
      try {
        return XsdDateTime.parse(s.getString());
      } catch (java.time.format.DateTimeParseException e) {
        throw new CredentialException(
            Code.INVALID_DATETIME, name + " is not a valid date-time: " + s.getString(), e);
      }
    }
    throw new CredentialException(
        Code.INVALID_DATETIME, name + " must be an XML Schema dateTimeStamp, found " + value);
  }

  private static List<JsonObject> entries(
      JsonObject credential, String name, Code code, boolean needsId) throws CredentialException {
    JsonValue value = credential.get(name);
    if (value == null) {
      return List.of();
    }
    List<JsonValue> items = value instanceof JsonArray array ? array : List.of(value);
    for (JsonValue item : items) {
      if (!(item instanceof JsonObject entry)
          || !hasType(entry.get("type"))
          || (entry.containsKey("id") && !(entry.get("id") instanceof JsonString))
          || (needsId && !entry.containsKey("id"))) {
        throw new CredentialException(
            code,
            name
                + " entries must be objects with a type"
                + (needsId ? " and an id" : "")
                + ", found "
                + item);
      }
    }
    return items.stream().map(JsonValue::asJsonObject).toList();
  }

  private static boolean hasType(JsonValue type) {
    return type instanceof JsonString
        || (type instanceof JsonArray array
            && !array.isEmpty()
            && array.stream().allMatch(JsonString.class::isInstance));
  }
}
