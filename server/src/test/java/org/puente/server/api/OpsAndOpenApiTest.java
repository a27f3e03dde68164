package org.puente.server.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.puente.server.NodeTestBase;
import org.puente.server.auth.Role;
import org.puente.server.node.Jurisdiction;

class OpsAndOpenApiTest extends NodeTestBase {
  @Test
  void apiDocs_areOpenApi31WithTheNodesPaths() {
    JsonPath doc =
        RestAssured.given().get("/v3/api-docs").then().statusCode(200).extract().jsonPath();
    assertThat(doc.getString("openapi")).startsWith("3.1");
    Map<String, Object> paths = doc.getMap("paths");
    assertThat(paths)
        .containsKeys(
            "/api/v1/trust/entries",
            "/api/v1/trust/entries/{id}",
            "/api/v1/trust-list",
            "/api/v1/credentials/issued/{id}",
            "/.well-known/did.json");
  }

  @Test
  void swaggerUi_isBrowsable() {
    Response ui = RestAssured.given().get("/swagger-ui/index.html");
    assertThat(ui.statusCode()).isEqualTo(200);
    assertThat(ui.asString()).contains("swagger-ui");
  }

  @Test
  void prometheus_forNodeAdmin_exposesJvmAndHttpMetrics() {
    Response metrics = as(Role.NODE_ADMIN, Jurisdiction.US).get("/actuator/prometheus");
    assertThat(metrics.statusCode()).isEqualTo(200);
    assertThat(metrics.asString())
        .contains("jvm_memory_used_bytes")
        .contains("hikaricp_connections");
  }

  @Test
  void jwks_publishesTheTokenKey() {
    JsonPath jwks =
        RestAssured.given()
            .get("/.well-known/jwks.json")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    assertThat(jwks.getString("keys[0].crv")).isEqualTo("P-256");
    assertThat(jwks.getString("keys[0].d")).isNull();
    assertThat(tokens.issuer()).endsWith(jwks.getString("keys[0].kid"));
  }
}
