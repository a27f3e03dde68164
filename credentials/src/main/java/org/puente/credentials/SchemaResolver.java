package org.puente.credentials;

import jakarta.json.JsonValue;
import java.util.List;
import java.util.Optional;

/**
 * The port through which verification checks a credential's {@code credentialSubject} against the
 * {@code JsonSchema} its {@code credentialSchema} names (VC Data Model 2.0 §4.11; VC JSON Schema
 * §2.1). Schemas are only ever resolved locally — bundled or registered by the operator (the
 * documents module holds Puente's) — never fetched from their id.
 *
 * <p>With no resolver configured, or when a named schema is not held locally, the schema check is
 * reported "not checked" — never as passed.
 */
@FunctionalInterface
public interface SchemaResolver {
  /**
   * The schema whose {@code id} is {@code schemaId}, when held locally.
   *
   * @param schemaId the {@code id} of a {@code credentialSchema} entry of type {@code JsonSchema}
   */
  Optional<Schema> resolve(String schemaId);

  /** A resolved JSON Schema for credential subjects. */
  @FunctionalInterface
  interface Schema {
    /**
     * What in {@code credentialSubject} breaks the schema, one line each for people; empty when it
     * validates.
     */
    List<String> violations(JsonValue credentialSubject);
  }
}
