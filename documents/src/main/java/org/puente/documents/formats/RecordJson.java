package org.puente.documents.formats;

import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.puente.documents.ErrorCode;
import org.puente.documents.ValidationError;
import org.puente.documents.ids.InvalidIdentifierException;

/**
 * Records to JSON and back, by their components: a record with one {@code String value} (a typed
 * identifier) is a JSON string, other records are objects with one member per component (absent
 * when null), lists are arrays, enums their names, decimals JSON numbers, dates ISO 8601 strings.
 * Reading is strict: unknown members, wrong JSON types and refused values are all reported with
 * their JSON Pointer.
 */
final class RecordJson {
  private RecordJson() {}

  static JsonValue write(Object value) {
    if (value == null) {
      return JsonValue.NULL;
    }
    if (value instanceof Record r) {
      if (isIdentifier(r.getClass())) {
        return JsonInput.JSON.createValue(
            (String) component(r, r.getClass().getRecordComponents()[0]));
      }
      JsonObjectBuilder b = JsonInput.JSON.createObjectBuilder();
      for (RecordComponent c : r.getClass().getRecordComponents()) {
        Object v = component(r, c);
        if (v != null && !(v instanceof List<?> l && l.isEmpty())) {
          b.add(c.getName(), write(v));
        }
      }
      return b.build();
    }
    if (value instanceof List<?> list) {
      JsonArrayBuilder b = JsonInput.JSON.createArrayBuilder();
      list.forEach(v -> b.add(write(v)));
      return b.build();
    }
    if (value instanceof BigDecimal d) {
      return JsonInput.JSON.createValue(d);
    }
    if (value instanceof Integer i) {
      return JsonInput.JSON.createValue(i);
    }
    if (value instanceof Enum<?> e) {
      return JsonInput.JSON.createValue(e.name());
    }
    return JsonInput.JSON.createValue(value.toString());
  }

  static <T> T read(
      JsonValue json,
      Class<T> type,
      String path,
      List<ValidationError> errors,
      Set<String> ignored) {
    return type.cast(readValue(json, type, path, errors, ignored));
  }

  private static Object readValue(
      JsonValue json, Type type, String path, List<ValidationError> errors, Set<String> ignored) {
    if (json == null || json.getValueType() == JsonValue.ValueType.NULL) {
      return type instanceof ParameterizedType ? List.of() : null;
    }
    if (type instanceof ParameterizedType p && p.getRawType() == List.class) {
      if (!(json instanceof JsonArray array)) {
        return wrongType(path, "an array", json, errors);
      }
      List<Object> out = new ArrayList<>();
      for (int i = 0; i < array.size(); i++) {
        Object v =
            readValue(
                array.get(i), p.getActualTypeArguments()[0], path + "/" + i, errors, Set.of());
        if (v != null) {
          out.add(v);
        }
      }
      return out;
    }
    Class<?> raw = (Class<?>) type;
    try {
      return scalarOrRecord(json, raw, path, errors, ignored);
    } catch (InvalidIdentifierException e) {
      errors.add(e.error().under(path));
    } catch (IllegalArgumentException | DateTimeParseException | ArithmeticException e) {
      errors.add(ErrorCode.SCHEMA.at(path, String.valueOf(e.getMessage())));
    }
    return null;
  }

  private static Object scalarOrRecord(
      JsonValue json,
      Class<?> raw,
      String path,
      List<ValidationError> errors,
      Set<String> ignored) {
    if (raw.isRecord() && !isIdentifier(raw)) {
      if (!(json instanceof JsonObject o)) {
        return wrongType(path, "an object", json, errors);
      }
      return readRecord(o, raw, path, errors, ignored);
    }
    if (raw == BigDecimal.class || raw == Integer.class || raw == int.class) {
      if (!(json instanceof JsonNumber n)) {
        return wrongType(path, "a number", json, errors);
      }
      return raw == BigDecimal.class ? n.bigDecimalValue() : Integer.valueOf(n.intValueExact());
    }
    if (!(json instanceof JsonString s)) {
      return wrongType(path, "a string", json, errors);
    }
    String text = s.getString();
    if (isIdentifier(raw)) {
      return construct(raw, new Object[] {text});
    }
    if (raw.isEnum()) {
      for (Object constant : raw.getEnumConstants()) {
        if (((Enum<?>) constant).name().equals(text)) {
          return constant;
        }
      }
      throw new IllegalArgumentException(
          "'" + text + "' is not one of " + List.of(raw.getEnumConstants()));
    }
    if (raw == LocalDate.class) {
      return LocalDate.parse(text);
    }
    if (raw == LocalDateTime.class) {
      return LocalDateTime.parse(text);
    }
    if (raw == OffsetDateTime.class) {
      return OffsetDateTime.parse(text);
    }
    return text;
  }

  private static Object readRecord(
      JsonObject o, Class<?> raw, String path, List<ValidationError> errors, Set<String> ignored) {
    RecordComponent[] components = raw.getRecordComponents();
    Set<String> known = new java.util.HashSet<>(ignored);
    Object[] args = new Object[components.length];
    int before = errors.size();
    for (int i = 0; i < components.length; i++) {
      RecordComponent c = components[i];
      known.add(c.getName());
      args[i] =
          readValue(
              o.get(c.getName()), c.getGenericType(), path + "/" + c.getName(), errors, Set.of());
      if (args[i] == null && c.getType() == int.class) {
        args[i] = 0;
      }
    }
    for (String key : o.keySet()) {
      if (!known.contains(key)) {
        errors.add(ErrorCode.SCHEMA.at(path + "/" + key, "unknown member '" + key + "'"));
      }
    }
    if (errors.size() > before) {
      return null;
    }
    return construct(raw, args);
  }

  private static Object wrongType(
      String path, String expected, JsonValue found, List<ValidationError> errors) {
    errors.add(
        ErrorCode.SCHEMA.at(path, "expected " + expected + ", found " + found.getValueType()));
    return null;
  }

  private static boolean isIdentifier(Class<?> type) {
    RecordComponent[] c = type.getRecordComponents();
    return c != null
        && c.length == 1
        && c[0].getType() == String.class
        && c[0].getName().equals("value");
  }

  private static Object component(Record r, RecordComponent c) {
    try {
      return c.getAccessor().invoke(r);
    } catch (IllegalAccessException | InvocationTargetException e) {
      throw new IllegalStateException("cannot read " + c, e);
    }
  }

  private static Object construct(Class<?> type, Object[] args) {
    Class<?>[] types =
        java.util.Arrays.stream(type.getRecordComponents())
            .map(RecordComponent::getType)
            .toArray(Class<?>[]::new);
    try {
      Constructor<?> ctor = type.getDeclaredConstructor(types);
      return ctor.newInstance(args);
    } catch (InvocationTargetException e) {
      if (e.getCause() instanceof RuntimeException re) {
        throw re;
      }
      throw new IllegalStateException(e.getCause());
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("cannot construct " + type.getName(), e);
    }
  }
}
