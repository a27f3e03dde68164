package org.puente.documents.credentials;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.puente.credentials.jsonld.JsonSupport;
import org.puente.documents.DocumentException;
import org.puente.documents.ErrorCode;
import org.puente.documents.ValidationError;
import org.puente.documents.formats.CartaPorteXml;
import org.puente.documents.formats.ConsignmentJson;
import org.puente.documents.formats.DodaXml;
import org.puente.documents.formats.EManifestJson;
import org.puente.documents.formats.JsonInput;
import org.puente.documents.model.Consignment;

/**
 * Builds Puente's trade credentials as unsigned W3C VC 2.0 JSON ({@code @context} [credentials v2,
 * https://w3id.org/puente/v1]) and reads them back, checking the JSON Schema of the type and the
 * business rules beside it. Signing and verifying is the credentials engine's job: hand it the
 * object {@link #toCredential} returns, and give {@link #fromCredential} what it verified.
 *
 * <p><b>Warning:</b> {@link #fromCredential} checks content, not signatures.
 */
public final class TradeCredentials {
  /** The W3C VC 2.0 base context. */
  public static final String VC_CONTEXT = "https://www.w3.org/ns/credentials/v2";

  /** Puente's context (bundled by the credentials module's offline loader). */
  public static final String PUENTE_CONTEXT = "https://w3id.org/puente/v1";

  private static final String RESOURCES = "/org/puente/documents/";

  private final JsonSchemaValidator validator = new JsonSchemaValidator();
  private final Optional<HsNomenclature> hs;

  private TradeCredentials(Optional<HsNomenclature> hs) {
    this.hs = hs;
    validator.register(resource("schemas/credential.json"));
    validator.register(resource("schemas/consignment.json"));
    for (CredentialType t : CredentialType.values()) {
      validator.register(resource("schemas/" + t.vcType() + ".json"));
    }
  }

  /** Shape checks only for HS codes. */
  public static TradeCredentials create() {
    return new TradeCredentials(Optional.empty());
  }

  /** HS codes also checked against the HS 2022 nomenclature. */
  public static TradeCredentials create(HsNomenclature nomenclature) {
    return new TradeCredentials(Optional.of(nomenclature));
  }

  /**
   * The unsigned credential of a subject; throws INVALID_DOCUMENT when it breaks its schema or
   * rules.
   */
  public JsonObject toCredential(
      CredentialType type,
      String id,
      String issuer,
      Instant validFrom,
      Instant validUntil,
      JsonObject subject)
      throws DocumentException {
    JsonObjectBuilder b =
        JsonSupport.PROVIDER
            .createObjectBuilder()
            .add(
                "@context",
                JsonSupport.PROVIDER.createArrayBuilder().add(VC_CONTEXT).add(PUENTE_CONTEXT))
            .add("id", Objects.requireNonNull(id, "id"))
            .add(
                "type",
                JsonSupport.PROVIDER
                    .createArrayBuilder()
                    .add("VerifiableCredential")
                    .add(type.vcType()))
            .add("issuer", Objects.requireNonNull(issuer, "issuer"))
            .add("validFrom", validFrom.toString());
    if (validUntil != null) {
      b.add("validUntil", validUntil.toString());
    }
    b.add(
        "credentialSchema",
        JsonSupport.PROVIDER
            .createObjectBuilder()
            .add("id", type.schemaId())
            .add("type", "JsonSchema"));
    b.add(
        "credentialSubject",
        JsonSupport.PROVIDER.createObjectBuilder(subject).add("type", type.vcType()));
    JsonObject vc = b.build();
    require(validate(vc));
    return vc;
  }

  /**
   * The unsigned credential of a consignment as one national document sees it: a Carta Porte, DODA
   * or e-Manifest credential holds exactly what that document carries (so it is built through the
   * document and fails with MISSING_FIELDS like it); a driver credential holds the first driver, a
   * conveyance credential the conveyance with the carrier's USDOT number and CAAT.
   */
  public JsonObject toCredential(
      CredentialType type, String id, String issuer, Instant validFrom, Consignment c)
      throws DocumentException {
    JsonObject subject =
        switch (type) {
          case CARTA_PORTE -> consignmentSubject(CartaPorteXml.read(CartaPorteXml.write(c)));
          case DODA -> consignmentSubject(DodaXml.read(DodaXml.write(c)));
          case EMANIFEST_TRIP -> consignmentSubject(EManifestJson.read(EManifestJson.write(c)));
          case DRIVER -> driverSubject(c);
          case CONVEYANCE -> conveyanceSubject(c);
          default -> throw new IllegalArgumentException(type + " is not built from a consignment");
        };
    return toCredential(type, id, issuer, validFrom, null, subject);
  }

  private static JsonObject consignmentSubject(Consignment c) {
    JsonObject json = ConsignmentJson.toJson(c);
    return JsonSupport.PROVIDER.createObjectBuilder().add("consignment", json).build();
  }

  private static JsonObject driverSubject(Consignment c) throws DocumentException {
    JsonArray crew = ConsignmentJson.toJson(c).getJsonArray("crew");
    if (crew == null) {
      throw missing("/crew");
    }
    return JsonSupport.PROVIDER.createObjectBuilder().add("driver", crew.get(0)).build();
  }

  private static JsonObject conveyanceSubject(Consignment c) throws DocumentException {
    JsonObject v = ConsignmentJson.toJson(c).getJsonObject("conveyance");
    if (v == null) {
      throw missing("/conveyance");
    }
    JsonObjectBuilder b = JsonSupport.PROVIDER.createObjectBuilder().add("conveyance", v);
    c.party(org.puente.documents.model.PartyRole.CARRIER)
        .ifPresent(
            p -> {
              p.identifier(org.puente.documents.ids.IdScheme.USDOT)
                  .ifPresent(x -> b.add("usdotNumber", x));
              p.identifier(org.puente.documents.ids.IdScheme.CAAT).ifPresent(x -> b.add("caat", x));
            });
    return b.build();
  }

  private static DocumentException missing(String path) {
    return new DocumentException(
        DocumentException.Code.MISSING_FIELDS,
        "the consignment lacks " + path,
        List.of(ErrorCode.MISSING_FOR_AUTHORITY.at(path, "the credential", path)));
  }

  /** Reads an unsigned credential back, checked against its type's schema and rules. */
  public TradeCredential fromCredential(JsonObject vc) throws DocumentException {
    CredentialType type = typeOf(vc);
    require(validate(vc));
    return new TradeCredential(
        type,
        vc.getString("id", null),
        vc.getString("issuer"),
        instant(vc.getString("validFrom")),
        vc.containsKey("validUntil") ? instant(vc.getString("validUntil")) : null,
        vc.getJsonObject("credentialSubject"));
  }

  /** The consignment a Carta Porte, DODA or e-Manifest credential carries. */
  public static Consignment consignment(TradeCredential credential) throws DocumentException {
    if (!credential.type().carriesConsignment()) {
      throw new DocumentException(
          DocumentException.Code.UNKNOWN_KIND, credential.type() + " does not carry a consignment");
    }
    return ConsignmentJson.fromJson(credential.subject().getJsonObject("consignment"));
  }

  /** Every schema and rule error of a credential (empty when valid). */
  public List<ValidationError> validate(JsonObject vc) throws DocumentException {
    CredentialType type = typeOf(vc);
    List<ValidationError> errors = new ArrayList<>(validator.validate(type.schemaId(), vc));
    if (vc.get("credentialSubject") instanceof JsonObject subject) {
      errors.addAll(BusinessRules.check(type, subject, hs));
      if (type.carriesConsignment()
          && subject.get("consignment") instanceof JsonObject c
          && errors.isEmpty()) {
        try {
          ConsignmentJson.fromJson(c);
        } catch (DocumentException e) {
          e.errors().forEach(err -> errors.add(err.under("/credentialSubject/consignment")));
        }
      }
    }
    return errors;
  }

  /** The credential type named in {@code type}; UNKNOWN_KIND when none is Puente's. */
  public static CredentialType typeOf(JsonObject vc) throws DocumentException {
    if (vc.get("type") instanceof JsonArray types) {
      for (JsonValue t : types) {
        if (t.getValueType() == JsonValue.ValueType.STRING) {
          Optional<CredentialType> found =
              CredentialType.ofVcType(((jakarta.json.JsonString) t).getString());
          if (found.isPresent()) {
            return found.get();
          }
        }
      }
    }
    throw new DocumentException(
        DocumentException.Code.UNKNOWN_KIND, "not one of Puente's trade credential types");
  }

  /** The complete example credential of a type. */
  public static JsonObject example(CredentialType type) {
    return resource("examples/" + type.vcType() + ".json");
  }

  /** The JSON Schema of a type. */
  public static JsonObject schema(CredentialType type) {
    return resource("schemas/" + type.vcType() + ".json");
  }

  /**
   * Puente's JSON-LD context, {@code https://w3id.org/puente/v1}: the one the credentials engine
   * bundles and signs with, so documents and proofs can never disagree on a term.
   */
  public static JsonObject context() {
    try (InputStream in =
        TradeCredentials.class.getResourceAsStream(
            "/org/puente/credentials/contexts/puente-v1.jsonld")) {
      if (in == null) {
        throw new IllegalStateException("the credentials engine's puente-v1.jsonld is missing");
      }
      return JsonInput.parseObject(in.readAllBytes());
    } catch (IOException | DocumentException e) {
      throw new IllegalStateException("unreadable puente-v1.jsonld", e);
    }
  }

  private static void require(List<ValidationError> errors) throws DocumentException {
    if (!errors.isEmpty()) {
      throw new DocumentException(
          DocumentException.Code.INVALID_DOCUMENT,
          "the credential has "
              + errors.size()
              + " error(s); first: "
              + errors.get(0).path()
              + " "
              + errors.get(0).en(),
          errors);
    }
  }

  private static Instant instant(String text) throws DocumentException {
    try {
      return OffsetDateTime.parse(text).toInstant();
    } catch (DateTimeParseException e) {
      throw new DocumentException(
          DocumentException.Code.INVALID_DOCUMENT, "not a date-time: " + text, e);
    }
  }

  private static JsonObject resource(String name) {
    try (InputStream in = TradeCredentials.class.getResourceAsStream(RESOURCES + name)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + name);
      }
      return JsonInput.parseObject(in.readAllBytes());
    } catch (IOException | DocumentException e) {
      throw new IllegalStateException("unreadable resource " + name, e);
    }
  }
}
