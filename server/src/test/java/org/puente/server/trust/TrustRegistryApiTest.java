package org.puente.server.trust;

import static org.assertj.core.api.Assertions.assertThat;

import io.restassured.RestAssured;
import io.restassured.response.Response;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.puente.server.NodeTestBase;
import org.puente.server.api.NodeException;
import org.puente.server.auth.Role;
import org.puente.server.node.Jurisdiction;
import org.springframework.beans.factory.annotation.Autowired;

class TrustRegistryApiTest extends NodeTestBase {
  @Autowired TrustRegistry registry;
  @Autowired PeerTrustLists peers;

  private Map<String, Object> entry(String issuer, Instant from, Instant until) {
    return Map.of(
        "issuerDid", issuer,
        "credentialType", "EntrySummaryCredential",
        "jurisdiction", "US",
        "idScheme", "FILER_CODE",
        "nationalId", "K9Z",
        "validFrom", from.toString(),
        "validUntil", until.toString());
  }

  private Response create(Map<String, Object> body) {
    return as(Role.NODE_ADMIN, Jurisdiction.US)
        .contentType("application/json")
        .body(body)
        .post("/api/v1/trust/entries");
  }

  @Test
  void create_thenQueryAndAccreditation_followValidityAndWithdrawal() {
    String issuer = "did:web:broker-" + UUID.randomUUID() + ".example";
    Instant from = Instant.now().minus(Duration.ofDays(1));
    Response created = create(entry(issuer, from, from.plus(Duration.ofDays(365))));
    assertThat(created.statusCode()).as(created.asString()).isEqualTo(201);
    String id = created.jsonPath().getString("id");
    assertThat(created.header("Location")).endsWith("/api/v1/trust/entries/" + id);
    assertThat(created.jsonPath().getString("createdBy")).isEqualTo("node-admin-US");

    Response listed =
        as(Role.BROKER, Jurisdiction.MX).queryParam("issuer", issuer).get("/api/v1/trust/entries");
    assertThat(listed.jsonPath().getList("id")).containsExactly(id);

    assertThat(
            registry.isAccredited(issuer, "EntrySummaryCredential", Jurisdiction.US, Instant.now()))
        .isTrue();
    assertThat(
            registry.isAccredited(
                issuer, "EntrySummaryCredential", Jurisdiction.US, from.minusSeconds(1)))
        .isFalse();
    assertThat(
            registry.isAccredited(issuer, "EntrySummaryCredential", Jurisdiction.MX, Instant.now()))
        .isFalse();
    assertThat(registry.isAccredited(issuer, "DodaCredential", Jurisdiction.US, Instant.now()))
        .isFalse();
    assertThat(
            as(Role.OFFICER, Jurisdiction.US)
                .queryParams(
                    Map.of(
                        "issuer", issuer, "type", "EntrySummaryCredential", "jurisdiction", "US"))
                .get("/api/v1/trust/accreditation")
                .jsonPath()
                .getBoolean("accredited"))
        .isTrue();

    Response withdrawn = as(Role.NODE_ADMIN, Jurisdiction.US).delete("/api/v1/trust/entries/" + id);
    assertThat(withdrawn.statusCode()).isEqualTo(200);
    assertThat(withdrawn.jsonPath().getString("withdrawnAt")).isNotNull();
    assertThat(
            registry.isAccredited(
                issuer, "EntrySummaryCredential", Jurisdiction.US, Instant.now().plusSeconds(1)))
        .isFalse();
    assertThat(
            as(Role.NODE_ADMIN, Jurisdiction.US)
                .delete("/api/v1/trust/entries/" + id)
                .jsonPath()
                .getString("code"))
        .isEqualTo("conflict");
  }

  @Test
  void unknownEntry_is404() {
    Response r =
        as(Role.AUDITOR, Jurisdiction.US).get("/api/v1/trust/entries/" + UUID.randomUUID());
    assertThat(r.statusCode()).isEqualTo(404);
    assertThat(r.jsonPath().getString("code")).isEqualTo("not-found");
  }

  @Test
  void trustList_isSignedByTheNodeDidAndFetchableByAPeer() throws NodeException {
    String issuer = "did:web:broker-" + UUID.randomUUID() + ".example";
    Instant from = Instant.now().minus(Duration.ofDays(1));
    assertThat(create(entry(issuer, from, from.plus(Duration.ofDays(30)))).statusCode())
        .isEqualTo(201);

    Response raw = RestAssured.given().get("/api/v1/trust-list");
    assertThat(raw.contentType()).startsWith("application/jose");
    assertThat(raw.asString().split("\\.")).hasSize(3);

    TrustList list = peers.refresh(URI.create("http://localhost:" + port));
    assertThat(list.issuer()).isEqualTo(DID);
    assertThat(list.entries()).anyMatch(e -> e.issuerDid().equals(issuer));
    assertThat(list.notAfter()).isEqualTo(list.issued().plus(Duration.ofHours(24)));
    assertThat(peers.fresh(Instant.now())).contains(list);
    assertThat(peers.fresh(list.notAfter().plusSeconds(1))).doesNotContain(list);
  }
}
