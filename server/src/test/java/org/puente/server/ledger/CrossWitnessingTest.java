package org.puente.server.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.puente.server.ledger.LogApiTest.assertProblem;

import io.restassured.RestAssured;
import io.restassured.response.Response;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.puente.credentials.keys.KeyType;
import org.puente.credentials.keys.MultikeyPair;
import org.puente.ledger.LedgerException;
import org.puente.ledger.model.Checkpoint;
import org.puente.ledger.model.Hash;
import org.puente.ledger.model.NoteSigner;
import org.puente.ledger.model.SignedNote;
import org.puente.server.auth.Role;
import org.puente.server.node.Jurisdiction;
import org.puente.server.node.NodeKeyStore;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Two real authority nodes witnessing each other (issue #5): the shared test node is CBP (US, node
 * A) and the shared ANAM node (MX, node B) runs in a second Spring context on its own embedded
 * PostgreSQL ({@link TwoNodeTestBase}); they talk over mutual TLS on their peer ports. Each
 * operator registers the other node from its published {@code /log/keys}; each node then pushes its
 * checkpoints to the other's witness. A checkpoint counts as witnessed only with the other
 * country's cosignature, and a split view shown to a witness raises an alarm that operators see and
 * that the witness's own log records.
 */
class CrossWitnessingTest extends TwoNodeTestBase {
  @Autowired NodeKeyStore keys;
  @Autowired PeerDirectory peers;
  @Autowired PgTileStore store;

  private static Map<String, Object> onlyRound(Response rounds) {
    assertThat(rounds.statusCode()).as(rounds.asString()).isEqualTo(200);
    List<Map<String, Object>> list = rounds.jsonPath().getList("$");
    assertThat(list).hasSize(1);
    return list.get(0);
  }

  @Test
  @DisplayName("CBP's checkpoints get ANAM's cosignature and ANAM's get CBP's")
  void bothNodes_cosignEachOthersCheckpoints() throws Exception {
    registerBoth();
    log.append("a US filing".getBytes(StandardCharsets.UTF_8));
    atMx()
        .body("a MX filing".getBytes(StandardCharsets.UTF_8))
        .post("/log/entries")
        .then()
        .statusCode(201);

    Map<String, Object> us =
        onlyRound(as(Role.NODE_ADMIN, Jurisdiction.US).post("/log/peers/witness"));
    Map<String, Object> mxRound = onlyRound(atMx().post("/log/peers/witness"));

    assertThat(us)
        .containsEntry("cosigned", true)
        .containsEntry("witness", mxKey("witness").name());
    assertThat(mxRound)
        .containsEntry("cosigned", true)
        .containsEntry("witness", usKey("witness").name());
    // Pull mode in the same round: each witness read the other's published checkpoint and tiles.
    assertThat((String) us.get("audit")).matches("published checkpoint [0-9]+ consistent");
    assertThat((String) mxRound.get("audit")).matches("published checkpoint [0-9]+ consistent");
    SignedNote usWitnessed = SignedNote.parse(RestAssured.get("/log/witnessed").asString());
    Checkpoint usCheckpoint = Checkpoint.open(usWitnessed, usKey("log"), log.origin());
    assertThat(usCheckpoint.size()).isEqualTo(((Number) us.get("size")).longValue());
    assertThat(mxKey("witness").verify(usWitnessed)).isNotNull();
    SignedNote mxWitnessed = SignedNote.parse(mxPublic().get("/log/witnessed").asString());
    assertThat(Checkpoint.open(mxWitnessed, mxKey("log"), mxKey("log").name()).size())
        .isEqualTo(((Number) mxRound.get("size")).longValue());
    assertThat(usKey("witness").verify(mxWitnessed)).isNotNull();
    // The published checkpoint carries the cosignature too, and a later round proves consistency.
    assertThat(
            mxKey("witness")
                .verify(SignedNote.parse(RestAssured.get("/log/checkpoint").asString())))
        .isNotNull();
    log.append("another US filing".getBytes(StandardCharsets.UTF_8));
    Map<String, Object> again =
        onlyRound(as(Role.NODE_ADMIN, Jurisdiction.US).post("/log/peers/witness"));
    assertThat(((Number) again.get("size")).longValue()).isGreaterThan(usCheckpoint.size());
    assertThat(RestAssured.get("/log/witnessed/" + again.get("size")).statusCode()).isEqualTo(200);
    // The peers are kept in the database: listed with their last cosigned size.
    Response listed = as(Role.NODE_ADMIN, Jurisdiction.US).get("/log/peers");
    assertThat(listed.jsonPath().getList("lastCosignedSize", Number.class).get(0).longValue())
        .isEqualTo(((Number) again.get("size")).longValue());
    assertThat(listed.asString()).doesNotContain("token");
    String metrics = as(Role.NODE_ADMIN, Jurisdiction.US).get("/actuator/prometheus").asString();
    assertThat(metrics).contains("puente_ledger_witnessed_size " + again.get("size") + ".0");
  }

  @Test
  @DisplayName("a self-cosignature or an unknown witness's does not make a checkpoint witnessed")
  void witnessed_onlyWithTheOtherCountrysCosignature() throws Exception {
    registerBoth();
    log.append("self-witnessed only".getBytes(StandardCharsets.UTF_8));
    // The shared node also watches its own log (puente.ledger.witness.self): cosign by itself.
    SignedNote self =
        new PeerWitnessing(
                log,
                HttpClient.newHttpClient(),
                URI.create(usUrl() + "/log/witness"),
                usKey("witness"),
                () -> token(Role.NODE_ADMIN, Jurisdiction.US))
            .witnessOnce();
    long size = Checkpoint.parse(self.text()).size();
    assertThat(usKey("witness").verify(self)).isNotNull();
    assertThatThrownBy(() -> peers.policy().check(self))
        .isInstanceOfSatisfying(
            LedgerException.class,
            e -> assertThat(e.code()).isEqualTo(LedgerException.Code.NOT_WITNESSED));
    assertProblem(RestAssured.get("/log/witnessed/" + size), 404, "not-witnessed");

    NoteSigner stranger =
        NoteSigner.cosigner(
            "anam-impostor.example/witness",
            MultikeyPair.generate(KeyType.ED25519, new SecureRandom()));
    SignedNote strangerCosigned = self.with(stranger.cosign(self.text(), 1_795_000_000L));
    assertThatThrownBy(() -> peers.policy().check(strangerCosigned))
        .isInstanceOfSatisfying(
            LedgerException.class,
            e -> assertThat(e.code()).isEqualTo(LedgerException.Code.NOT_WITNESSED));

    // A node of the same country cannot be registered as the witness; pins are checked.
    assertProblem(
        as(Role.NODE_ADMIN, Jurisdiction.US)
            .contentType("application/json")
            .body(Map.of("url", usUrl()))
            .post("/log/peers"),
        409,
        "same-jurisdiction");
    assertProblem(
        as(Role.NODE_ADMIN, Jurisdiction.US)
            .contentType("application/json")
            .body(Map.of("url", mxUrl(), "witnessKey", usKey("witness").encode()))
            .post("/log/peers"),
        409,
        "peer-key-mismatch");
  }

  @Test
  @DisplayName("a split view of CBP's log shown to ANAM's witness raises a logged, visible alarm")
  void splitView_raisesAnAlarmOnTheWitness() throws Exception {
    appendAndHaveMxCosign("before the fork");
    NoteSigner usLogKey = usLogSigner();
    long mxLogSizeBefore = mxLogSize();

    // Same size as the cosigned checkpoint, another root: a fork.
    long seen = cosignedSizeAtMx();
    Checkpoint forked = new Checkpoint(log.origin(), seen, Hash.ofHex("ab".repeat(32)), List.of());
    Response fork = addAtMx(seen, List.of(), usLogKey.sign(forked.body()));
    assertProblem(fork, 409, "fork");

    // A larger tree whose consistency proof fails: a rewritten history.
    Checkpoint rewritten =
        new Checkpoint(log.origin(), seen + 5, Hash.ofHex("cd".repeat(32)), List.of());
    Response inconsistent =
        addAtMx(seen, List.of(Hash.ofHex("00".repeat(32))), usLogKey.sign(rewritten.body()));
    assertProblem(inconsistent, 422, "consistency-proof-failed");

    Response alarms = atMx().get("/log/alarms");
    assertThat(alarms.jsonPath().getList("kind", String.class)).startsWith("INCONSISTENT", "FORK");
    assertThat(alarms.jsonPath().getList("origin", String.class)).contains(log.origin());
    String metrics = atMx().get("/actuator/prometheus").asString();
    assertThat(metrics).containsPattern("puente_ledger_alarms [2-9]");
    // Each alarm is itself an entry of the witness's own log.
    long mxLogSize = mxLogSize();
    assertThat(mxLogSize).isGreaterThanOrEqualTo(mxLogSizeBefore + 2);
    String last = mxEntry(mxLogSize - 1);
    assertThat(last).contains("\"kind\":\"INCONSISTENT\"").contains(log.origin());
    // The honest log is still cosigned afterwards.
    log.append("after the fork attempt".getBytes(StandardCharsets.UTF_8));
    assertThat(onlyRound(as(Role.NODE_ADMIN, Jurisdiction.US).post("/log/peers/witness")))
        .containsEntry("cosigned", true);
  }

  @Test
  @DisplayName("CBP showing the public another tree than ANAM cosigned is caught by ANAM's pull")
  void publishedSplitView_isCaughtByThePullingWitness() throws Exception {
    appendAndHaveMxCosign("cosigned, then contradicted in public");
    SignedNote honest = log.latestCheckpoint().orElseThrow();
    Checkpoint cosigned = Checkpoint.parse(honest.text());
    NoteSigner usLogKey = usLogSigner();
    Checkpoint other =
        new Checkpoint(log.origin(), cosigned.size(), Hash.ofHex("ef".repeat(32)), List.of());
    store.writeCheckpoint(usLogKey.sign(other.body()).format()); // what the public now sees
    try {
      Map<String, Object> mxRound = onlyRound(atMx().post("/log/peers/witness"));
      assertThat((String) mxRound.get("audit")).startsWith("ALARM FORK");
    } finally {
      store.writeCheckpoint(honest.format());
    }
    Response alarms = atMx().get("/log/alarms");
    assertThat(alarms.jsonPath().getString("[0].kind")).isEqualTo("FORK");
    assertThat(alarms.jsonPath().getString("[0].offered")).contains("7+/v7+/v7+/v7+/v7+/v");
    assertThat(mxEntry(mxLogSize() - 1)).contains("\"kind\":\"FORK\"");
  }

  private void appendAndHaveMxCosign(String entry) throws Exception {
    registerBoth();
    log.append(entry.getBytes(StandardCharsets.UTF_8));
    onlyRound(as(Role.NODE_ADMIN, Jurisdiction.US).post("/log/peers/witness"));
  }

  /** The US log's signing key: what a misbehaving US operator could sign with. */
  private NoteSigner usLogSigner() throws Exception {
    return NoteSigner.log(log.origin(), keys.loadOrCreate("log-ed25519", KeyType.ED25519));
  }

  private long mxLogSize() throws LedgerException {
    String note = mxPublic().get("/log/checkpoint").asString();
    return Checkpoint.parse(SignedNote.parse(note).text()).size();
  }

  private String mxEntry(long index) {
    String b64 = mxPublic().get("/log/entries/" + index).jsonPath().getString("entry");
    return new String(java.util.Base64.getDecoder().decode(b64), StandardCharsets.UTF_8);
  }

  // What the MX witness last cosigned of the US log, as its 409 says (tlog-witness).
  private long cosignedSizeAtMx() throws Exception {
    Response conflict = addAtMx(0, List.of(), log.checkpoint());
    assertThat(conflict.statusCode()).as(conflict.asString()).isEqualTo(409);
    return Long.parseLong(conflict.asString().strip());
  }

  // As the US node: its DID-bound certificate on the MX node's peer port, no token.
  private Response addAtMx(long old, List<Hash> proof, SignedNote note) throws Exception {
    HttpResponse<String> r =
        addCheckpoint(
            usTls.clientFor(MX_DID, mxDidDocument(), Duration.ofSeconds(10)),
            mxPeerEndpoint(),
            new AddCheckpoint(old, proof, note.format()));
    return new io.restassured.builder.ResponseBuilder()
        .setStatusCode(r.statusCode())
        .setContentType(r.headers().firstValue("Content-Type").orElse(""))
        .setBody(r.body())
        .build();
  }
}
