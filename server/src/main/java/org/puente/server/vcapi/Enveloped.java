package org.puente.server.vcapi;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.Optional;
import org.puente.credentials.jsonld.JsonSupport;

/**
 * Enveloped credentials (VC Data Model 2.0 §4.13.1, VC-JOSE-COSE §3.1.1): a VC-JWT carried as the
 * {@code data:application/vc+jwt,} URL in the {@code id} of an {@code
 * EnvelopedVerifiableCredential}.
 */
public final class Enveloped {
  /** The data URL prefix of a VC-JWT. */
  public static final String PREFIX = "data:application/vc+jwt,";

  private Enveloped() {}

  /** The envelope around {@code jwt}. */
  public static JsonObject of(String jwt) {
    return JsonSupport.PROVIDER
        .createObjectBuilder()
        .add(
            "@context",
            JsonSupport.PROVIDER.createArrayBuilder().add("https://www.w3.org/ns/credentials/v2"))
        .add("id", PREFIX + jwt)
        .add("type", "EnvelopedVerifiableCredential")
        .build();
  }

  /** The JWT inside {@code credential} if it is an enveloped VC-JWT. */
  public static Optional<String> jwt(JsonObject credential) {
    JsonValue type = credential.get("type");
    boolean enveloped =
        type instanceof JsonString s
            ? s.getString().equals("EnvelopedVerifiableCredential")
            : type instanceof JsonArray a
                && a.stream()
                    .anyMatch(
                        v ->
                            v instanceof JsonString s
                                && s.getString().equals("EnvelopedVerifiableCredential"));
    if (!enveloped || !(credential.get("id") instanceof JsonString id)) {
      return Optional.empty();
    }
    return id.getString().startsWith(PREFIX)
        ? Optional.of(id.getString().substring(PREFIX.length()))
        : Optional.empty();
  }
}
