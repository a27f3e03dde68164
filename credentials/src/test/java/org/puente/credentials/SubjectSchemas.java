package org.puente.credentials;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A {@link SchemaResolver} over JSON Schemas held in memory by {@code $id}, validating the keywords
 * Puente's subject schemas use: {@code type} (object, array, string, number, boolean; JSON Schema
 * 2020-12 Validation §6.1.1), {@code required} (§6.5.3) and nested {@code properties} (Core
 * §10.3.2.1). Any other keyword makes the schema unusable here, so it is refused at construction
 * rather than silently ignored. (The documents module's validator covers Puente's full schemas.)
 */
final class SubjectSchemas implements SchemaResolver {
  private static final List<String> KEYWORDS =
      List.of("$schema", "$id", "title", "type", "required", "properties");

  private final Map<String, JsonObject> schemas;

  SubjectSchemas(List<JsonObject> schemas) {
    Map<String, JsonObject> byId = new java.util.HashMap<>();
    for (JsonObject schema : schemas) {
      checkKeywords(schema);
      byId.put(schema.getString("$id"), schema);
    }
    this.schemas = Map.copyOf(byId);
  }

  @Override
  public Optional<Schema> resolve(String schemaId) {
    JsonObject schema = schemas.get(schemaId);
    return schema == null
        ? Optional.empty()
        : Optional.of(subject -> violations(schema, subject, "$"));
  }

  private static List<String> violations(JsonObject schema, JsonValue value, String path) {
    List<String> out = new ArrayList<>();
    String type = schema.getString("type", null);
    if (type != null && !hasType(value, type)) {
      out.add(path + " must be " + type + ", found " + value.getValueType());
      return out;
    }
    if (value instanceof JsonObject object) {
      for (JsonValue name :
          schema.getJsonArray("required") == null
              ? List.<JsonValue>of()
              : schema.getJsonArray("required")) {
        String key = ((jakarta.json.JsonString) name).getString();
        if (!object.containsKey(key)) {
          out.add(path + "." + key + " is required");
        }
      }
      JsonObject properties = schema.getJsonObject("properties");
      if (properties != null) {
        for (Map.Entry<String, JsonValue> property : properties.entrySet()) {
          JsonValue child = object.get(property.getKey());
          if (child != null) {
            out.addAll(
                violations(
                    property.getValue().asJsonObject(), child, path + "." + property.getKey()));
          }
        }
      }
    }
    return out;
  }

  private static boolean hasType(JsonValue value, String type) {
    return switch (type) {
      case "object" -> value.getValueType() == JsonValue.ValueType.OBJECT;
      case "array" -> value.getValueType() == JsonValue.ValueType.ARRAY;
      case "string" -> value.getValueType() == JsonValue.ValueType.STRING;
      case "number" -> value.getValueType() == JsonValue.ValueType.NUMBER;
      case "boolean" -> value == JsonValue.TRUE || value == JsonValue.FALSE;
      default -> throw new IllegalArgumentException("unsupported schema type " + type);
    };
  }

  private static void checkKeywords(JsonObject schema) {
    for (String key : schema.keySet()) {
      if (!KEYWORDS.contains(key)) {
        throw new IllegalArgumentException("schema keyword " + key + " is not supported here");
      }
    }
    JsonObject properties = schema.getJsonObject("properties");
    if (properties != null) {
      properties.values().forEach(p -> checkKeywords(p.asJsonObject()));
    }
  }
}
