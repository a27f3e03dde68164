package org.puente.server.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import io.restassured.RestAssured;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.puente.credentials.jsonld.JsonSupport;
import org.puente.ledger.LedgerException;
import org.puente.ledger.application.TransparencyLog;
import org.puente.ledger.model.VerifierKey;
import org.puente.server.NodeTestBase;
import org.puente.server.PuenteServerApplication;
import org.puente.server.auth.NodeTokens;
import org.puente.server.auth.Role;
import org.puente.server.node.Jurisdiction;
import org.puente.server.tls.PeerTls;
import org.puente.server.tls.PeerTlsConfiguration;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Two real authority nodes: the shared test node is CBP (US), and an ANAM node (MX) runs in a
 * second Spring context on its own embedded PostgreSQL, both with peer ports (mutual TLS). The ANAM
 * node is started once per test JVM, for every class extending this one, and stopped when the JVM
 * exits.
 */
abstract class TwoNodeTestBase extends NodeTestBase {
  /** The ANAM node's DID. */
  static final String MX_DID = "did:web:anam-nuevo-laredo.puente.test";

  private static ConfigurableApplicationContext mxContext;
  private static int mxPort;

  @Autowired TransparencyLog log;
  @Autowired PeerTls usTls;
  @Autowired PeerTlsConfiguration.PeerConnector usPeerPort;

  /** The running ANAM node (started on first use). */
  static synchronized ConfigurableApplicationContext mx() {
    if (mxContext == null) {
      try {
        Path dir =
            Files.createTempDirectory(
                Path.of(System.getProperty("java.io.tmpdir"), "puente-test-nodes"), "anam-");
        try (ServerSocket s = new ServerSocket(0)) {
          mxPort = s.getLocalPort();
        }
        mxContext =
            PuenteServerApplication.start(
                "--puente.node.role=mx",
                "--puente.node.name=anam-nuevo-laredo",
                "--puente.node.did=" + MX_DID,
                "--puente.node.data-dir=" + dir,
                "--server.port=" + mxPort,
                "--puente.ledger.peer.interval=PT1H",
                "--puente.node.peer-port=0",
                "--puente.node.peer-host=localhost",
                "--spring.main.banner-mode=off");
        Runtime.getRuntime().addShutdownHook(new Thread(() -> stop(dir), "anam-test-node-stop"));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return mxContext;
  }

  private static void stop(Path dir) {
    mxContext.close();
    try {
      deleteTree(dir);
    } catch (IOException e) {
      // removed with the other stale test directories on a later run
    }
  }

  String mxUrl() {
    mx();
    return "http://localhost:" + mxPort;
  }

  String usUrl() {
    return "http://localhost:" + port;
  }

  /** A node-admin token the MX node issues. */
  String mxToken(Jurisdiction jurisdiction) {
    return mx().getBean(NodeTokens.class)
        .mint(
            "anam-admin",
            List.of(Role.NODE_ADMIN),
            jurisdiction,
            Optional.empty(),
            Duration.ofHours(1),
            Clock.systemUTC());
  }

  RequestSpecification mxPublic() {
    return RestAssured.given().baseUri(mxUrl()).port(mxPort);
  }

  RequestSpecification atMx() {
    return mxPublic().auth().oauth2(mxToken(Jurisdiction.MX));
  }

  /**
   * Both operators register the other node by its URL, with no token: each node reads the other's
   * DID document, then its keys over mutual TLS at the peer endpoint the document names
   * (idempotent: tests call it again).
   */
  void registerBoth() {
    Response us =
        as(Role.NODE_ADMIN, Jurisdiction.US)
            .contentType("application/json")
            .body(Map.of("url", mxUrl()))
            .post("/log/peers");
    assertThat(us.statusCode()).as(us.asString()).isEqualTo(201);
    assertThat(us.jsonPath().getString("jurisdiction")).isEqualTo("MX");
    assertThat(us.jsonPath().getString("did")).isEqualTo(MX_DID);
    assertThat(us.jsonPath().getString("url")).isEqualTo(mxPeerEndpoint());
    Response mxSide =
        atMx().contentType("application/json").body(Map.of("url", usUrl())).post("/log/peers");
    assertThat(mxSide.statusCode()).as(mxSide.asString()).isEqualTo(201);
    assertThat(mxSide.jsonPath().getString("jurisdiction")).isEqualTo("US");
    assertThat(mxSide.jsonPath().getString("url")).isEqualTo(usPeerEndpoint());
  }

  String mxPeerEndpoint() {
    return "https://localhost:"
        + mx().getBean(PeerTlsConfiguration.PeerConnector.class).localPort();
  }

  String usPeerEndpoint() {
    return "https://localhost:" + usPeerPort.localPort();
  }

  JsonObject mxDidDocument() {
    return json(mxPublic().get("/.well-known/did.json").asString());
  }

  JsonObject usDidDocument() {
    return json(RestAssured.get("/.well-known/did.json").asString());
  }

  private static JsonObject json(String text) {
    return JsonSupport.PROVIDER.createReader(new StringReader(text)).readObject();
  }

  VerifierKey mxKey(String which) throws LedgerException {
    return VerifierKey.parse(mxPublic().get("/log/keys").jsonPath().getString(which));
  }

  VerifierKey usKey(String which) throws LedgerException {
    return VerifierKey.parse(RestAssured.get("/log/keys").jsonPath().getString(which));
  }

  /** {@code add-checkpoint} at the witness of the node whose peer endpoint is {@code endpoint}. */
  static HttpResponse<String> addCheckpoint(
      HttpClient client, String endpoint, AddCheckpoint request) throws Exception {
    return client.send(
        HttpRequest.newBuilder(URI.create(endpoint + "/log/witness/add-checkpoint"))
            .timeout(Duration.ofSeconds(20))
            .header("Content-Type", "text/plain; charset=utf-8")
            .POST(HttpRequest.BodyPublishers.ofString(request.format(), StandardCharsets.UTF_8))
            .build(),
        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }
}
