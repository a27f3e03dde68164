package org.puente.documents.model;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/** Shape checks of the CBP codes the entry summary carries; a caller's bad value is refused. */
final class Codes {
  private static final Map<String, Pattern> PATTERNS = new ConcurrentHashMap<>();

  private Codes() {}

  static String require(String value, String regex, String what) {
    if (value != null
        && !PATTERNS.computeIfAbsent(regex, Pattern::compile).matcher(value).matches()) {
      throw new IllegalArgumentException(what + ": expected " + regex + ", found '" + value + "'");
    }
    return value;
  }

  static <T> T present(T value, String what) {
    if (value == null) {
      throw new IllegalArgumentException(what + " is required");
    }
    return value;
  }

  static List<String> requireAll(List<String> values, String regex, String what) {
    if (values == null) {
      return List.of();
    }
    values.forEach(v -> require(v, regex, what));
    return List.copyOf(values);
  }
}
