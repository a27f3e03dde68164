package org.puente.credentials.jsonld;

import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.spi.JsonProvider;

/**
 * The one JSON provider of the credentials engine. {@code jakarta.json.Json.createXxx} looks the
 * provider up through {@link java.util.ServiceLoader} on every call, which costs more than a whole
 * RDFC-1.0 canonicalisation of a small credential; hot paths use this cached instance instead.
 */
public final class JsonSupport {
  /** The cached provider (Parsson). */
  public static final JsonProvider PROVIDER = JsonProvider.provider();

  private JsonSupport() {}

  /** {@code object} without the member {@code name}. */
  public static JsonObject without(JsonObject object, String name) {
    JsonObjectBuilder builder = PROVIDER.createObjectBuilder(object);
    builder.remove(name);
    return builder.build();
  }
}
