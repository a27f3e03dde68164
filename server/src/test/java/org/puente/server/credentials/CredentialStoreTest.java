package org.puente.server.credentials;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.restassured.response.Response;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.puente.server.NodeTestBase;
import org.puente.server.auth.Role;
import org.puente.server.node.Jurisdiction;
import org.puente.server.store.GroupCommit;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

class CredentialStoreTest extends NodeTestBase {
  @Autowired CredentialStore store;
  @Autowired JdbcClient jdbc;
  @Autowired GroupCommit commits;

  private IssuedCredential credential(String id, Jurisdiction j, Optional<StatusListEntry> status) {
    return new IssuedCredential(
        id,
        "MillTestReportCredential",
        DID,
        Optional.of("did:web:aceros.example"),
        j,
        CredentialFormat.DATA_INTEGRITY,
        "{\"id\":\"" + id + "\"}",
        status,
        Instant.now(),
        "issuer-admin-US");
  }

  @Test
  void issue_allocatesEveryStatusIndexOnce_andAFullListRollsBackTheWholeIssue() {
    String list = "urn:uuid:" + UUID.randomUUID();
    store.createStatusList(list, "revocation", 2);
    String a = "urn:uuid:" + UUID.randomUUID();
    String b = "urn:uuid:" + UUID.randomUUID();
    String c = "urn:uuid:" + UUID.randomUUID();
    int first =
        store
            .issue(Optional.of(list), s -> credential(a, Jurisdiction.US, s))
            .status()
            .orElseThrow()
            .index();
    int second =
        store
            .issue(Optional.of(list), s -> credential(b, Jurisdiction.US, s))
            .status()
            .orElseThrow()
            .index();
    assertThat(List.of(first, second)).containsExactlyInAnyOrder(0, 1);
    assertThatThrownBy(() -> store.issue(Optional.of(list), s -> credential(c, Jurisdiction.US, s)))
        .hasMessageContaining("is full");
    assertThat(store.findIssued(c)).isEmpty();

    store.setStatus(new StatusListEntry(list, 1), true, "issuer-admin-US");
    assertThat(store.statusBits(list).stream().boxed().toList()).containsExactly(1);
    store.setStatus(new StatusListEntry(list, 1), false, "issuer-admin-US");
    assertThat(store.statusBits(list).isEmpty()).isTrue();
  }

  @Test
  void statusIndexes_areScatteredOverTheList_notHandedOutInOrder() {
    String list = "urn:uuid:" + UUID.randomUUID();
    store.createStatusList(list, "revocation", 131_072);
    List<Integer> indexes = new java.util.ArrayList<>();
    for (int i = 0; i < 40; i++) {
      String id = "urn:uuid:" + UUID.randomUUID();
      indexes.add(
          store
              .issue(Optional.of(list), s -> credential(id, Jurisdiction.US, s))
              .status()
              .orElseThrow()
              .index());
    }
    assertThat(indexes).doesNotHaveDuplicates().allMatch(i -> i >= 0 && i < 131_072);
    // In order they would all be below 40; scattered, nearly all are far above.
    assertThat(indexes.stream().filter(i -> i >= 40).count()).isGreaterThan(35);
    // Another list, another secret: another order.
    String other = "urn:uuid:" + UUID.randomUUID();
    store.createStatusList(other, "revocation", 131_072);
    String id = "urn:uuid:" + UUID.randomUUID();
    int firstOfOther =
        store
            .issue(Optional.of(other), s -> credential(id, Jurisdiction.US, s))
            .status()
            .orElseThrow()
            .index();
    assertThat(firstOfOther).isNotEqualTo(indexes.get(0));
  }

  @Test
  void issuedCredential_readableInItsJurisdictionOnly_andEveryReadIsRecorded() {
    String us = "urn:uuid:" + UUID.randomUUID();
    String mx = "urn:uuid:" + UUID.randomUUID();
    store.issue(Optional.empty(), s -> credential(us, Jurisdiction.US, s));
    store.issue(Optional.empty(), s -> credential(mx, Jurisdiction.MX, s));

    Response own = as(Role.OFFICER, Jurisdiction.US).get("/api/v1/credentials/issued/" + us);
    assertThat(own.statusCode()).isEqualTo(200);
    assertThat(own.jsonPath().getString("content")).contains(us);

    Response other = as(Role.OFFICER, Jurisdiction.US).get("/api/v1/credentials/issued/" + mx);
    assertThat(other.statusCode()).isEqualTo(403);
    assertThat(other.jsonPath().getString("code")).isEqualTo("jurisdiction-mismatch");

    List<String> listed =
        as(Role.AUDITOR, Jurisdiction.US)
            .get("/api/v1/credentials/issued?limit=1000")
            .jsonPath()
            .getList("id");
    assertThat(listed).contains(us).doesNotContain(mx);

    Long recorded =
        jdbc.sql(
                "SELECT count(*) FROM access_record WHERE path = ? AND subject = ? AND rule_id = ? AND port = ?")
            .params(
                "/api/v1/credentials/issued/" + mx, "officer-US", "credentials.issued.get", "2304")
            .query(Long.class)
            .single();
    assertThat(recorded).isEqualTo(1);
    List<String> paths =
        as(Role.AUDITOR, Jurisdiction.US)
            .get("/api/v1/access-records?limit=1000")
            .jsonPath()
            .getList("path");
    assertThat(paths)
        .contains("/api/v1/credentials/issued/" + us, "/api/v1/credentials/issued/" + mx);
  }

  @Test
  void received_withReports_roundTripsThroughTheApi() {
    UUID id = UUID.randomUUID();
    Instant now = Instant.now();
    store.receive(
        new ReceivedCredential(
            id,
            Optional.of("urn:uuid:doda-1"),
            "DodaCredential",
            "did:web:agente.example",
            Jurisdiction.US,
            CredentialFormat.VC_JOSE,
            "a.b.c",
            "did:web:anam.example",
            now),
        new VerificationReport(
            UUID.randomUUID(),
            id,
            true,
            false,
            Optional.of("untrusted-issuer"),
            "{\"checks\":[]}",
            now));
    Response r = as(Role.BROKER, Jurisdiction.US).get("/api/v1/credentials/received/" + id);
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.jsonPath().getBoolean("reports[0].verified")).isTrue();
    assertThat(r.jsonPath().getBoolean("reports[0].trusted")).isFalse();
    assertThat(r.jsonPath().getString("reports[0].code")).isEqualTo("untrusted-issuer");
  }

  @Test
  void sameCredentialReceivedAgain_isKeptOnce_withEachReceiptAndReport() {
    String content = "{\"id\":\"urn:uuid:" + UUID.randomUUID() + "\"}";
    UUID first = UUID.randomUUID();
    UUID second = UUID.randomUUID();
    UUID third = UUID.randomUUID();
    store.receive(received(first, content), report(first));
    // Two receipts of it in one transaction: one multi-row INSERT holds the content twice.
    List<GroupCommit.Op> writes;
    try (GroupCommit.Deferral d = commits.defer()) {
      store.receive(received(second, content), report(second));
      store.receive(received(third, content), report(third));
      writes = d.writes();
    }
    commits.write(writes);

    assertThat(
            jdbc.sql("SELECT count(*) FROM credential_content WHERE sha256 = ?")
                .param(CredentialStore.sha256(content))
                .query(Long.class)
                .single())
        .isEqualTo(1);
    for (UUID id : List.of(first, second, third)) {
      assertThat(store.findReceived(id)).map(ReceivedCredential::content).contains(content);
      assertThat(store.reports(id)).hasSize(1);
    }
    assertThat(store.listReceived(Jurisdiction.MX, Optional.of("CartaPorteCredential"), 1000))
        .extracting(ReceivedCredential::id)
        .contains(first, second, third);
  }

  @Test
  void receipt_withoutItsContent_isRefusedByTheDatabase() {
    assertThatThrownBy(
            () ->
                jdbc.sql(
                        "INSERT INTO received_credential (id, credential_type, issuer_did,"
                            + " jurisdiction, format, received_from, received_at, content_sha256)"
                            + " VALUES (?, 'X', 'did:web:x', 'US', 'VC_JOSE', 'me', now(), ?)")
                    .params(UUID.randomUUID(), "0".repeat(64))
                    .update())
        .hasMessageContaining("received_credential_content");
  }

  private static ReceivedCredential received(UUID id, String content) {
    return new ReceivedCredential(
        id,
        Optional.of("urn:uuid:carta-porte-1"),
        "CartaPorteCredential",
        "did:web:transportes.example",
        Jurisdiction.MX,
        CredentialFormat.DATA_INTEGRITY,
        content,
        "did:web:anam.example",
        Instant.now());
  }

  private static VerificationReport report(UUID receivedId) {
    return new VerificationReport(
        UUID.randomUUID(),
        receivedId,
        true,
        true,
        Optional.empty(),
        "{\"checks\":[]}",
        Instant.now());
  }

  @Test
  void negativeReport_withoutCode_isRefused() {
    assertThatThrownBy(
            () ->
                new VerificationReport(
                    UUID.randomUUID(),
                    UUID.randomUUID(),
                    false,
                    true,
                    Optional.empty(),
                    "{}",
                    Instant.now()))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
