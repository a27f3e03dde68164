package org.puente.server.vcapi;

import static org.assertj.core.api.Assertions.assertThat;

import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.puente.credentials.CredentialException;
import org.puente.credentials.di.Cryptosuite;
import org.puente.credentials.keys.DidKey;
import org.puente.credentials.keys.KeyType;
import org.puente.credentials.keys.MultikeyPair;
import org.puente.credentials.vp.Presentations;
import org.puente.server.NodeTestBase;
import org.puente.server.auth.Role;
import org.puente.server.node.Jurisdiction;
import org.puente.server.trust.NationalIdScheme;
import org.puente.server.trust.TrustEntries;
import org.puente.server.trust.TrustEntry;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The VC-API on the running node: issue, verify, trust, revoke, presentations, bad input. */
class VcApiTest extends NodeTestBase {
  @Autowired JdbcClient jdbc;
  @Autowired TrustEntries trustEntries;
  @Autowired Presentations presentations;
  @Autowired NodeStatusLists lists;

  private static final SecureRandom RANDOM = new SecureRandom();

  private static String unsigned(String type) {
    return Json.createObjectBuilder()
        .add(
            "@context",
            Json.createArrayBuilder()
                .add("https://www.w3.org/ns/credentials/v2")
                // the bundled v2 context has no @vocab: undefined terms would go unsigned
                .add("https://www.w3.org/ns/credentials/undefined-terms/v2"))
        .add("type", Json.createArrayBuilder().add("VerifiableCredential").add(type))
        .add(
            "credentialSubject",
            Json.createObjectBuilder()
                .add("id", "did:example:coil-7")
                .add("heatNumber", "H-" + UUID.randomUUID()))
        .build()
        .toString();
  }

  private JsonObject issue(String type, String options) {
    String body = "{\"credential\":" + unsigned(type) + ",\"options\":" + options + "}";
    Response r =
        as(Role.ISSUER_ADMIN, Jurisdiction.US)
            .contentType("application/json")
            .body(body)
            .post("/credentials/issue");
    assertThat(r.statusCode()).as(r.asString()).isEqualTo(201);
    return Json.createReader(new StringReader(r.asString()))
        .readObject()
        .getJsonObject("verifiableCredential");
  }

  private JsonPath verify(JsonObject vc) {
    Response r =
        as(Role.OFFICER, Jurisdiction.US)
            .contentType("application/json")
            .body("{\"verifiableCredential\":" + vc + "}")
            .post("/credentials/verify");
    assertThat(r.statusCode()).as(r.asString()).isEqualTo(200);
    return r.jsonPath();
  }

  private void accredit(String type) {
    Instant now = Instant.now();
    trustEntries.insert(
        new TrustEntry(
            UUID.randomUUID(),
            DID,
            type,
            Jurisdiction.US,
            NationalIdScheme.CBP,
            "CBP",
            now.minusSeconds(60),
            now.plusSeconds(3600),
            now,
            "test",
            Optional.empty()));
  }

  @Test
  void issuedCredential_verifies_andIsTrustedOnlyOnceAccredited() {
    JsonObject vc = issue("PortNoteCredential", "{}");
    assertThat(vc.getString("issuer")).isEqualTo(DID);
    assertThat(vc.getJsonObject("proof").getString("cryptosuite")).isEqualTo("eddsa-rdfc-2022");
    assertThat(
            vc.getJsonArray("credentialStatus").getJsonObject(0).getString("statusListCredential"))
        .isEqualTo(lists.url(NodeStatusLists.REVOCATION_LIST));

    JsonPath unaccredited = verify(vc);
    assertThat(unaccredited.getBoolean("verified")).isTrue();
    assertThat(unaccredited.getBoolean("trusted")).isFalse();
    assertThat(unaccredited.getString("code")).isEqualTo("ISSUER_NOT_ACCREDITED");
    assertThat(unaccredited.getList("checks", String.class)).contains("signature", "status");

    accredit("PortNoteCredential");
    JsonPath accredited = verify(vc);
    assertThat(accredited.getBoolean("trusted")).isTrue();
    assertThat(accredited.getString("code")).isNull();

    JsonPath stored =
        as(Role.OFFICER, Jurisdiction.US)
            .get("/api/v1/credentials/received/" + accredited.getString("receivedId"))
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    assertThat(stored.getString("credentialId")).isEqualTo(vc.getString("id"));
    assertThat(stored.getBoolean("reports[0].trusted")).isTrue();
  }

  @Test
  void aVerifiedCredential_isStoredInTheSameTransactionAsItsAccessRecord() {
    JsonObject vc = issue("PortNoteCredential", "{}");
    String receivedId = verify(vc).getString("receivedId");
    // Rows written by one transaction share its id (xmin): one commit holds both, so neither can
    // exist without the other.
    Long together =
        jdbc.sql(
                "SELECT count(*) FROM received_credential r JOIN access_record a"
                    + " ON a.xmin = r.xmin WHERE r.id = ? AND a.path = '/credentials/verify'"
                    + " AND a.subject = 'officer-US' AND a.status = 200")
            .param(UUID.fromString(receivedId))
            .query(Long.class)
            .single();
    assertThat(together).isEqualTo(1);
  }

  @Test
  void tamperedCredential_isNotVerified_withSignatureCode() {
    JsonObject vc = issue("PortNoteCredential", "{}");
    JsonObject tampered =
        Json.createObjectBuilder(vc)
            .add(
                "credentialSubject",
                Json.createObjectBuilder(vc.getJsonObject("credentialSubject"))
                    .add("heatNumber", "H-forged"))
            .build();
    JsonPath result = verify(tampered);
    assertThat(result.getBoolean("verified")).isFalse();
    assertThat(result.getBoolean("trusted")).isFalse();
    assertThat(result.getString("code")).isEqualTo("INVALID_SIGNATURE");
    assertThat(result.getString("errors[0].code")).isEqualTo("INVALID_SIGNATURE");
  }

  @Test
  void revokedThroughStatusEndpoint_failsVerification_withRevoked() {
    JsonObject vc = issue("PortNoteCredential", "{}");
    assertThat(verify(vc).getBoolean("verified")).isTrue();
    setStatus(vc, "revoked").then().statusCode(200);
    JsonPath result = verify(vc);
    assertThat(result.getBoolean("verified")).isFalse();
    assertThat(result.getString("code")).isEqualTo("REVOKED");
    // revocation is permanent: it cannot be lifted
    Response lift = setStatus(vc, "active");
    assertThat(lift.statusCode()).isEqualTo(409);
    assertThat(lift.jsonPath().getString("code")).isEqualTo("conflict");
  }

  private Response setStatus(JsonObject vc, String status) {
    return as(Role.ISSUER_ADMIN, Jurisdiction.US)
        .contentType("application/json")
        .body(
            Map.of(
                "credentialId",
                vc.getString("id"),
                "credentialStatus",
                List.of(Map.of("type", "BitstringStatusListEntry", "status", status))))
        .post("/credentials/status");
  }

  @Test
  void suspendedCredential_failsWithSuspended_untilTheSuspensionIsLifted() {
    JsonObject vc = issue("PortNoteCredential", "{}");
    assertThat(vc.getJsonArray("credentialStatus"))
        .extracting(v -> v.asJsonObject().getString("statusPurpose"))
        .containsExactly("revocation", "suspension");
    setStatus(vc, "suspended").then().statusCode(200);
    JsonPath suspended = verify(vc);
    assertThat(suspended.getBoolean("verified")).isFalse();
    assertThat(suspended.getString("code")).isEqualTo("SUSPENDED");
    setStatus(vc, "active").then().statusCode(200);
    assertThat(verify(vc).getBoolean("verified")).isTrue();
    Response bad = setStatus(vc, "paused");
    assertThat(bad.statusCode()).isEqualTo(400);
    assertThat(bad.jsonPath().getString("code")).isEqualTo("invalid-request");
  }

  @Test
  void publishedStatusList_isPublic_signed_andShowsRevocations() {
    JsonPath list =
        io.restassured.RestAssured.get("/credentials/status/" + NodeStatusLists.REVOCATION_LIST)
            .then()
            .statusCode(200)
            .header("Cache-Control", org.hamcrest.Matchers.containsString("max-age"))
            .extract()
            .jsonPath();
    assertThat(list.getList("type", String.class)).contains("BitstringStatusListCredential");
    assertThat(list.getString("proof.cryptosuite")).isEqualTo("eddsa-rdfc-2022");
    io.restassured.RestAssured.get("/credentials/status/no-such-list")
        .then()
        .statusCode(404)
        .body("code", org.hamcrest.Matchers.equalTo("not-found"));
  }

  @Test
  void ecdsaAndVcJwt_options_issueVerifiableCredentials() {
    JsonObject ecdsa = issue("PortNoteCredential", "{\"cryptosuite\":\"ecdsa-rdfc-2019\"}");
    assertThat(ecdsa.getJsonObject("proof").getString("cryptosuite")).isEqualTo("ecdsa-rdfc-2019");
    assertThat(verify(ecdsa).getBoolean("verified")).isTrue();

    JsonObject enveloped = issue("PortNoteCredential", "{\"format\":\"vc-jwt\"}");
    assertThat(enveloped.getString("type")).isEqualTo("EnvelopedVerifiableCredential");
    assertThat(enveloped.getString("id")).startsWith(Enveloped.PREFIX);
    JsonPath ok = verify(enveloped);
    assertThat(ok.getBoolean("verified")).isTrue();
    String jwt = enveloped.getString("id");
    JsonObject broken = Enveloped.of(jwt.substring(Enveloped.PREFIX.length(), jwt.length() - 4));
    assertThat(verify(broken).getBoolean("verified")).isFalse();
  }

  @Test
  void presentation_withWrongChallenge_isNotVerified() throws CredentialException {
    JsonObject vc = issue("PresentedNoteCredential", "{}");
    MultikeyPair holder = MultikeyPair.generate(KeyType.ED25519, RANDOM);
    JsonObject vp =
        presentations.create(
            List.of(vc),
            DidKey.did(holder.publicKey()),
            holder,
            Cryptosuite.EDDSA_RDFC_2022,
            "challenge-1",
            "cbp-laredo.puente.test");
    JsonPath good = presentationVerify(vp, "challenge-1");
    assertThat(good.getBoolean("verified")).as(good.prettify()).isTrue();
    assertThat(good.getString("credentials[0].code")).isEqualTo("ISSUER_NOT_ACCREDITED");
    JsonPath wrong = presentationVerify(vp, "challenge-2");
    assertThat(wrong.getBoolean("verified")).isFalse();
    assertThat(wrong.getString("code")).isEqualTo("WRONG_CHALLENGE");
  }

  private JsonPath presentationVerify(JsonObject vp, String challenge) {
    return as(Role.OFFICER, Jurisdiction.US)
        .contentType("application/json")
        .body(
            "{\"verifiablePresentation\":"
                + vp
                + ",\"options\":{\"challenge\":\""
                + challenge
                + "\",\"domain\":\"cbp-laredo.puente.test\"}}")
        .post("/presentations/verify")
        .then()
        .statusCode(200)
        .extract()
        .jsonPath();
  }

  @Test
  void badInput_getsCodedProblems() {
    expectProblem("/credentials/issue", "{not json", 400, "malformed-input");
    expectProblem("/credentials/issue", "{\"options\":{}}", 400, "invalid-request");
    expectProblem(
        "/credentials/issue",
        "{\"credential\":"
            + unsigned("X").replace("\"type\"", "\"issuer\":\"did:web:other.example\",\"type\"")
            + "}",
        422,
        "issuer-not-controller");
    expectProblem(
        "/credentials/issue",
        "{\"credential\":" + unsigned("X") + ",\"options\":{\"cryptosuite\":\"rsa\"}}",
        400,
        "invalid-request");
    expectProblem(
        "/credentials/status",
        "{\"credentialId\":\"urn:uuid:"
            + UUID.randomUUID()
            + "\",\"credentialStatus\":"
            + "[{\"type\":\"BitstringStatusListEntry\",\"status\":\"revoked\"}]}",
        404,
        "not-found");
    expectProblem("/credentials/verify", "{\"verifiableCredential\":[]}", 400, "invalid-request");
    expectProblem(
        "/presentations/verify", "{\"verifiablePresentation\":{}}", 400, "invalid-request");
  }

  private void expectProblem(String path, String body, int status, String code) {
    Role role =
        path.equals("/credentials/verify") || path.startsWith("/presentations")
            ? Role.OFFICER
            : Role.ISSUER_ADMIN;
    as(role, Jurisdiction.US)
        .contentType("application/json")
        .body(body)
        .post(path)
        .then()
        .statusCode(status)
        .contentType("application/problem+json")
        .body("code", org.hamcrest.Matchers.equalTo(code));
  }
}
