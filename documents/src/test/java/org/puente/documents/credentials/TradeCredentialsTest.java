package org.puente.documents.credentials;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonPatch;
import jakarta.json.JsonValue;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.puente.documents.DocumentException;
import org.puente.documents.Samples;
import org.puente.documents.ValidationError;
import org.puente.documents.formats.CartaPorteXml;
import org.puente.documents.formats.DodaXml;
import org.puente.documents.formats.JsonInput;
import org.puente.documents.model.Consignment;
import org.puente.testkit.SharedFiles;

class TradeCredentialsTest {
  private static final TradeCredentials CREDENTIALS = TradeCredentials.create();
  private static final Instant NOW = Instant.parse("2026-11-29T12:00:00Z");

  private static List<String> codes(JsonObject vc) throws DocumentException {
    return CREDENTIALS.validate(vc).stream().map(e -> e.path() + " " + e.code()).toList();
  }

  private static JsonObject patch(JsonObject vc, String op, String path, JsonValue value) {
    var b = Json.createObjectBuilder().add("op", op).add("path", path);
    if (value != null) {
      b.add("value", value);
    }
    JsonPatch p = Json.createPatch(Json.createArrayBuilder().add(b).build());
    return p.apply(vc);
  }

  @Test
  void consignmentCredentials_areBuiltFromTheNationalDocumentsAndMatchTheirExamples()
      throws Exception {
    for (CredentialType t :
        List.of(
            CredentialType.CARTA_PORTE,
            CredentialType.DODA,
            CredentialType.EMANIFEST_TRIP,
            CredentialType.DRIVER,
            CredentialType.CONVEYANCE)) {
      JsonObject vc =
          CREDENTIALS.toCredential(
              t,
              "urn:uuid:0b7c6d5e-4f3a-4b2c-9d1e-"
                  + String.format(java.util.Locale.ROOT, "%012d", t.ordinal()),
              "did:web:transportes-cruce-rapido.example.mx",
              NOW,
              Samples.steelCoil());
      if (Boolean.getBoolean("golden.update")) {
        Files.writeString(
            Path.of("src/main/resources/org/puente/documents/examples/" + t.vcType() + ".json"),
            JsonInput.pretty(vc),
            StandardCharsets.UTF_8);
        continue;
      }
      assertThat(vc).as(t.name()).isEqualTo(TradeCredentials.example(t));
    }
  }

  @ParameterizedTest
  @EnumSource(CredentialType.class)
  void everyExample_isValidAgainstItsSchemaAndRules(CredentialType type) throws Exception {
    JsonObject example = TradeCredentials.example(type);
    assertThat(codes(example)).isEmpty();
    TradeCredential read = CREDENTIALS.fromCredential(example);
    assertThat(read.type()).isEqualTo(type);
    assertThat(read.subject().getString("type")).isEqualTo(type.vcType());
    assertThat(example.getJsonArray("@context").getString(1))
        .isEqualTo(TradeCredentials.PUENTE_CONTEXT);
  }

  @Test
  void everyExample_hsCodesExistInHs2022() throws Exception {
    HsNomenclature hs =
        HsNomenclature.load(SharedFiles.require("data/harmonized-system/harmonized-system.csv"));
    assertThat(hs.size()).isEqualTo(5613);
    TradeCredentials strict = TradeCredentials.create(hs);
    for (CredentialType t : CredentialType.values()) {
      assertThat(strict.validate(TradeCredentials.example(t))).as(t.name()).isEmpty();
    }
    JsonObject unknown =
        patch(
            TradeCredentials.example(CredentialType.USMCA_CERTIFICATION_OF_ORIGIN),
            "replace",
            "/credentialSubject/goods/0/hs6",
            Json.createValue("720899"));
    assertThat(strict.validate(unknown))
        .extracting(ValidationError::code)
        .containsExactly("HS_UNKNOWN");
  }

  @Test
  void cartaPorteCredential_readsBackIntoTheConsignmentTheCartaPorteCarries() throws Exception {
    Consignment c = Samples.steelCoil();
    TradeCredential read =
        CREDENTIALS.fromCredential(
            CREDENTIALS.toCredential(
                CredentialType.CARTA_PORTE, "urn:uuid:1", "did:web:x.example", NOW, c));
    assertThat(TradeCredentials.consignment(read))
        .isEqualTo(CartaPorteXml.read(CartaPorteXml.write(c)));
    TradeCredential doda =
        CREDENTIALS.fromCredential(
            CREDENTIALS.toCredential(
                CredentialType.DODA, "urn:uuid:2", "did:web:x.example", NOW, c));
    assertThat(TradeCredentials.consignment(doda)).isEqualTo(DodaXml.read(DodaXml.write(c)));
  }

  @ParameterizedTest
  @CsvSource({
    "UsmcaCertificationOfOrigin, replace, /credentialSubject/blanketPeriod/end, '\"2027-01-01\"', /credentialSubject/blanketPeriod BLANKET_PERIOD_TOO_LONG",
    "UsmcaCertificationOfOrigin, replace, /credentialSubject/blanketPeriod/end, '\"2025-12-01\"', /credentialSubject/blanketPeriod BLANKET_PERIOD_REVERSED",
    "UsmcaCertificationOfOrigin, replace, /credentialSubject/goods/0/originCriterion, '\"E\"', /credentialSubject/goods/0/originCriterion ORIGIN_CRITERION",
    "UsmcaCertificationOfOrigin, remove, /credentialSubject/signature, , /credentialSubject/signature REQUIRED",
    "MillTestReport, remove, /credentialSubject/heatNumber, , /credentialSubject/heatNumber REQUIRED",
    "MillTestReport, replace, /credentialSubject/countryOfMeltAndPour, '\"Mexico\"', /credentialSubject/countryOfMeltAndPour SCHEMA",
    "CommercialInvoice, replace, /credentialSubject/total, '18950.10', /credentialSubject/total SCHEMA",
    "PedimentoSummary, replace, /credentialSubject/aduanaSeccion, '\"800\"', /credentialSubject/pedimento DODA_FOREIGN_PEDIMENTO",
    "PedimentoSummary, replace, /credentialSubject/pedimento, '\"26  24  3420  5001234\"', /credentialSubject/pedimento PEDIMENTO_YEAR_DIGIT",
    "Doda, replace, /credentialSubject/consignment/movement/aduana, '\"800\"', /credentialSubject/consignment/references/pedimentos/0 DODA_FOREIGN_PEDIMENTO",
    "Doda, replace, /credentialSubject/consignment/conveyance/plate/number, '\"85-AK-7R\"', /credentialSubject/consignment/conveyance/plate/number SCHEMA",
    "NiiInspectionResult, add, /credentialSubject/anomalies/0, '{\"description\":\"dense mass behind the coils\"}', /credentialSubject/analystDecision SCHEMA",
    "NiiInspectionResult, replace, /credentialSubject/imageDigest, '\"md5:abc\"', /credentialSubject/imageDigest SCHEMA",
    "TrustedTraderStatus, replace, /credentialSubject/programme, '\"AEO\"', /credentialSubject/programme SCHEMA",
    "Driver, replace, /credentialSubject/driver/fastId, '\"12345\"', /credentialSubject/driver/fastId SCHEMA",
    "Conveyance, add, /credentialSubject/colour, '\"red\"', /credentialSubject/colour SCHEMA",
    "EManifestTrip, replace, /@context/1, '\"https://example.org/other\"', /@context SCHEMA",
    "CartaPorte, replace, /type/1, '\"Other\"', /type SCHEMA",
  })
  void negativeFixture_isRejectedWithItsCode(
      String type, String op, String path, String value, String expected) throws Exception {
    CredentialType t = CredentialType.ofVcType(type).orElseThrow();
    JsonValue v =
        value == null ? null : Json.createReader(new java.io.StringReader(value)).readValue();
    JsonObject bad = patch(TradeCredentials.example(t), op, path, v);
    if (type.equals("CartaPorte")) {
      bad = patch(bad, "add", "/type/-", Json.createValue("CartaPorte"));
      bad = patch(bad, "replace", "/type/1", Json.createValue("Other"));
      bad = patch(bad, "remove", "/type/2", null);
      assertThatThrownBy(
              () ->
                  CREDENTIALS.validate(
                      patch(
                          TradeCredentials.example(t),
                          "replace",
                          "/type/1",
                          Json.createValue("Other"))))
          .isInstanceOfSatisfying(
              DocumentException.class,
              e -> assertThat(e.code()).isEqualTo(DocumentException.Code.UNKNOWN_KIND));
      return;
    }
    assertThat(codes(bad)).contains(expected);
    JsonObject rejected = bad;
    assertThatThrownBy(() -> CREDENTIALS.fromCredential(rejected))
        .isInstanceOfSatisfying(
            DocumentException.class,
            e -> {
              assertThat(e.code()).isEqualTo(DocumentException.Code.INVALID_DOCUMENT);
              assertThat(e.errors()).allSatisfy(err -> assertThat(err.es()).isNotBlank());
            });
  }

  @Test
  void context_protectsEveryTermUnderThePuenteNamespaceAndDefinesEverySubjectMember() {
    JsonObject ctx = TradeCredentials.context().getJsonObject("@context");
    assertThat(ctx.getBoolean("@protected")).isTrue();
    Set<String> defined = new TreeSet<>();
    ctx.forEach(
        (term, def) -> {
          if (def instanceof JsonObject d) {
            assertThat(d.getString("@id")).as(term).startsWith("puente:");
            defined.add(term);
          }
        });
    assertThat(ctx.getString("puente")).isEqualTo("https://w3id.org/puente#");
    Set<String> used = new TreeSet<>();
    for (CredentialType t : CredentialType.values()) {
      defined.contains(t.vcType());
      collectMembers(TradeCredentials.example(t).getJsonObject("credentialSubject"), used);
    }
    used.removeAll(Set.of("id", "type", "name", "description", "documentType"));
    assertThat(defined).containsAll(used);
    assertThat(defined).doesNotContain("holder", "issuer", "validFrom", "validUntil", "name");
  }

  private static void collectMembers(JsonValue v, Set<String> out) {
    if (v instanceof JsonObject o) {
      o.forEach(
          (k, child) -> {
            out.add(k);
            collectMembers(child, out);
          });
    } else if (v instanceof jakarta.json.JsonArray a) {
      a.forEach(child -> collectMembers(child, out));
    }
  }
}
