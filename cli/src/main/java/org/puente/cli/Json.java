package org.puente.cli;

import jakarta.json.JsonStructure;
import jakarta.json.stream.JsonGenerator;
import java.io.StringWriter;
import java.util.Map;

/** Pretty-printing for command output. */
final class Json {
  private Json() {}

  static String pretty(JsonStructure value) {
    StringWriter out = new StringWriter();
    try (var writer =
        jakarta.json.Json.createWriterFactory(Map.of(JsonGenerator.PRETTY_PRINTING, true))
            .createWriter(out)) {
      writer.write(value);
    }
    return out.toString().strip();
  }
}
