package org.puente.credentials.status;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.puente.credentials.CredentialException;
import org.puente.credentials.CredentialException.Code;

class BitstringStatusCheckerTest {
  private static final String ISSUER = "did:web:mill.example";
  private static final String LIST_URL = "https://mill.example/status/1";

  private final MutableClock clock = new MutableClock(Instant.parse("2026-11-29T12:00:00Z"));
  private final StatusList revocations =
      StatusList.create(LIST_URL, StatusPurpose.REVOCATION, Bitstring.MIN_BITS);
  private final AtomicInteger fetches = new AtomicInteger();
  private final AtomicReference<Boolean> linkUp = new AtomicReference<>(true);

  private final StatusListSource source =
      url -> {
        fetches.incrementAndGet();
        if (!linkUp.get()) {
          throw new CredentialException(Code.STATUS_RETRIEVAL_ERROR, "link down to " + url);
        }
        // What a published list looks like after the issuer signed and the verifier checked it.
        return StatusListCredential.fromVerifiedCredential(
            new StatusListCredential(
                    LIST_URL, ISSUER, StatusPurpose.REVOCATION, revocations.bits(), null, null)
                .toUnsignedCredential());
      };

  private final BitstringStatusChecker checker =
      new BitstringStatusChecker(source, clock, Duration.ofMinutes(5), Duration.ofHours(4));

  @Test
  void check_unrevoked_returnsResultWithListAge() throws Exception {
    StatusListEntry entry = revocations.allocate(new Random(7));
    assertThat(checker.check(credential(entry)))
        .singleElement()
        .satisfies(
            r -> {
              assertThat(r.isSet()).isFalse();
              assertThat(r.listAge()).isEqualTo(Duration.ZERO);
            });
  }

  @Test
  void check_revoked_throwsRevoked() {
    StatusListEntry entry = revocations.allocate(new Random(7));
    revocations.set(entry.index());
    assertThatThrownBy(() -> checker.check(credential(entry)))
        .isInstanceOfSatisfying(
            CredentialException.class, e -> assertThat(e.code()).isEqualTo(Code.REVOKED));
  }

  @Test
  void check_suspendedThenReinstated_followsTheList() throws Exception {
    StatusList suspensions =
        StatusList.create(LIST_URL, StatusPurpose.SUSPENSION, Bitstring.MIN_BITS);
    StatusListSource suspensionSource =
        url ->
            StatusListCredential.fromVerifiedCredential(
                new StatusListCredential(
                        url, ISSUER, StatusPurpose.SUSPENSION, suspensions.bits(), null, null)
                    .toUnsignedCredential());
    BitstringStatusChecker noCache =
        new BitstringStatusChecker(suspensionSource, clock, Duration.ZERO, Duration.ZERO);
    StatusListEntry entry = suspensions.allocate(new Random(3));
    suspensions.set(entry.index());
    assertThatThrownBy(() -> noCache.check(credential(entry)))
        .isInstanceOfSatisfying(
            CredentialException.class, e -> assertThat(e.code()).isEqualTo(Code.SUSPENDED));
    suspensions.clear(entry.index());
    assertThat(noCache.check(credential(entry))).hasSize(1);
  }

  @Test
  void check_withinRefreshWindow_usesCacheWithoutFetching() throws Exception {
    StatusListEntry entry = revocations.allocate(new Random(1));
    checker.check(credential(entry));
    clock.advance(Duration.ofMinutes(4));
    assertThat(checker.check(credential(entry)).get(0).listAge()).isEqualTo(Duration.ofMinutes(4));
    assertThat(fetches).hasValue(1);
  }

  @Test
  void check_linkDownWithinMaxStaleness_usesCachedCopyAndReportsAge() throws Exception {
    StatusListEntry entry = revocations.allocate(new Random(1));
    checker.check(credential(entry));
    linkUp.set(false);
    clock.advance(Duration.ofHours(3));
    assertThat(checker.check(credential(entry)).get(0).listAge()).isEqualTo(Duration.ofHours(3));
  }

  @Test
  void check_linkDownBeyondMaxStaleness_isStale() throws Exception {
    StatusListEntry entry = revocations.allocate(new Random(1));
    checker.check(credential(entry));
    linkUp.set(false);
    clock.advance(Duration.ofHours(5));
    assertThatThrownBy(() -> checker.check(credential(entry)))
        .isInstanceOfSatisfying(
            CredentialException.class, e -> assertThat(e.code()).isEqualTo(Code.STATUS_STALE));
  }

  @Test
  void check_noCachedCopyAndLinkDown_isRetrievalError() {
    StatusListEntry entry = revocations.allocate(new Random(1));
    linkUp.set(false);
    assertThatThrownBy(() -> checker.check(credential(entry)))
        .isInstanceOfSatisfying(
            CredentialException.class,
            e -> assertThat(e.code()).isEqualTo(Code.STATUS_RETRIEVAL_ERROR));
  }

  @Test
  void check_listFromAnotherIssuer_isVerificationError() {
    StatusListEntry entry = revocations.allocate(new Random(1));
    JsonObject vc =
        Json.createObjectBuilder(credential(entry)).add("issuer", "did:web:other.example").build();
    assertThatThrownBy(() -> checker.check(vc))
        .isInstanceOfSatisfying(
            CredentialException.class,
            e -> assertThat(e.code()).isEqualTo(Code.STATUS_VERIFICATION_ERROR));
  }

  @Test
  void check_indexBeyondList_isLengthError() {
    StatusListEntry entry =
        new StatusListEntry(null, StatusPurpose.REVOCATION, Bitstring.MIN_BITS, LIST_URL, 1);
    assertThatThrownBy(() -> checker.check(credential(entry)))
        .isInstanceOfSatisfying(
            CredentialException.class,
            e -> assertThat(e.code()).isEqualTo(Code.STATUS_LIST_LENGTH_ERROR));
  }

  @Test
  void allocate_manyEntries_neverRepeatsAnIndex() {
    Set<Integer> seen = new HashSet<>();
    Random random = new Random(42);
    for (int i = 0; i < 10_000; i++) {
      assertThat(seen.add(revocations.allocate(random).index())).isTrue();
    }
    assertThat(revocations.used()).isEqualTo(10_000);
  }

  @Test
  void clear_revocation_isRefusedBecausePermanent() {
    StatusListEntry entry = revocations.allocate(new Random(1));
    revocations.set(entry.index());
    assertThatThrownBy(() -> revocations.clear(entry.index()))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("permanent");
  }

  @Test
  void fromJson_entryRoundTrip_andMalformedIndexRefused() throws Exception {
    StatusListEntry entry = revocations.allocate(new Random(9));
    assertThat(StatusListEntry.fromJson(entry.toJson())).isEqualTo(entry);
    JsonObject bad = Json.createObjectBuilder(entry.toJson()).add("statusListIndex", "-3").build();
    assertThatThrownBy(() -> StatusListEntry.fromJson(bad))
        .isInstanceOfSatisfying(
            CredentialException.class, e -> assertThat(e.code()).isEqualTo(Code.MALFORMED_INPUT));
  }

  private static JsonObject credential(StatusListEntry entry) {
    return Json.createObjectBuilder()
        .add("@context", Json.createArrayBuilder().add("https://www.w3.org/ns/credentials/v2"))
        .add("type", Json.createArrayBuilder().add("VerifiableCredential"))
        .add("issuer", ISSUER)
        .add("credentialSubject", Json.createObjectBuilder().add("id", "did:example:coil"))
        .add("credentialStatus", entry.toJson())
        .build();
  }

  private static final class MutableClock extends Clock {
    private Instant now;

    MutableClock(Instant now) {
      this.now = now;
    }

    void advance(Duration d) {
      now = now.plus(d);
    }

    @Override
    public ZoneOffset getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(java.time.ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return now;
    }
  }
}
