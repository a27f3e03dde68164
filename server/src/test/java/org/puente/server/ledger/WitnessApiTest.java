package org.puente.server.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.puente.server.ledger.LogApiTest.assertProblem;

import io.restassured.RestAssured;
import io.restassured.response.Response;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.puente.credentials.keys.KeyType;
import org.puente.credentials.keys.MultikeyPair;
import org.puente.ledger.application.TransparencyLog;
import org.puente.ledger.model.Checkpoint;
import org.puente.ledger.model.Hash;
import org.puente.ledger.model.NoteSigner;
import org.puente.ledger.model.SignedNote;
import org.puente.ledger.model.VerifierKey;
import org.puente.server.NodeTestBase;
import org.puente.server.auth.Role;
import org.puente.server.node.Jurisdiction;
import org.puente.server.node.NodeKeyStore;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The C2SP tlog-witness round trip over HTTP: the shared node's witness watches its own log (with
 * its second key, {@code witness-ed25519}), so {@link PeerWitnessing} runs against the same node's
 * {@code add-checkpoint} exactly as the MX node runs against the US node. Then every refusal the
 * spec fixes, and the alarms a validly signed contradiction raises.
 */
class WitnessApiTest extends NodeTestBase {
  @Autowired TransparencyLog log;
  @Autowired NodeKeyStore keys;

  private VerifierKey witnessKey() throws Exception {
    return VerifierKey.parse(RestAssured.get("/log/keys").jsonPath().getString("witness"));
  }

  private PeerWitnessing peer() throws Exception {
    return new PeerWitnessing(
        log,
        HttpClient.newHttpClient(),
        URI.create("http://localhost:" + port + "/log/witness"),
        witnessKey(),
        () -> token(Role.NODE_ADMIN, Jurisdiction.MX));
  }

  private Response add(String body) {
    return as(Role.NODE_ADMIN, Jurisdiction.MX)
        .contentType("text/plain; charset=utf-8")
        .body(body.getBytes(StandardCharsets.UTF_8))
        .post("/log/witness/add-checkpoint");
  }

  @Test
  void peerWitnessing_roundTrip_publishesACosignedCheckpoint() throws Exception {
    log.append("before witnessing".getBytes(StandardCharsets.UTF_8));
    SignedNote first = peer().witnessOnce(); // a fresh client learns the size from a 409
    VerifierKey witness = witnessKey();
    assertThat(witness.verify(first)).isNotNull();

    log.append("after the first cosignature".getBytes(StandardCharsets.UTF_8));
    PeerWitnessing client = peer();
    client.witnessOnce();
    SignedNote second = client.witnessOnce(); // same size again: old = size, empty proof
    Checkpoint cp = Checkpoint.parse(second.text());
    assertThat(cp.size()).isGreaterThan(Checkpoint.parse(first.text()).size());
    assertThat(witness.verify(second)).isNotNull();
    Response published = RestAssured.get("/log/checkpoint");
    assertThat(witness.verify(SignedNote.parse(published.asString()))).isNotNull();
  }

  @Test
  void addCheckpoint_refusesAsTheSpecSays() throws Exception {
    log.append("refusals".getBytes(StandardCharsets.UTF_8));
    peer().witnessOnce();
    long cosigned = Checkpoint.parse(log.latestCheckpoint().orElseThrow().text()).size();
    log.append("beyond the cosigned size".getBytes(StandardCharsets.UTF_8));
    SignedNote current = log.checkpoint();
    Checkpoint cp = Checkpoint.parse(current.text());

    assertProblem(add("hello"), 400, "malformed-add-checkpoint");
    assertProblem(add("old 01\n\n" + current.format()), 400, "malformed-add-checkpoint");
    assertProblem(add("old 0\n\nnot a note"), 400, "malformed-note");
    assertProblem(add("old " + (cp.size() + 1) + "\n\n" + current.format()), 400, null);

    Response conflict = add("old 1\n\n" + current.format());
    assertThat(conflict.statusCode()).isEqualTo(409);
    assertThat(conflict.contentType()).startsWith("text/x.tlog.size");
    assertThat(conflict.asString()).isEqualTo(cosigned + "\n");

    NoteSigner stranger =
        NoteSigner.log(
            "elsewhere.example/log", MultikeyPair.generate(KeyType.ED25519, new SecureRandom()));
    Checkpoint elsewhere =
        new Checkpoint("elsewhere.example/log", cp.size(), cp.rootHash(), List.of());
    assertProblem(add("old 0\n\n" + stranger.sign(elsewhere.body()).format()), 404, "unknown-log");
    NoteSigner impostor =
        NoteSigner.log(log.origin(), MultikeyPair.generate(KeyType.ED25519, new SecureRandom()));
    assertProblem(add("old 0\n\n" + impostor.sign(cp.body()).format()), 403, "unknown-signer");

    String garbage = Hash.ofHex("00".repeat(32)).base64();
    assertProblem(
        add("old " + cosigned + "\n" + garbage + "\n\n" + current.format()),
        422,
        "consistency-proof-failed");
  }

  @Test
  void aSignedFork_isRefusedAndListedForOperators() throws Exception {
    log.append("fork".getBytes(StandardCharsets.UTF_8));
    SignedNote cosignedNote = peer().witnessOnce();
    Checkpoint cosigned = Checkpoint.parse(cosignedNote.text());
    NoteSigner logSigner =
        NoteSigner.log(log.origin(), keys.loadOrCreate("log-ed25519", KeyType.ED25519));
    Checkpoint forged =
        new Checkpoint(cosigned.origin(), cosigned.size(), Hash.ofHex("ab".repeat(32)), List.of());
    Response r = add("old " + cosigned.size() + "\n\n" + logSigner.sign(forged.body()).format());
    assertProblem(r, 409, "fork");

    Response alarms = as(Role.AUDITOR, Jurisdiction.US).get("/log/alarms");
    assertThat(alarms.statusCode()).isEqualTo(200);
    assertThat(alarms.jsonPath().getList("kind", String.class)).contains("FORK");
    assertThat(alarms.jsonPath().getList("offered", String.class))
        .anySatisfy(o -> assertThat(o).contains(forged.rootHash().base64()));
    assertThat(RestAssured.get("/log/alarms").statusCode()).isEqualTo(401);
  }
}
