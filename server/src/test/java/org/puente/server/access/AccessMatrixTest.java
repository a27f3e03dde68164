package org.puente.server.access;

import static org.assertj.core.api.Assertions.assertThat;

import io.restassured.RestAssured;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.puente.credentials.keys.KeyType;
import org.puente.credentials.keys.MultikeyPair;
import org.puente.ledger.model.NoteSigner;
import org.puente.server.NodeTestBase;
import org.puente.server.auth.Role;
import org.puente.server.credentials.CredentialFormat;
import org.puente.server.credentials.CredentialStore;
import org.puente.server.credentials.IssuedCredential;
import org.puente.server.credentials.ReceivedCredential;
import org.puente.server.credentials.VerificationReport;
import org.puente.server.ledger.LedgerPeer;
import org.puente.server.ledger.PeerDirectory;
import org.puente.server.node.Jurisdiction;
import org.puente.server.node.NodeIdentity;
import org.puente.server.node.NodeRole;
import org.puente.server.tls.PeerTlsConfiguration;
import org.puente.server.tls.TestPeers;
import org.puente.server.trust.NationalIdScheme;
import org.puente.server.trust.TrustEntries;
import org.puente.server.trust.TrustEntry;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.server.PathContainer;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Walks the whole access matrix on the running (US) node: every rule of {@link AccessRules} × no
 * token, every role × every jurisdiction. The expectation is computed here from the rule's fields,
 * independently of {@link AccessRules#decide}; any request answered with more than the rule allows
 * fails the test, and so does any allowed request that is refused. On the peer port (mutual TLS) it
 * walks every rule again as a registered peer node of the other country and as a node that is no
 * registered peer.
 */
class AccessMatrixTest extends NodeTestBase {
  private static final String PROBLEM = "application/problem+json";

  @Autowired TrustEntries trustEntries;
  @Autowired PeerDirectory peers;
  @Autowired JdbcClient jdbc;
  @Autowired NodeIdentity identity;
  @Autowired PeerTlsConfiguration.PeerConnector peerPort;
  @Autowired CredentialStore store;

  @Autowired
  @Qualifier("requestMappingHandlerMapping")
  RequestMappingHandlerMapping mappings;

  private final Map<String, String> ids = new java.util.HashMap<>();

  @BeforeEach
  void records() {
    Instant now = Instant.now();
    TrustEntry entry =
        new TrustEntry(
            UUID.randomUUID(),
            "did:web:broker.example",
            "EntrySummaryCredential",
            Jurisdiction.US,
            NationalIdScheme.FILER_CODE,
            "B7Q",
            now.minusSeconds(60),
            now.plusSeconds(86_400),
            now,
            "matrix",
            Optional.empty());
    trustEntries.insert(entry);
    ids.put("trust", entry.id().toString());
    String credentialId = "urn:uuid:" + UUID.randomUUID();
    store.issue(
        Optional.empty(),
        status ->
            new IssuedCredential(
                credentialId,
                "MillTestReportCredential",
                DID,
                Optional.empty(),
                Jurisdiction.US,
                CredentialFormat.VC_JOSE,
                "eyJhbGciOiJFZERTQSJ9.e30.c2ln",
                status,
                now,
                "matrix"));
    ids.put("issued", credentialId);
    UUID received = UUID.randomUUID();
    store.receive(
        new ReceivedCredential(
            received,
            Optional.empty(),
            "DodaCredential",
            "did:web:agente.example",
            Jurisdiction.US,
            CredentialFormat.DATA_INTEGRITY,
            "{}",
            "matrix",
            now),
        new VerificationReport(
            UUID.randomUUID(), received, true, true, Optional.empty(), "{}", now));
    ids.put("received", received.toString());
  }

  @Test
  void everyEndpoint_everyRoleAndJurisdiction_getsNoMoreThanItsRule() {
    List<String> failures = new ArrayList<>();
    int requests = 0;
    for (AccessRule rule : AccessRules.TABLE) {
      for (Optional<Caller> caller : callers()) {
        Response response = send(rule, caller);
        requests++;
        int status = response.statusCode();
        boolean allowed = expectedAllowed(rule, caller);
        boolean refused = status == 401 || status == 403;
        if (allowed == refused || status >= 500) {
          failures.add(
              rule.id()
                  + " as "
                  + caller.map(Caller::toString).orElse("anonymous")
                  + " → "
                  + status
                  + (allowed ? " (should be allowed)" : " (should be refused)"));
        }
        if (!allowed) {
          assertThat(response.contentType()).startsWith("application/problem+json");
          assertThat(response.jsonPath().getString("code"))
              .isIn("missing-token", "role-not-allowed", "jurisdiction-mismatch");
        }
      }
    }
    assertThat(failures).isEmpty();
    assertThat(requests).isEqualTo(AccessRules.TABLE.size() * (1 + tokenRoles().size() * 2));
  }

  @Test
  @DisplayName(
      "on the peer port, a registered peer node and an unknown node get no more than their rules")
  void everyEndpoint_onThePeerPort_asRegisteredPeerOrUnknownNode_getsNoMoreThanItsRule()
      throws Exception {
    TestPeers anam = TestPeers.generate("did:web:matrix-anam.puente.test");
    String origin = "matrix-anam.puente.test/log";
    peers.save(mexicanPeer(anam, origin));
    try {
      HttpClient asPeer = anam.client(identity.did(), identity.didDocument());
      HttpClient asStranger =
          TestPeers.generate("did:web:matrix-stranger.puente.test")
              .client(identity.did(), identity.didDocument());
      List<String> failures = new ArrayList<>();
      for (AccessRule rule : AccessRules.TABLE) {
        boolean peerAllowed =
            rule.isPublic()
                || rule.roles().contains(Role.PEER_NODE)
                    && (rule.jurisdiction() == JurisdictionCondition.ANY
                        || NodeRole.US.serves().contains(Jurisdiction.MX));
        checkOnPeerPort(rule, asPeer, peerAllowed, "role-not-allowed", failures);
        checkOnPeerPort(rule, asStranger, rule.isPublic(), "peer-not-registered", failures);
      }
      assertThat(failures).isEmpty();
    } finally {
      jdbc.sql("DELETE FROM ledger_peer WHERE origin = ?").param(origin).update();
    }
  }

  private static LedgerPeer mexicanPeer(TestPeers peer, String origin) {
    SecureRandom random = new SecureRandom();
    return new LedgerPeer(
        origin,
        URI.create("https://localhost:9"),
        Jurisdiction.MX,
        peer.did(),
        NoteSigner.log(origin, MultikeyPair.generate(KeyType.ED25519, random)).verifierKey(),
        NoteSigner.cosigner(
                "matrix-anam.puente.test/witness", MultikeyPair.generate(KeyType.ED25519, random))
            .verifierKey(),
        Optional.of(peer.didDocument()),
        Instant.now(),
        Optional.empty(),
        Optional.empty());
  }

  private void checkOnPeerPort(
      AccessRule rule, HttpClient client, boolean allowed, String refusal, List<String> failures)
      throws Exception {
    URI uri =
        URI.create("https://localhost:" + peerPort.localPort() + concretePath(rule.pattern()));
    HttpRequest.BodyPublisher body =
        rule.method().name().equals("POST")
            ? HttpRequest.BodyPublishers.ofString("{\"credentialType\":\"x\"}")
            : HttpRequest.BodyPublishers.noBody();
    HttpResponse<String> response =
        client.send(
            HttpRequest.newBuilder(uri)
                .timeout(Duration.ofSeconds(20))
                .header("Content-Type", "application/json")
                .method(rule.method().name(), body)
                .build(),
            HttpResponse.BodyHandlers.ofString());
    int status = response.statusCode();
    boolean refused = status == 401 || status == 403;
    if (allowed == refused || status >= 500) {
      failures.add(rule.id() + " on the peer port → " + status + " " + response.body());
    }
    if (!allowed
        && !(response.headers().firstValue("Content-Type").orElse("").startsWith(PROBLEM)
            && response.body().contains("\"code\":\"" + refusal + "\""))) {
      failures.add(rule.id() + " on the peer port: expected " + refusal + ", " + response.body());
    }
  }

  @Test
  void everyMappedEndpoint_hasAnAccessRule() {
    List<String> uncovered = new ArrayList<>();
    for (RequestMappingInfo info : mappings.getHandlerMethods().keySet()) {
      Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
      for (String pattern : info.getPatternValues()) {
        if (pattern.equals("/error")) {
          continue; // the servlet container's error dispatch, never reached by a request of its own
        }
        String sample = pattern.replaceAll("\\{[^}]+}", "x");
        for (RequestMethod m : methods.isEmpty() ? EnumSet.of(RequestMethod.GET) : methods) {
          boolean covered =
              AccessRules.TABLE.stream()
                  .anyMatch(
                      r ->
                          r.method().name().equals(m.name())
                              && r.pathPattern().matches(PathContainer.parsePath(sample)));
          if (!covered) {
            uncovered.add(m + " " + pattern);
          }
        }
      }
    }
    assertThat(uncovered).isEmpty();
  }

  /** The oracle: what the rule's fields allow, on a US node. */
  private static boolean expectedAllowed(AccessRule rule, Optional<Caller> caller) {
    if (rule.roles().isEmpty()) {
      return true;
    }
    if (caller.isEmpty() || !rule.roles().contains(caller.get().role())) {
      return false;
    }
    return rule.jurisdiction() == JurisdictionCondition.ANY
        || NodeRole.US.serves().contains(caller.get().jurisdiction());
  }

  private Response send(AccessRule rule, Optional<Caller> caller) {
    RequestSpecification request = RestAssured.given().redirects().follow(false);
    if (caller.isPresent()) {
      request = request.auth().oauth2(token(caller.get().role(), caller.get().jurisdiction()));
    }
    String path = concretePath(rule.pattern());
    if (rule.method().name().equals("POST")) {
      request =
          request
              .contentType("application/json")
              .body(
                  Map.of(
                      "issuerDid", "did:web:broker-" + UUID.randomUUID() + ".example",
                      "credentialType", "EntrySummaryCredential",
                      "jurisdiction", "US",
                      "idScheme", "FILER_CODE",
                      "nationalId", "C4D",
                      "validFrom", "2026-01-01T00:00:00Z",
                      "validUntil", "2027-01-01T00:00:00Z"));
    }
    return request.request(rule.method().name(), path);
  }

  private String concretePath(String pattern) {
    String path = pattern.replace("/**", "");
    if (path.equals("/swagger-ui")) {
      return "/swagger-ui/index.html";
    }
    if (path.contains("/trust/entries/{id}")) {
      return path.replace("{id}", ids.get("trust"));
    }
    if (path.contains("/issued/{id}")) {
      return path.replace("{id}", ids.get("issued"));
    }
    return path.replace("{id}", ids.get("received"));
  }

  private static List<Optional<Caller>> callers() {
    List<Optional<Caller>> callers = new ArrayList<>();
    callers.add(Optional.empty());
    for (Role role : tokenRoles()) {
      for (Jurisdiction j : Jurisdiction.values()) {
        callers.add(Optional.of(new Caller(role, j)));
      }
    }
    return callers;
  }

  private static List<Role> tokenRoles() {
    return java.util.Arrays.stream(Role.values()).filter(Role::inTokens).toList();
  }

  private record Caller(Role role, Jurisdiction jurisdiction) {}
}
