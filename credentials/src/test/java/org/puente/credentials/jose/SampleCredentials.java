package org.puente.credentials.jose;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import java.util.Locale;

/** Test credentials shaped like Puente's USMCA certification of origin. */
public final class SampleCredentials {
  private SampleCredentials() {}

  /**
   * A USMCA certification of origin issued by {@code issuer}; about 2.0 KB with 8 goods items, 2.6
   * KB with 12.
   */
  public static JsonObject usmcaCertificate(String issuer, int goodsItems) {
    JsonArrayBuilder goods = Json.createArrayBuilder();
    for (int i = 0; i < goodsItems; i++) {
      goods.add(
          Json.createObjectBuilder()
              .add("type", "TradeLineItem")
              .add("description", String.format(Locale.ROOT, "Cold-rolled steel coil, lot %04d", i))
              .add("hsCode", "7209.16")
              .add("originCriterion", "B")
              .add("netWeightKg", 18_250 + i)
              .add("countryOfOrigin", "MX"));
    }
    return Json.createObjectBuilder()
        .add(
            "@context",
            Json.createArrayBuilder()
                .add("https://www.w3.org/ns/credentials/v2")
                .add("https://w3id.org/traceability/v1"))
        .add("id", "urn:uuid:4f6a1e0c-2b39-4a5e-9d0f-8c1b7d2e3a41")
        .add(
            "type",
            Json.createArrayBuilder().add("VerifiableCredential").add("USMCACertificateOfOrigin"))
        .add("issuer", issuer)
        .add("validFrom", "2026-01-01T00:00:00Z")
        .add("validUntil", "2027-01-01T00:00:00Z")
        .add(
            "credentialSubject",
            Json.createObjectBuilder()
                .add("type", "CertificateOfOrigin")
                .add("certifierRole", "exporter")
                .add(
                    "exporter",
                    Json.createObjectBuilder()
                        .add("name", "Aceros del Norte S.A. de C.V.")
                        .add("rfc", "ANO010101AB1")
                        .add("address", "Av. Industrial 100, Monterrey, Nuevo León, MX"))
                .add(
                    "importer",
                    Json.createObjectBuilder()
                        .add("name", "Lone Star Fabrication LLC")
                        .add("ein", "74-1234567")
                        .add("address", "2100 Commerce St, Laredo, TX, US"))
                .add("blanketPeriodStart", "2026-01-01")
                .add("blanketPeriodEnd", "2026-12-31")
                .add("goods", goods))
        .build();
  }
}
