package org.puente.server.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.net.ssl.SSLHandshakeException;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.puente.credentials.keys.KeyType;
import org.puente.credentials.keys.MultikeyPair;
import org.puente.ledger.model.NoteSigner;
import org.puente.ledger.model.VerifierKey;
import org.puente.server.auth.Role;
import org.puente.server.node.Jurisdiction;
import org.puente.server.tls.PeerEndpoint;
import org.puente.server.tls.PeerTls;
import org.puente.server.tls.TestPeers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Node to node over mutual TLS between the CBP and ANAM test nodes ({@link TwoNodeTestBase}): each
 * DID document advertises its node's peer endpoint; a registered peer is known by its certificate's
 * DID and may only submit its own log's checkpoints; any other certificate is refused, at the
 * handshake when it names a known DID over another key, with 403 problem+json otherwise.
 */
class NodeToNodeTlsTest extends TwoNodeTestBase {
  @Autowired PeerDirectory peers;
  @Autowired CrossWitnessing crossWitnessing;
  @Autowired JdbcClient jdbc;

  @Test
  @DisplayName("each DID document names its node's peer endpoint, TLS key and log keys")
  void didDocuments_advertiseThePeerEndpoint() throws Exception {
    PeerEndpoint mxEndpoint = PeerEndpoint.of(mxDidDocument()).orElseThrow();
    assertThat(mxEndpoint.url()).hasToString(mxPeerEndpoint());
    assertThat(VerifierKey.parse(mxEndpoint.logKey())).isEqualTo(mxKey("log"));
    assertThat(VerifierKey.parse(mxEndpoint.witnessKey())).isEqualTo(mxKey("witness"));
    assertThat(mxDidDocument().getJsonArray("service").getJsonObject(0).getString("id"))
        .isEqualTo(MX_DID + "#peer");
    PeerEndpoint usEndpoint = PeerEndpoint.of(usDidDocument()).orElseThrow();
    assertThat(usEndpoint.url()).hasToString(usPeerEndpoint());
    assertThat(VerifierKey.parse(usEndpoint.witnessKey())).isEqualTo(usKey("witness"));
  }

  @Test
  @DisplayName("a certificate of a DID that is not the registered peer gets 403 at the witness")
  void unregisteredDid_isRefusedAtTheWitness() throws Exception {
    registerBoth();
    TestPeers stranger = TestPeers.generate("did:web:cbp-impostor.puente.test");
    HttpResponse<String> r =
        addCheckpoint(
            stranger.client(MX_DID, mxDidDocument()),
            mxPeerEndpoint(),
            new AddCheckpoint(0, List.of(), log.checkpoint().format()));
    assertThat(r.statusCode()).as(r.body()).isEqualTo(403);
    assertThat(r.headers().firstValue("Content-Type"))
        .hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
    assertThat(r.body()).contains("\"code\":\"peer-not-registered\"").contains(stranger.did());
  }

  @Test
  @DisplayName(
      "a certificate naming the registered peer's DID over another key fails the handshake")
  void registeredDidOverAnotherKey_failsTheHandshake() throws Exception {
    registerBoth();
    TestPeers impostor = TestPeers.generate("did:web:cbp-impostor.puente.test");
    HttpClient client = impostor.clientAs(DID, MX_DID, mxDidDocument()); // the US node's DID
    assertThatThrownBy(
            () ->
                addCheckpoint(
                    client,
                    mxPeerEndpoint(),
                    new AddCheckpoint(0, List.of(), log.checkpoint().format())))
        .isInstanceOf(IOException.class)
        .hasStackTraceContaining("certificate_unknown");
  }

  @Test
  @DisplayName(
      "a DID document listing another TLS key than the peer's certificate fails the handshake")
  void didDocumentWithAnotherTlsKey_failsTheHandshake() {
    JsonObject wrongDocument = TestPeers.generate(MX_DID).didDocument();
    HttpClient client = usTls.clientFor(MX_DID, wrongDocument, Duration.ofSeconds(10));
    assertThatThrownBy(
            () ->
                client.send(
                    HttpRequest.newBuilder(URI.create(mxPeerEndpoint() + "/log/keys"))
                        .timeout(Duration.ofSeconds(20))
                        .build(),
                    HttpResponse.BodyHandlers.ofString()))
        .isInstanceOf(SSLHandshakeException.class)
        .hasStackTraceContaining("the certificate's key is not " + MX_DID + "'s");
  }

  @Test
  @DisplayName("a registered peer gets 403 outside its rule, and for another log than its own")
  void registeredPeer_outsideItsRule_isRefused() throws Exception {
    registerBoth();
    HttpClient anam =
        mx().getBean(PeerTls.class).clientFor(DID, usDidDocument(), Duration.ofSeconds(10));
    HttpResponse<String> append =
        anam.send(
            HttpRequest.newBuilder(URI.create(usPeerEndpoint() + "/log/entries"))
                .timeout(Duration.ofSeconds(20))
                .POST(HttpRequest.BodyPublishers.ofString("not ANAM's to append"))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(append.statusCode()).isEqualTo(403);
    assertThat(append.body()).contains("\"code\":\"role-not-allowed\"");
    HttpResponse<String> peersList =
        anam.send(
            HttpRequest.newBuilder(URI.create(usPeerEndpoint() + "/log/peers"))
                .timeout(Duration.ofSeconds(20))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(peersList.statusCode()).isEqualTo(403);
    // The US node watches its own log too (witness.self): ANAM may not submit that log's
    // checkpoints, only its own.
    HttpResponse<String> foreign =
        addCheckpoint(
            anam, usPeerEndpoint(), new AddCheckpoint(0, List.of(), log.checkpoint().format()));
    assertThat(foreign.statusCode()).as(foreign.body()).isEqualTo(403);
    assertThat(foreign.body()).contains("\"code\":\"wrong-peer\"");
  }

  @Test
  @DisplayName(
      "plain http to a peer off this machine is refused; a peer kept without its DID document"
          + " is not called until registered again")
  void plainHttpOrLegacyPeer_isRefused() throws Exception {
    LogApiTest.assertProblem(
        as(Role.NODE_ADMIN, Jurisdiction.US)
            .contentType("application/json")
            .body(Map.of("url", "http://anam.example"))
            .post("/log/peers"),
        400,
        "invalid-peer");
    String origin = "legacy-anam.puente.test/log";
    SecureRandom random = new SecureRandom();
    peers.save(
        new LedgerPeer(
            origin,
            URI.create("http://localhost:9"),
            Jurisdiction.MX,
            "did:web:legacy-anam.puente.test",
            NoteSigner.log(origin, MultikeyPair.generate(KeyType.ED25519, random)).verifierKey(),
            NoteSigner.cosigner(
                    "legacy-anam.puente.test/witness",
                    MultikeyPair.generate(KeyType.ED25519, random))
                .verifierKey(),
            Optional.empty(),
            Instant.now(),
            Optional.empty(),
            Optional.empty()));
    try {
      CrossWitnessing.Round round =
          crossWitnessing.runOnce().stream()
              .filter(r -> r.origin().equals(origin))
              .findFirst()
              .orElseThrow();
      assertThat(round.size()).isEmpty();
      assertThat(round.error())
          .hasValueSatisfying(e -> assertThat(e).contains("register it again"));
    } finally {
      jdbc.sql("DELETE FROM ledger_peer WHERE origin = ?").param(origin).update();
    }
  }
}
