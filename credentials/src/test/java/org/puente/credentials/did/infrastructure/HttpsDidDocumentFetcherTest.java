package org.puente.credentials.did.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.puente.credentials.CredentialException;
import org.puente.credentials.CredentialException.Code;
import org.puente.credentials.did.DidDocumentResolver;
import org.puente.credentials.did.DidWebResolver;
import org.puente.credentials.keys.KeyType;
import org.puente.credentials.keys.Multikey;
import org.puente.credentials.keys.MultikeyPair;

/** did:web resolution over a real local HTTPS server with a self-signed certificate. */
class HttpsDidDocumentFetcherTest {
  /** Long enough for a TLS handshake on a busy 2-core machine; only the slow case times out. */
  private static final Duration GENEROUS = Duration.ofSeconds(20);

  private static LocalHttpsServer server;
  private static MultikeyPair key;
  private static String did;

  @BeforeAll
  static void start() throws Exception {
    server = new LocalHttpsServer();
    did = "did:web:" + server.didAuthority();
    key =
        MultikeyPair.generate(KeyType.ED25519, new SecureRandom())
            .withVerificationMethod(did + "#k1");
    server.serve("/.well-known/did.json", document(did, key.publicKey()), Duration.ZERO);
    server.serve("/slow/did.json", document(did + ":slow", key.publicKey()), Duration.ofSeconds(3));
    server.serve("/big/did.json", new byte[200_000], Duration.ZERO);
    server.serve(
        "/other/did.json", document("did:web:example.com", key.publicKey()), Duration.ZERO);
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  private static byte[] document(String id, Multikey pub) {
    JsonObject doc =
        Json.createObjectBuilder()
            .add("id", id)
            .add(
                "verificationMethod",
                Json.createArrayBuilder()
                    .add(
                        Json.createObjectBuilder()
                            .add("id", id + "#k1")
                            .add("type", "Multikey")
                            .add("controller", id)
                            .add("publicKeyMultibase", pub.toMultibase())))
            .add("assertionMethod", Json.createArrayBuilder().add("#k1"))
            .build();
    return doc.toString().getBytes(StandardCharsets.UTF_8);
  }

  private static DidWebResolver resolver(Clock clock, Duration readTimeout, boolean allow) {
    DidWebResolver.Builder builder =
        DidWebResolver.builder(clock)
            .fetcher(new HttpsDidDocumentFetcher(GENEROUS, readTimeout, server.clientContext()))
            .maxDocumentBytes(16 * 1024)
            .cacheTtl(Duration.ofMinutes(5));
    if (allow) {
      builder.allowHost(server.authority());
    }
    return builder.build();
  }

  @Test
  void verificationMethod_allowListedHostOverHttps_returnsKeyAndCachesForTtl() throws Exception {
    MutableClock clock = new MutableClock(Instant.parse("2026-01-01T00:00:00Z"));
    DidWebResolver resolver = resolver(clock, GENEROUS, true);
    int before = server.hits.get();

    Multikey found = resolver.verificationMethod(did + "#k1", DidDocumentResolver.ASSERTION_METHOD);
    resolver.resolve(did);
    clock.advance(Duration.ofMinutes(4));
    resolver.resolve(did);
    int afterCachedReads = server.hits.get();
    clock.advance(Duration.ofMinutes(2));
    resolver.resolve(did);

    assertThat(found).isEqualTo(key.publicKey());
    assertThat(afterCachedReads - before).isEqualTo(1);
    assertThat(server.hits.get() - before).isEqualTo(2);
  }

  @Test
  void resolve_hostNotAllowListed_refusedWithoutFetching() {
    DidWebResolver resolver = resolver(Clock.systemUTC(), GENEROUS, false);
    int before = server.hits.get();

    assertThatThrownBy(() -> resolver.resolve(did))
        .isInstanceOfSatisfying(
            CredentialException.class,
            e -> assertThat(e.code()).isEqualTo(Code.DID_HOST_NOT_ALLOWED));
    assertThat(server.hits.get()).isEqualTo(before);
  }

  @Test
  void resolve_slowServer_timesOut() {
    DidWebResolver resolver = resolver(Clock.systemUTC(), Duration.ofMillis(300), true);

    assertThatThrownBy(() -> resolver.resolve(did + ":slow"))
        .isInstanceOfSatisfying(
            CredentialException.class,
            e -> assertThat(e.code()).isEqualTo(Code.DID_RESOLUTION_TIMEOUT));
  }

  @Test
  void resolve_oversizeDocument_refused() {
    DidWebResolver resolver = resolver(Clock.systemUTC(), GENEROUS, true);

    assertThatThrownBy(() -> resolver.resolve(did + ":big"))
        .isInstanceOfSatisfying(
            CredentialException.class, e -> assertThat(e.code()).isEqualTo(Code.INPUT_TOO_LARGE));
  }

  @Test
  void resolve_documentForAnotherDid_refused() {
    DidWebResolver resolver = resolver(Clock.systemUTC(), GENEROUS, true);

    assertThatThrownBy(() -> resolver.resolve(did + ":other"))
        .isInstanceOfSatisfying(
            CredentialException.class,
            e -> assertThat(e.code()).isEqualTo(Code.DID_RESOLUTION_FAILED));
  }

  @Test
  void fetch_untrustedCertificate_fails() {
    HttpsDidDocumentFetcher defaultTrust = new HttpsDidDocumentFetcher(GENEROUS, GENEROUS);

    assertThatThrownBy(
            () ->
                defaultTrust.fetch(
                    java.net.URI.create("https://" + server.authority() + "/.well-known/did.json"),
                    1024))
        .isInstanceOfSatisfying(
            CredentialException.class,
            e -> assertThat(e.code()).isEqualTo(Code.DID_RESOLUTION_FAILED));
  }

  /** A clock the test moves forward. */
  static final class MutableClock extends Clock {
    private Instant now;

    MutableClock(Instant start) {
      this.now = start;
    }

    void advance(Duration by) {
      now = now.plus(by);
    }

    @Override
    public java.time.ZoneId getZone() {
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
