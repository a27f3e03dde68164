package org.puente.server.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import io.restassured.RestAssured;
import io.restassured.response.Response;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.puente.server.NodeTestBase;
import org.puente.server.auth.Role;
import org.puente.server.node.DataDirectory;
import org.puente.server.node.Jurisdiction;
import org.springframework.beans.factory.annotation.Autowired;

/** Every kind of bad request gets a 4xx problem+json with its code, never a 500. */
class ProblemJsonTest extends NodeTestBase {
  private static final String ENTRIES = "/api/v1/trust/entries";
  private static final String VALID =
      "{\"issuerDid\":\"did:web:broker.example\",\"credentialType\":\"EntrySummaryCredential\","
          + "\"jurisdiction\":\"US\",\"idScheme\":\"FILER_CODE\",\"nationalId\":\"A1B\","
          + "\"validFrom\":\"2026-01-01T00:00:00Z\",\"validUntil\":\"2027-01-01T00:00:00Z\"}";

  @Autowired DataDirectory dataDir;

  @Test
  void malformedJson_is400MalformedJson() {
    expectProblem(post("{\"issuerDid\": "), 400, "malformed-json");
  }

  @Test
  void wrongContentType_is415() {
    expectProblem(
        as(Role.NODE_ADMIN, Jurisdiction.US).contentType("text/plain").body(VALID).post(ENTRIES),
        415,
        "unsupported-media-type");
  }

  @Test
  void unknownMember_is400UnknownField() {
    Response r = post(VALID.replace("{", "{\"color\":\"red\","));
    expectProblem(r, 400, "unknown-field");
    assertThat(r.jsonPath().getString("detail")).contains("'color'");
  }

  @Test
  void badNationalId_is400InvalidRequest() {
    Response r = post(VALID.replace("A1B", "not-a-filer-code"));
    expectProblem(r, 400, "invalid-request");
    assertThat(r.jsonPath().getString("detail")).contains("FILER_CODE");
  }

  @Test
  void schemeOfOtherJurisdiction_is400InvalidRequest() {
    expectProblem(
        post(VALID.replace("FILER_CODE", "PATENTE").replace("A1B", "3210")),
        400,
        "invalid-request");
  }

  @Test
  void oversizedBody_withContentLength_is413() {
    String big = VALID.replace("did:web:broker.example", "did:web:" + "a".repeat(70_000));
    expectProblem(post(big), 413, "body-too-large");
  }

  @Test
  void oversizedBody_chunked_is413() throws Exception {
    byte[] big =
        VALID
            .replace("did:web:broker.example", "did:web:" + "a".repeat(70_000))
            .getBytes(StandardCharsets.UTF_8);
    HttpResponse<String> r =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + ENTRIES))
                    .header("Authorization", "Bearer " + token(Role.NODE_ADMIN, Jurisdiction.US))
                    .header("Content-Type", "application/json")
                    .POST(
                        HttpRequest.BodyPublishers.ofInputStream(
                            () -> new ByteArrayInputStream(big)))
                    .build(),
                HttpResponse.BodyHandlers.ofString());
    assertThat(r.statusCode()).isEqualTo(413);
    assertThat(r.headers().firstValue("Content-Type"))
        .hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
    assertThat(r.body()).contains("\"code\":\"body-too-large\"");
  }

  @Test
  void forgedToken_is401InvalidToken() throws Exception {
    ECKey other = new ECKeyGenerator(Curve.P_256).keyID("forger").generate();
    String forged =
        sign(other, claims(tokens.issuer(), Instant.now().plusSeconds(600), List.of("node-admin")));
    expectProblem(
        RestAssured.given().auth().oauth2(forged).get("/api/v1/node"), 401, "invalid-token");
  }

  @Test
  void expiredToken_is401TokenExpired() {
    String expired =
        tokens.mint(
            "late",
            List.of(Role.AUDITOR),
            Jurisdiction.US,
            Optional.empty(),
            Duration.ofSeconds(1),
            Clock.fixed(Instant.now().minusSeconds(3600), java.time.ZoneOffset.UTC));
    expectProblem(
        RestAssured.given().auth().oauth2(expired).get("/api/v1/node"), 401, "token-expired");
  }

  @Test
  void tokenForOtherAudience_is401() throws Exception {
    String wrong =
        sign(
            nodeKey(),
            claims(
                "urn:puente:node:someone-else",
                Instant.now().plusSeconds(600),
                List.of("auditor")));
    expectProblem(
        RestAssured.given().auth().oauth2(wrong).get("/api/v1/node"), 401, "invalid-token");
  }

  @Test
  void officerTokenWithoutPort_is401() throws Exception {
    String noPort =
        sign(
            nodeKey(), claims(tokens.issuer(), Instant.now().plusSeconds(600), List.of("officer")));
    Response r = RestAssured.given().auth().oauth2(noPort).get("/api/v1/node");
    expectProblem(r, 401, "invalid-token");
    assertThat(r.jsonPath().getString("detail")).contains("port");
  }

  @Test
  void garbageToken_is401() {
    expectProblem(
        RestAssured.given().auth().oauth2("not.a.jwt").get("/api/v1/node"), 401, "invalid-token");
  }

  @Test
  void crossJurisdiction_officerOfMxOnUsNode_is403() {
    expectProblem(
        as(Role.OFFICER, Jurisdiction.MX).get("/api/v1/credentials/issued"),
        403,
        "jurisdiction-mismatch");
  }

  @Test
  void crossJurisdiction_usAdminAccreditingInMx_is403() {
    String mx =
        VALID
            .replace("\"US\"", "\"MX\"")
            .replace("FILER_CODE", "PATENTE")
            .replace("A1B", "3210")
            .replace("EntrySummaryCredential", "DodaCredential");
    expectProblem(post(mx), 403, "jurisdiction-mismatch");
  }

  @Test
  void unknownPath_is404_andWrongMethod_is405() {
    expectProblem(RestAssured.given().get("/api/v1/nothing-here"), 404, "not-found");
    expectProblem(as(Role.NODE_ADMIN, Jurisdiction.US).put(ENTRIES), 405, "method-not-allowed");
  }

  @Test
  void badPathVariable_is400() {
    expectProblem(
        as(Role.AUDITOR, Jurisdiction.US).get(ENTRIES + "/not-a-uuid"), 400, "invalid-request");
  }

  @Test
  void unacceptableMediaType_is406() {
    Response r = as(Role.AUDITOR, Jurisdiction.US).accept("application/xml").get(ENTRIES);
    assertThat(r.statusCode()).isEqualTo(406);
  }

  private Response post(String body) {
    return as(Role.NODE_ADMIN, Jurisdiction.US)
        .contentType("application/json")
        .body(body)
        .post(ENTRIES);
  }

  private static void expectProblem(Response r, int status, String code) {
    assertThat(r.statusCode()).as(r.asString()).isEqualTo(status);
    assertThat(r.contentType()).startsWith("application/problem+json");
    assertThat(r.jsonPath().getString("code")).isEqualTo(code);
    assertThat(r.jsonPath().getInt("status")).isEqualTo(status);
    assertThat(r.jsonPath().getString("type")).isEqualTo("urn:puente:problem:" + code);
  }

  private ECKey nodeKey() throws Exception {
    return ECKey.parse(Files.readString(dataDir.keys().resolve("token-signing.jwk.json")));
  }

  private static JWTClaimsSet claims(String issuer, Instant exp, List<String> roles) {
    return new JWTClaimsSet.Builder()
        .issuer(issuer)
        .audience(issuer)
        .subject("mallory")
        .issueTime(new Date())
        .expirationTime(Date.from(exp))
        .claim("roles", roles)
        .claim("jurisdiction", "US")
        .build();
  }

  private static String sign(ECKey key, JWTClaimsSet claims) throws Exception {
    SignedJWT jwt =
        new SignedJWT(
            new JWSHeader.Builder(JWSAlgorithm.ES256).keyID(key.getKeyID()).build(), claims);
    jwt.sign(new ECDSASigner(key));
    return jwt.serialize();
  }
}
