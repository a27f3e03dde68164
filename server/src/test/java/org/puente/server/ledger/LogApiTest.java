package org.puente.server.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import io.restassured.RestAssured;
import io.restassured.response.Response;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.puente.ledger.application.TransparencyLog;
import org.puente.ledger.model.Checkpoint;
import org.puente.ledger.model.ConsistencyProof;
import org.puente.ledger.model.DomainSeparation;
import org.puente.ledger.model.Hash;
import org.puente.ledger.model.InclusionProof;
import org.puente.ledger.model.MerkleTree;
import org.puente.ledger.model.Receipt;
import org.puente.ledger.model.SignedNote;
import org.puente.ledger.model.VerifierKey;
import org.puente.server.NodeTestBase;
import org.puente.server.auth.Role;
import org.puente.server.credentials.CredentialFormat;
import org.puente.server.credentials.CredentialStore;
import org.puente.server.credentials.ReceivedCredential;
import org.puente.server.node.Jurisdiction;
import org.puente.server.store.GroupCommit;
import org.puente.server.trust.NationalIdScheme;
import org.puente.server.trust.TrustEntries;
import org.puente.server.trust.TrustEntry;
import org.springframework.beans.factory.annotation.Autowired;

/** The log's read and append endpoints over HTTP on the shared node (PostgreSQL tile store). */
class LogApiTest extends NodeTestBase {
  @Autowired TransparencyLog log;
  @Autowired NodeLog nodeLog;
  @Autowired TrustEntries trustEntries;
  @Autowired GroupCommit commits;
  @Autowired CredentialStore credentialStore;

  private VerifierKey logKey() throws Exception {
    return VerifierKey.parse(RestAssured.get("/log/keys").jsonPath().getString("log"));
  }

  private Checkpoint checkpoint() throws Exception {
    Response r = RestAssured.get("/log/checkpoint");
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.contentType()).startsWith("text/plain");
    assertThat(r.header("Cache-Control")).contains("no-cache");
    VerifierKey key = logKey();
    return Checkpoint.open(SignedNote.parse(r.asString()), key, key.name());
  }

  @Test
  void append_overHttp_isServedWithProofsThatVerifyAgainstTheSignedCheckpoint() throws Exception {
    byte[] entry = ("filing " + UUID.randomUUID()).getBytes(StandardCharsets.UTF_8);
    Response created =
        as(Role.NODE_ADMIN, Jurisdiction.US)
            .contentType("application/octet-stream")
            .body(entry)
            .post("/log/entries");
    assertThat(created.statusCode()).isEqualTo(201);
    long index = created.jsonPath().getLong("index");

    Response got = RestAssured.get("/log/entries/" + index);
    assertThat(Base64.getDecoder().decode(got.jsonPath().getString("entry"))).isEqualTo(entry);

    Checkpoint cp = checkpoint();
    assertThat(cp.size()).isGreaterThan(index);
    Response proof =
        RestAssured.given()
            .queryParam("index", index)
            .queryParam("size", cp.size())
            .get("/log/proof/inclusion");
    assertThat(proof.statusCode()).isEqualTo(200);
    InclusionProof inclusion = new InclusionProof(index, cp.size(), hashes(proof));
    MerkleTree.verifyInclusion(inclusion, DomainSeparation.leafHash(entry), cp.rootHash());

    Receipt receipt = Receipt.parse(RestAssured.get("/log/receipt/" + index).asString());
    assertThat(receipt.verify(logKey()).size()).isGreaterThan(index);
    assertThat(receipt.entry()).isEqualTo(entry);
  }

  @Test
  void consistencyProof_linksTwoCheckpoints() throws Exception {
    Checkpoint older = checkpoint();
    log.append("one more".getBytes(StandardCharsets.UTF_8));
    Checkpoint newer = checkpoint();
    Response r =
        RestAssured.given()
            .queryParam("old", older.size())
            .queryParam("new", newer.size())
            .get("/log/proof/consistency");
    assertThat(r.statusCode()).isEqualTo(200);
    ConsistencyProof proof = new ConsistencyProof(older.size(), newer.size(), hashes(r));
    MerkleTree.verifyConsistency(proof, older.rootHash(), newer.rootHash());
  }

  @Test
  void tiles_followTlogTiles_pathsWidthsAndCaching() throws Exception {
    while (log.size() < 300) {
      log.append(("tile filler " + log.size()).getBytes(StandardCharsets.UTF_8));
    }
    Response full = RestAssured.get("/log/tile/0/000");
    assertThat(full.statusCode()).isEqualTo(200);
    assertThat(full.contentType()).isEqualTo("application/octet-stream");
    assertThat(full.header("Cache-Control")).contains("immutable").contains("public");
    byte[] hashes = full.asByteArray();
    assertThat(hashes).hasSize(256 * 32);
    assertThat(Hash.at(hashes, 5 * 32)).isEqualTo(DomainSeparation.leafHash(log.entry(5)));

    Response partial = RestAssured.get("/log/tile/0/000.p/7");
    assertThat(partial.asByteArray()).isEqualTo(java.util.Arrays.copyOf(hashes, 7 * 32));
    assertThat(partial.header("Cache-Control")).doesNotContain("immutable");

    Response bundle = RestAssured.get("/log/tile/entries/000.p/2");
    byte[] expected =
        org.puente.ledger.model.Tiles.encodeBundle(List.of(log.entry(0), log.entry(1)));
    assertThat(bundle.asByteArray()).isEqualTo(expected);

    assertProblem(RestAssured.get("/log/tile/0/0000"), 400, "malformed-path");
    assertProblem(RestAssured.get("/log/tile/0/x001/000"), 404, "tile-not-found");
    assertProblem(RestAssured.get("/log/tile/entries/x999/999.p/3"), 404, "tile-not-found");
  }

  @Test
  void badQueries_areCodedProblems() {
    assertProblem(RestAssured.get("/log/entries/999999999"), 404, "out-of-range");
    assertProblem(
        RestAssured.given()
            .queryParam("index", 0)
            .queryParam("size", 1L << 40)
            .get("/log/proof/inclusion"),
        404,
        "out-of-range");
    assertProblem(
        RestAssured.given().queryParam("old", 5).queryParam("new", 2).get("/log/proof/consistency"),
        400,
        "invalid-request");
    assertProblem(
        RestAssured.given()
            .queryParam("index", 3)
            .queryParam("size", 2)
            .get("/log/proof/inclusion"),
        400,
        "invalid-request");
  }

  @Test
  void trustRegistryChanges_reachTheLogThroughTheOutbox() throws Exception {
    Instant now = Instant.now();
    TrustEntry entry =
        new TrustEntry(
            UUID.randomUUID(),
            "did:web:mill.example",
            "MillTestReportCredential",
            Jurisdiction.MX,
            NationalIdScheme.RFC,
            "AAA010101AAA",
            now.minusSeconds(1),
            now.plusSeconds(3600),
            now,
            "log-test",
            Optional.empty());
    trustEntries.insert(entry);
    trustEntries.withdraw(entry.id(), now.plusSeconds(1), "log-test");
    nodeLog.drain();
    long size = log.size();
    List<String> recent = new java.util.ArrayList<>();
    for (long i = Math.max(0, size - 50); i < size; i++) {
      recent.add(new String(log.entry(i), StandardCharsets.UTF_8));
    }
    assertThat(recent)
        .anySatisfy(
            e ->
                assertThat(e)
                    .contains("\"trust.entry.added\"")
                    .contains(entry.id().toString())
                    .contains("AAA010101AAA"))
        .anySatisfy(
            e ->
                assertThat(e)
                    .contains("\"trust.entry.withdrawn\"")
                    .contains(entry.id().toString()));
  }

  /** A DODA received from a MX officer, credential id {@code urn:uuid:<id>}. */
  private static ReceivedCredential doda(UUID id, Instant now) {
    return new ReceivedCredential(
        id,
        Optional.of("urn:uuid:" + id),
        "DodaCredential",
        "did:web:agente.example",
        Jurisdiction.MX,
        CredentialFormat.VC_JOSE,
        "a.b." + id,
        "officer-MX",
        now);
  }

  @Test
  void drain_vacuumsTheOutbox_onceItHasDeletedItsThreshold() {
    long before = nodeLog.vacuums();
    Instant now = Instant.now();
    // 30 receipts with their reports: 60 outbox rows, over the tests' threshold of 50.
    for (int i = 0; i < 30; i++) {
      UUID id = UUID.randomUUID();
      credentialStore.receive(
          doda(id, now),
          new org.puente.server.credentials.VerificationReport(
              UUID.randomUUID(), id, true, true, Optional.empty(), "{}", now));
    }
    // The scheduled drain may take the rows first; either way the same log counts the deletions.
    Awaitility.await()
        .atMost(Duration.ofSeconds(20))
        .untilAsserted(
            () -> {
              nodeLog.drain();
              assertThat(nodeLog.vacuums()).isGreaterThan(before);
            });
  }

  @Test
  void receivedCredentialsAndReports_reachTheLogOneEventPerRow() throws Exception {
    Instant now = Instant.parse("2026-11-29T12:00:00Z");
    List<UUID> ids = List.of(UUID.randomUUID(), UUID.randomUUID());
    List<GroupCommit.Op> ops;
    // Deferred and committed together: each table gets one multi-row INSERT, so the statement
    // triggers see two rows at once.
    try (GroupCommit.Deferral d = commits.defer()) {
      for (UUID id : ids) {
        credentialStore.receive(
            doda(id, now),
            new org.puente.server.credentials.VerificationReport(
                id, id, false, false, Optional.of("INVALID_SIGNATURE"), "{}", now));
      }
      ops = d.writes();
    }
    commits.write(ops);
    nodeLog.drain();
    long size = log.size();
    List<jakarta.json.JsonObject> recent = new java.util.ArrayList<>();
    for (long i = Math.max(0, size - 50); i < size; i++) {
      byte[] entry = log.entry(i);
      if (entry.length > 0 && entry[0] == '{') { // other tests append plain-text entries
        recent.add(
            jakarta.json.Json.createReader(new java.io.ByteArrayInputStream(entry)).readObject());
      }
    }
    for (UUID id : ids) {
      assertThat(recent)
          .filteredOn(e -> id.toString().equals(e.getString("id", "")))
          .extracting(e -> e.getString("event", ""))
          .containsExactlyInAnyOrder("credential.received", "credential.verified");
      jakarta.json.JsonObject received =
          recent.stream()
              .filter(e -> "credential.received".equals(e.getString("event", "")))
              .filter(e -> id.toString().equals(e.getString("id", "")))
              .findFirst()
              .orElseThrow();
      assertThat(received.keySet())
          .containsExactlyInAnyOrder(
              "outbox",
              "type",
              "event",
              "id",
              "credentialId",
              "credentialType",
              "issuer",
              "jurisdiction",
              "contentSha256",
              "at");
      assertThat(received.getString("type")).isEqualTo("puente-log-event/v1");
      assertThat(received.getString("credentialId")).isEqualTo("urn:uuid:" + id);
      assertThat(received.getString("jurisdiction")).isEqualTo("MX");
      assertThat(received.getString("contentSha256")).hasSize(64);
      jakarta.json.JsonObject verified =
          recent.stream()
              .filter(e -> "credential.verified".equals(e.getString("event", "")))
              .filter(e -> id.toString().equals(e.getString("id", "")))
              .findFirst()
              .orElseThrow();
      assertThat(verified.getString("received")).isEqualTo(id.toString());
      assertThat(verified.getBoolean("verified")).isFalse();
      assertThat(verified.getString("code")).isEqualTo("INVALID_SIGNATURE");
    }
  }

  static List<Hash> hashes(Response r) {
    return r.jsonPath().getList("path", String.class).stream()
        .map(b -> new Hash(Base64.getDecoder().decode(b)))
        .toList();
  }

  static void assertProblem(Response r, int status, String code) {
    assertThat(r.statusCode()).isEqualTo(status);
    assertThat(r.contentType()).startsWith("application/problem+json");
    if (code != null) {
      assertThat(r.jsonPath().getString("code")).isEqualTo(code);
    }
  }
}
