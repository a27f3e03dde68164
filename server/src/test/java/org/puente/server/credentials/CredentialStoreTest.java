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
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

class CredentialStoreTest extends NodeTestBase {
  @Autowired CredentialStore store;
  @Autowired JdbcClient jdbc;

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
