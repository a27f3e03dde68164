package org.puente.credentials.status;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Objects;
import org.puente.credentials.CredentialException;
import org.puente.credentials.CredentialException.Code;
import org.puente.credentials.jsonld.JsonSupport;

/**
 * A status list as published: the {@code BitstringStatusListCredential} that carries the encoded
 * list, before signing (issuer side) or after verification (verifier side).
 *
 * @see <a href="https://www.w3.org/TR/vc-bitstring-status-list/#bitstringstatuslistcredential">§2.2
 *     BitstringStatusListCredential</a>
 */
public record StatusListCredential(
    String url,
    String issuer,
    StatusPurpose purpose,
    Bitstring bits,
    Instant validFrom,
    Instant validUntil) {
  /** The type of the credential. */
  public static final String TYPE = "BitstringStatusListCredential";

  public StatusListCredential {
    Objects.requireNonNull(url, "url");
    Objects.requireNonNull(issuer, "issuer");
    Objects.requireNonNull(purpose, "purpose");
    Objects.requireNonNull(bits, "bits");
    bits = bits.copy();
  }

  @Override
  public Bitstring bits() {
    return bits.copy();
  }

  /** The unsigned credential (VC 2.0), ready for the issuer to sign. */
  public JsonObject toUnsignedCredential() {
    var b =
        JsonSupport.PROVIDER
            .createObjectBuilder()
            .add(
                "@context",
                JsonSupport.PROVIDER
                    .createArrayBuilder()
                    .add("https://www.w3.org/ns/credentials/v2"))
            .add("id", url)
            .add(
                "type",
                JsonSupport.PROVIDER.createArrayBuilder().add("VerifiableCredential").add(TYPE))
            .add("issuer", issuer);
    if (validFrom != null) {
      b.add("validFrom", validFrom.toString());
    }
    if (validUntil != null) {
      b.add("validUntil", validUntil.toString());
    }
    return b.add(
            "credentialSubject",
            JsonSupport.PROVIDER
                .createObjectBuilder()
                .add("id", url + "#list")
                .add("type", "BitstringStatusList")
                .add("statusPurpose", purpose.jsonName())
                .add("encodedList", bits.encode()))
        .build();
  }

  /**
   * Reads a status list credential whose proof the caller has already verified. Checks the type,
   * that the subject's purpose is known, and decodes the list.
   */
  public static StatusListCredential fromVerifiedCredential(JsonObject vc)
      throws CredentialException {
    if (!hasType(vc.get("type"), TYPE)) {
      throw invalid("type does not include " + TYPE);
    }
    JsonValue subjectValue = vc.get("credentialSubject");
    if (!(subjectValue instanceof JsonObject subject)) {
      throw invalid("credentialSubject must be one object");
    }
    if (!hasType(subject.get("type"), "BitstringStatusList")) {
      throw invalid("credentialSubject.type must be BitstringStatusList");
    }
    StatusPurpose purpose = StatusPurpose.fromJson(string(subject, "statusPurpose"));
    if (purpose == null) {
      throw invalid("unsupported statusPurpose " + subject.get("statusPurpose"));
    }
    String issuer =
        vc.get("issuer") instanceof JsonObject o ? string(o, "id") : string(vc, "issuer");
    if (issuer == null) {
      throw invalid("issuer is missing");
    }
    String url = string(vc, "id");
    return new StatusListCredential(
        url == null ? "" : url,
        issuer,
        purpose,
        Bitstring.decode(string(subject, "encodedList")),
        instant(vc, "validFrom"),
        instant(vc, "validUntil"));
  }

  private static boolean hasType(JsonValue type, String wanted) {
    if (type instanceof JsonString s) {
      return s.getString().equals(wanted);
    }
    return type instanceof JsonArray a
        && a.stream().anyMatch(v -> v instanceof JsonString s && s.getString().equals(wanted));
  }

  private static String string(JsonObject json, String name) {
    return json.get(name) instanceof JsonString s ? s.getString() : null;
  }

  private static Instant instant(JsonObject json, String name) throws CredentialException {
    String value = string(json, name);
    try {
      return value == null ? null : Instant.parse(value);
    } catch (DateTimeParseException e) {
      throw invalid(name + " is not an XML Schema dateTime: " + value);
    }
  }

  private static CredentialException invalid(String message) {
    return new CredentialException(
        Code.STATUS_VERIFICATION_ERROR, "status list credential: " + message);
  }
}
