package org.puente.credentials.di;

import jakarta.json.JsonObject;

/** Gives tests in other packages the package-private JSON helpers of this package. */
public final class DataIntegrityTestAccess {
  private DataIntegrityTestAccess() {}

  /** {@code object} without member {@code name}. */
  public static JsonObject without(JsonObject object, String name) {
    return DataIntegrity.without(object, name);
  }
}
