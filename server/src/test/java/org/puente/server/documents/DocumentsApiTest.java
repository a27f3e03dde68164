package org.puente.server.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.restassured.path.json.JsonPath;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.puente.documents.credentials.CredentialType;
import org.puente.documents.credentials.TradeCredentials;
import org.puente.server.NodeTestBase;
import org.puente.server.auth.Role;
import org.puente.server.node.Jurisdiction;

/** The documents endpoints on the running node, with the repository's steel coil examples. */
class DocumentsApiTest extends NodeTestBase {
  private static final Path EXAMPLES = Path.of("..", "examples", "documents");

  private static byte[] example(String name) throws IOException {
    return Files.readAllBytes(EXAMPLES.resolve(name));
  }

  @Test
  void validate_translate_render_theSteelCoilConsignment() throws IOException {
    as(Role.BROKER, Jurisdiction.US)
        .contentType("application/json")
        .body(example("steel-coil.consignment.json"))
        .post("/api/v1/documents/validate")
        .then()
        .statusCode(200)
        .body("valid", equalTo(true));
    String doda =
        as(Role.BROKER, Jurisdiction.US)
            .contentType("application/json")
            .queryParam("to", "doda")
            .body(example("steel-coil.consignment.json"))
            .post("/api/v1/documents/translate")
            .then()
            .statusCode(200)
            .contentType("application/xml")
            .extract()
            .asString();
    assertThat(doda).contains("<aduana>24</aduana>").contains("<seccion>0</seccion>");
    String x12 =
        as(Role.BROKER, Jurisdiction.US)
            .contentType("application/json")
            .queryParam("to", "x12-309")
            .body(example("steel-coil.consignment.json"))
            .post("/api/v1/documents/translate")
            .then()
            .statusCode(200)
            .contentType("application/edi-x12")
            .extract()
            .asString();
    assertThat(x12).startsWith("ISA").contains("ST*309*");
    byte[] pdf =
        as(Role.OFFICER, Jurisdiction.US)
            .contentType("application/xml")
            .queryParam("format", "pdf")
            .queryParam("lang", "en")
            .body(example("steel-coil.doda.xml"))
            .post("/api/v1/documents/render")
            .then()
            .statusCode(200)
            .contentType("application/pdf")
            .extract()
            .asByteArray();
    assertThat(new String(pdf, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
  }

  @Test
  void issue_aTradeCredentialAndAConsignmentView_signedByTheNode() throws IOException {
    JsonPath mtr =
        as(Role.ISSUER_ADMIN, Jurisdiction.US)
            .contentType("application/json")
            .body(TradeCredentials.example(CredentialType.MILL_TEST_REPORT).toString())
            .post("/api/v1/documents/issue")
            .then()
            .statusCode(201)
            .extract()
            .jsonPath();
    assertThat(mtr.getString("verifiableCredential.issuer")).isEqualTo(DID);
    assertThat(mtr.getString("verifiableCredential.proof.cryptosuite"))
        .isEqualTo("eddsa-rdfc-2022");
    JsonPath cartaPorte =
        as(Role.CARRIER, Jurisdiction.US)
            .contentType("application/json")
            .queryParam("type", "CartaPorte")
            .body(example("steel-coil.consignment.json"))
            .post("/api/v1/documents/issue")
            .then()
            .statusCode(201)
            .extract()
            .jsonPath();
    assertThat(cartaPorte.getList("verifiableCredential.type", String.class))
        .contains("CartaPorte");
    Map<String, Object> vc = cartaPorte.getMap("verifiableCredential");
    as(Role.OFFICER, Jurisdiction.US)
        .contentType("application/json")
        .body(Map.of("verifiableCredential", vc))
        .post("/credentials/verify")
        .then()
        .statusCode(200)
        .body("verified", equalTo(true));
  }

  @Test
  void badDocuments_getCodedProblems() {
    as(Role.BROKER, Jurisdiction.US)
        .contentType("application/xml")
        .body("<!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]><x>&e;</x>")
        .post("/api/v1/documents/validate")
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("code", equalTo("forbidden-xml"));
    as(Role.BROKER, Jurisdiction.US)
        .contentType("application/json")
        .queryParam("to", "telegram")
        .body("{}")
        .post("/api/v1/documents/translate")
        .then()
        .statusCode(400)
        .body("code", equalTo("invalid-request"));
    as(Role.ISSUER_ADMIN, Jurisdiction.US)
        .contentType("application/json")
        .body(
            TradeCredentials.example(CredentialType.MILL_TEST_REPORT)
                .toString()
                .replace("\"credentialSubject\"", "\"unexpected\":1,\"credentialSubject\""))
        .post("/api/v1/documents/issue")
        .then()
        .statusCode(422)
        .body("code", equalTo("invalid-document"));
  }
}
