package org.puente.server.node;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.puente.credentials.keys.Multikey;
import org.puente.server.NodeTestBase;
import org.springframework.beans.factory.annotation.Autowired;

class NodeIdentityApiTest extends NodeTestBase {
  @Autowired NodeIdentity identity;

  @Test
  void didDocument_listsTheAssertionKeysAndTheTlsKeyUnderTheNodeDid() throws Exception {
    JsonPath doc = given().get("/.well-known/did.json").then().statusCode(200).extract().jsonPath();
    assertThat(doc.getString("id")).isEqualTo(DID);
    List<Map<String, String>> methods = doc.getList("verificationMethod");
    assertThat(methods).hasSize(3);
    assertThat(methods).allSatisfy(m -> assertThat(m.get("type")).isEqualTo("Multikey"));
    assertThat(methods).allSatisfy(m -> assertThat(m.get("controller")).isEqualTo(DID));
    Multikey ed = Multikey.fromMultibase(methods.get(0).get("publicKeyMultibase"));
    byte[] data = "trust list".getBytes(java.nio.charset.StandardCharsets.UTF_8);
    ed.verify(data, identity.ed25519().sign(data));
    assertThat(methods.get(0).get("publicKeyMultibase")).startsWith("z6Mk");
    assertThat(methods.get(1).get("publicKeyMultibase")).startsWith("zDn");
    assertThat(doc.getList("assertionMethod", String.class))
        .containsExactly(methods.get(0).get("id"), methods.get(1).get("id"));
    // the TLS key authenticates the node to its peers and never asserts (signs credentials)
    assertThat(methods.get(2).get("publicKeyMultibase"))
        .startsWith("zDn")
        .isEqualTo(identity.tls().publicKey().toMultibase());
    assertThat(doc.getList("authentication", String.class))
        .containsExactly(
            methods.get(0).get("id"), methods.get(1).get("id"), methods.get(2).get("id"));
  }

  @Test
  void health_isUpAndPublic() {
    String status = given().get("/actuator/health").then().statusCode(200).extract().path("status");
    assertThat(status).isEqualTo("UP");
  }
}
