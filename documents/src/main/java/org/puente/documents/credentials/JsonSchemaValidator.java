package org.puente.documents.credentials;

import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import org.puente.documents.ErrorCode;
import org.puente.documents.ValidationError;

/**
 * A strict validator for the subset of JSON Schema 2020-12 that Puente's schemas use: {@code $ref}
 * (to {@code #/$defs/...} or to another registered schema by its {@code $id}), {@code type}, {@code
 * properties}, {@code required}, {@code additionalProperties}, {@code items}, {@code minItems},
 * {@code maxItems}, {@code contains}, {@code enum}, {@code const}, {@code pattern}, {@code
 * minLength}, {@code maxLength}, {@code minimum}, {@code maximum}, {@code format} (date, date-time,
 * asserted) and {@code allOf}. A keyword outside the subset makes the schema itself refused when
 * registered, so no rule is silently ignored.
 */
final class JsonSchemaValidator {
  private static final java.util.Set<String> KNOWN =
      java.util.Set.of(
          "$schema",
          "$id",
          "$ref",
          "$defs",
          "$comment",
          "title",
          "description",
          "examples",
          "type",
          "properties",
          "required",
          "additionalProperties",
          "items",
          "minItems",
          "maxItems",
          "contains",
          "enum",
          "const",
          "pattern",
          "minLength",
          "maxLength",
          "minimum",
          "maximum",
          "format",
          "allOf");

  private final Map<String, JsonObject> schemas = new ConcurrentHashMap<>();
  private final Map<String, Pattern> patterns = new ConcurrentHashMap<>();

  /** Registers a schema under its {@code $id}, after checking it uses only the subset. */
  void register(JsonObject schema) {
    checkKeywords(schema, "");
    schemas.put(schema.getString("$id"), schema);
  }

  /** Validates an instance against a registered schema. */
  List<ValidationError> validate(String schemaId, JsonValue instance) {
    List<ValidationError> errors = new ArrayList<>();
    JsonObject root = schema(schemaId);
    validate(root, root, instance, "", errors);
    return errors;
  }

  private JsonObject schema(String id) {
    JsonObject s = schemas.get(id);
    if (s == null) {
      throw new IllegalArgumentException("no schema registered with $id " + id);
    }
    return s;
  }

  private void validate(
      JsonObject root, JsonObject s, JsonValue v, String path, List<ValidationError> errors) {
    if (s.containsKey("$ref")) {
      String ref = s.getString("$ref");
      int hash = ref.indexOf('#');
      JsonObject target = hash == 0 ? root : schema(hash < 0 ? ref : ref.substring(0, hash));
      JsonObject newRoot = target;
      if (hash >= 0 && ref.length() > hash + 1) {
        target =
            target.getJsonObject("$defs").getJsonObject(ref.substring(ref.lastIndexOf('/') + 1));
      }
      validate(newRoot, target, v, path, errors);
    }
    if (s.containsKey("allOf")) {
      for (JsonValue sub : s.getJsonArray("allOf")) {
        validate(root, sub.asJsonObject(), v, path, errors);
      }
    }
    if (s.containsKey("type") && !hasType(v, s.getString("type"))) {
      errors.add(
          ErrorCode.SCHEMA.at(
              path,
              "expected "
                  + s.getString("type")
                  + ", found "
                  + v.getValueType().name().toLowerCase(java.util.Locale.ROOT)));
      return;
    }
    if (s.containsKey("const") && !s.get("const").equals(v)) {
      errors.add(ErrorCode.SCHEMA.at(path, "expected the constant " + s.get("const")));
    }
    if (s.containsKey("enum") && !s.getJsonArray("enum").contains(v)) {
      errors.add(ErrorCode.SCHEMA.at(path, v + " is not one of " + s.getJsonArray("enum")));
    }
    if (v instanceof JsonString str) {
      string(s, str.getString(), path, errors);
    } else if (v instanceof JsonNumber n) {
      number(s, n, path, errors);
    } else if (v instanceof JsonArray a) {
      array(root, s, a, path, errors);
    } else if (v instanceof JsonObject o) {
      object(root, s, o, path, errors);
    }
  }

  private static boolean hasType(JsonValue v, String type) {
    return switch (type) {
      case "object" -> v instanceof JsonObject;
      case "array" -> v instanceof JsonArray;
      case "string" -> v instanceof JsonString;
      case "number" -> v instanceof JsonNumber;
      case "integer" -> v instanceof JsonNumber n && n.isIntegral();
      case "boolean" -> v == JsonValue.TRUE || v == JsonValue.FALSE;
      default -> throw new IllegalArgumentException("unsupported type " + type);
    };
  }

  private void string(JsonObject s, String value, String path, List<ValidationError> errors) {
    int length = value.codePointCount(0, value.length());
    if (s.containsKey("minLength") && length < s.getInt("minLength")) {
      errors.add(
          ErrorCode.SCHEMA.at(path, "shorter than " + s.getInt("minLength") + " characters"));
    }
    if (s.containsKey("maxLength") && length > s.getInt("maxLength")) {
      errors.add(ErrorCode.SCHEMA.at(path, "longer than " + s.getInt("maxLength") + " characters"));
    }
    if (s.containsKey("pattern")) {
      Pattern p = patterns.computeIfAbsent(s.getString("pattern"), Pattern::compile);
      if (!p.matcher(value).find()) {
        errors.add(ErrorCode.SCHEMA.at(path, "'" + value + "' does not match " + p.pattern()));
      }
    }
    if (s.containsKey("format") && !formatted(s.getString("format"), value)) {
      errors.add(ErrorCode.SCHEMA.at(path, "'" + value + "' is not a " + s.getString("format")));
    }
  }

  private static boolean formatted(String format, String value) {
    try {
      switch (format) {
        case "date" -> LocalDate.parse(value);
        case "date-time" -> OffsetDateTime.parse(value);
        default -> {
          return true;
        }
      }
      return true;
    } catch (DateTimeParseException e) {
      return false;
    }
  }

  private static void number(
      JsonObject s, JsonNumber n, String path, List<ValidationError> errors) {
    if (s.containsKey("minimum")
        && n.bigDecimalValue().compareTo(s.getJsonNumber("minimum").bigDecimalValue()) < 0) {
      errors.add(
          ErrorCode.SCHEMA.at(path, n + " is below the minimum " + s.getJsonNumber("minimum")));
    }
    if (s.containsKey("maximum")
        && n.bigDecimalValue().compareTo(s.getJsonNumber("maximum").bigDecimalValue()) > 0) {
      errors.add(
          ErrorCode.SCHEMA.at(path, n + " is above the maximum " + s.getJsonNumber("maximum")));
    }
  }

  private void array(
      JsonObject root, JsonObject s, JsonArray a, String path, List<ValidationError> errors) {
    if (s.containsKey("minItems") && a.size() < s.getInt("minItems")) {
      errors.add(ErrorCode.SCHEMA.at(path, "fewer than " + s.getInt("minItems") + " items"));
    }
    if (s.containsKey("maxItems") && a.size() > s.getInt("maxItems")) {
      errors.add(ErrorCode.SCHEMA.at(path, "more than " + s.getInt("maxItems") + " items"));
    }
    if (s.containsKey("items")) {
      for (int i = 0; i < a.size(); i++) {
        validate(root, s.getJsonObject("items"), a.get(i), path + "/" + i, errors);
      }
    }
    if (s.containsKey("contains")) {
      boolean found =
          a.stream()
              .anyMatch(
                  item -> {
                    List<ValidationError> probe = new ArrayList<>();
                    validate(root, s.getJsonObject("contains"), item, path, probe);
                    return probe.isEmpty();
                  });
      if (!found) {
        errors.add(ErrorCode.SCHEMA.at(path, "no item matches " + s.getJsonObject("contains")));
      }
    }
  }

  private void object(
      JsonObject root, JsonObject s, JsonObject o, String path, List<ValidationError> errors) {
    if (s.containsKey("required")) {
      for (JsonValue name : s.getJsonArray("required")) {
        String key = ((JsonString) name).getString();
        if (!o.containsKey(key)) {
          errors.add(ErrorCode.REQUIRED.at(path + "/" + key, key));
        }
      }
    }
    JsonObject props =
        s.containsKey("properties") ? s.getJsonObject("properties") : JsonValue.EMPTY_JSON_OBJECT;
    for (Map.Entry<String, JsonValue> member : o.entrySet()) {
      String p = path + "/" + member.getKey();
      if (props.containsKey(member.getKey())) {
        validate(root, props.getJsonObject(member.getKey()), member.getValue(), p, errors);
      } else if (s.containsKey("additionalProperties")) {
        JsonValue extra = s.get("additionalProperties");
        if (extra == JsonValue.FALSE) {
          errors.add(ErrorCode.SCHEMA.at(p, "unknown member '" + member.getKey() + "'"));
        } else if (extra instanceof JsonObject extraSchema) {
          validate(root, extraSchema, member.getValue(), p, errors);
        }
      }
    }
  }

  private static void checkKeywords(JsonValue schema, String path) {
    if (!(schema instanceof JsonObject o)) {
      return;
    }
    for (Map.Entry<String, JsonValue> e : o.entrySet()) {
      String k = e.getKey();
      if (!KNOWN.contains(k)) {
        throw new IllegalArgumentException(
            "schema keyword outside Puente's subset at " + path + ": " + k);
      }
      switch (k) {
        case "properties", "$defs" ->
            e.getValue()
                .asJsonObject()
                .forEach((name, sub) -> checkKeywords(sub, path + "/" + k + "/" + name));
        case "items", "contains", "additionalProperties" ->
            checkKeywords(e.getValue(), path + "/" + k);
        case "allOf" ->
            e.getValue().asJsonArray().forEach(sub -> checkKeywords(sub, path + "/allOf"));
        default -> {}
      }
    }
  }
}
