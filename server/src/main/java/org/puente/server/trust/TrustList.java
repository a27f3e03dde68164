package org.puente.server.trust;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.puente.credentials.jsonld.JsonSupport;
import org.puente.server.node.Jurisdiction;

/**
 * A node's published trust list: the entries in force when it was issued, by whom, and until when a
 * relying party may use it ({@code issued + maxStaleness}). This is the JSON payload of the signed
 * list (see {@link TrustListSigner}).
 *
 * @param issuer the publishing node's DID
 * @param issued when the list was made
 * @param notAfter after this instant a relying party must not rely on it
 * @param entries the entries
 */
public record TrustList(String issuer, Instant issued, Instant notAfter, List<TrustEntry> entries) {
  public TrustList {
    Objects.requireNonNull(issuer, "issuer");
    Objects.requireNonNull(issued, "issued");
    Objects.requireNonNull(notAfter, "notAfter");
    entries = List.copyOf(entries);
  }

  /** The payload JSON. */
  public JsonObject toJson() {
    JsonArrayBuilder array = JsonSupport.PROVIDER.createArrayBuilder();
    for (TrustEntry e : entries) {
      array.add(
          JsonSupport.PROVIDER
              .createObjectBuilder()
              .add("id", e.id().toString())
              .add("issuerDid", e.issuerDid())
              .add("credentialType", e.credentialType())
              .add("jurisdiction", e.jurisdiction().name())
              .add("idScheme", e.scheme().name())
              .add("nationalId", e.nationalId())
              .add("validFrom", e.validFrom().toString())
              .add("validUntil", e.validUntil().toString()));
    }
    return JsonSupport.PROVIDER
        .createObjectBuilder()
        .add("type", "PuenteTrustList")
        .add("issuer", issuer)
        .add("issued", issued.toString())
        .add("notAfter", notAfter.toString())
        .add("entries", array)
        .build();
  }

  /**
   * Reads a payload; entries are re-validated like local ones.
   *
   * @throws IllegalArgumentException naming the first bad member
   */
  public static TrustList fromJson(JsonObject json) {
    if (!"PuenteTrustList".equals(json.getString("type", ""))) {
      throw new IllegalArgumentException("payload type must be PuenteTrustList");
    }
    String issuer = json.getString("issuer");
    Instant issued = Instant.parse(json.getString("issued"));
    List<TrustEntry> entries = new ArrayList<>();
    for (JsonValue v : json.getJsonArray("entries")) {
      JsonObject o = v.asJsonObject();
      entries.add(
          new TrustEntry(
              UUID.fromString(o.getString("id")),
              o.getString("issuerDid"),
              o.getString("credentialType"),
              Jurisdiction.parse(o.getString("jurisdiction")),
              NationalIdScheme.parse(o.getString("idScheme")),
              o.getString("nationalId"),
              Instant.parse(o.getString("validFrom")),
              Instant.parse(o.getString("validUntil")),
              issued,
              issuer,
              Optional.empty()));
    }
    return new TrustList(issuer, issued, Instant.parse(json.getString("notAfter")), entries);
  }
}
