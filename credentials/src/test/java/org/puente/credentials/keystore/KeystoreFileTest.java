package org.puente.credentials.keystore;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.Set;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.puente.credentials.CredentialException;
import org.puente.credentials.CredentialException.Code;
import org.puente.credentials.did.DidWebResolver;
import org.puente.credentials.did.KeyAndWebDidResolver;
import org.puente.credentials.jose.PayloadValidator;
import org.puente.credentials.jose.SampleCredentials;
import org.puente.credentials.jose.VcJwt;
import org.puente.credentials.jose.VcJwtVerifier;
import org.puente.credentials.keys.KeyType;

class KeystoreFileTest {
  private static final SecureRandom RANDOM = new SecureRandom();
  private static final KdfParams FAST = new KdfParams(10, 8, 1);
  private static final String DID = "did:web:mill.example";
  private static final char[] PASS = "correct horse battery staple".toCharArray();
  private static final Instant T0 = Instant.parse("2026-02-01T00:00:00Z");

  @TempDir Path dir;

  private static Keystore twoKeys() {
    Clock clock = Clock.fixed(T0, ZoneOffset.UTC);
    return Keystore.empty()
        .rotate(DID, KeyType.ED25519, RANDOM, clock)
        .rotate("did:web:broker.example", KeyType.P256, RANDOM, clock);
  }

  @Test
  void writeThenRead_sameKeysAndOwnerOnlyFile() throws Exception {
    Keystore keystore = twoKeys();
    Path file = dir.resolve("puente.keystore");

    KeystoreFile.write(file, keystore, PASS, FAST, RANDOM);
    Keystore back = KeystoreFile.read(file, PASS);

    assertThat(back.entries()).hasSize(2);
    for (int i = 0; i < 2; i++) {
      assertThat(back.entries().get(i).key().toKeyFile())
          .isEqualTo(keystore.entries().get(i).key().toKeyFile());
      assertThat(back.entries().get(i).name()).isEqualTo(keystore.entries().get(i).name());
    }
    assertThat(Files.getPosixFilePermissions(file))
        .containsExactlyInAnyOrder(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE);
    assertThat(Files.readString(file))
        .doesNotContain(back.entries().get(0).key().secretKeyMultibase());
    try (var listing = Files.list(dir)) {
      assertThat(listing).containsExactly(file);
    }
  }

  @Test
  void open_wrongPassphrase_coded() {
    byte[] sealed = KeystoreFile.seal(twoKeys(), PASS, FAST, RANDOM);

    assertCode(
        () -> KeystoreFile.open(sealed, "wrong".toCharArray()), Code.KEYSTORE_WRONG_PASSPHRASE);
  }

  @Test
  void open_ciphertextByteFlipped_tampered() {
    JsonObject file = parse(KeystoreFile.seal(twoKeys(), PASS, FAST, RANDOM));
    byte[] ciphertext = Base64.getUrlDecoder().decode(file.getString("ciphertext"));
    ciphertext[ciphertext.length / 2] ^= 1;
    byte[] tampered =
        bytes(
            Json.createObjectBuilder(file)
                .add(
                    "ciphertext",
                    Base64.getUrlEncoder().withoutPadding().encodeToString(ciphertext))
                .build());

    assertCode(() -> KeystoreFile.open(tampered, PASS), Code.KEYSTORE_TAMPERED);
  }

  @Test
  void open_nonceReplaced_tampered() {
    JsonObject file = parse(KeystoreFile.seal(twoKeys(), PASS, FAST, RANDOM));
    JsonObject cipher =
        Json.createObjectBuilder(file.getJsonObject("cipher"))
            .add("iv", "AAAAAAAAAAAAAAAA")
            .build();
    byte[] tampered = bytes(Json.createObjectBuilder(file).add("cipher", cipher).build());

    assertCode(() -> KeystoreFile.open(tampered, PASS), Code.KEYSTORE_TAMPERED);
  }

  @Test
  void open_unknownVersionOrGarbage_malformed() {
    JsonObject file = parse(KeystoreFile.seal(twoKeys(), PASS, FAST, RANDOM));

    assertCode(
        () ->
            KeystoreFile.open(
                bytes(Json.createObjectBuilder(file).add("version", 2).build()), PASS),
        Code.MALFORMED_INPUT);
    assertCode(
        () -> KeystoreFile.open("not json".getBytes(StandardCharsets.UTF_8), PASS),
        Code.MALFORMED_INPUT);
  }

  @Test
  void open_excessiveScryptCost_refusedBeforeDeriving() {
    JsonObject file = parse(KeystoreFile.seal(twoKeys(), PASS, FAST, RANDOM));
    JsonObject kdf = Json.createObjectBuilder(file.getJsonObject("kdf")).add("logN", 30).build();

    assertCode(
        () ->
            KeystoreFile.open(bytes(Json.createObjectBuilder(file).add("kdf", kdf).build()), PASS),
        Code.MALFORMED_INPUT);
  }

  @Test
  void rotation_oldSignaturesStillVerify_newSignaturesUseNewKey() throws Exception {
    Clock clock = Clock.fixed(T0, ZoneOffset.UTC);
    Keystore before = Keystore.empty().rotate(DID, KeyType.ED25519, RANDOM, clock);
    String oldJwt =
        VcJwt.signCredential(SampleCredentials.usmcaCertificate(DID, 2), before.currentSigner(DID));
    Keystore after =
        before.rotate(DID, KeyType.P256, RANDOM, Clock.offset(clock, Duration.ofDays(30)));
    Path file = dir.resolve("rotated.keystore");
    KeystoreFile.write(file, after, PASS, FAST, RANDOM);
    Keystore loaded = KeystoreFile.read(file, PASS);
    String newJwt =
        VcJwt.signCredential(SampleCredentials.usmcaCertificate(DID, 2), loaded.currentSigner(DID));
    JsonObject document = loaded.didDocument(DID);
    VcJwtVerifier verifier =
        new VcJwtVerifier(
            new KeyAndWebDidResolver(DidWebResolver.builder(clock).trust(document).build()),
            Clock.fixed(Instant.parse("2026-06-01T00:00:00Z"), ZoneOffset.UTC),
            PayloadValidator.NONE,
            Duration.ZERO);

    assertThat(verifier.verifyCredential(oldJwt).keyId()).isEqualTo(DID + "#key-1");
    assertThat(verifier.verifyCredential(newJwt).keyId()).isEqualTo(DID + "#key-2");
    assertThat(loaded.entry(DID + "#key-1").status()).isEqualTo(KeyEntry.Status.RETIRED);
    assertThat(loaded.entry(DID + "#key-1").retired()).isEqualTo(T0.plus(Duration.ofDays(30)));
    assertThat(document.getJsonArray("assertionMethod").getString(0)).isEqualTo(DID + "#key-2");
    assertThat(document.getJsonArray("authentication")).hasSize(1);
    assertThat(document.getJsonArray("verificationMethod")).hasSize(2);
  }

  @Test
  void currentSigner_unknownDid_keyNotFound() {
    assertCode(() -> twoKeys().currentSigner("did:web:nobody.example"), Code.KEY_NOT_FOUND);
    assertCode(() -> twoKeys().entry("nope"), Code.KEY_NOT_FOUND);
  }

  @Test
  void add_duplicateName_refused() {
    Keystore keystore = twoKeys();
    var existing = keystore.entries().get(0);

    assertThatThrownBy(() -> keystore.add(existing.name(), existing.key(), Clock.systemUTC()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(existing.name());
    assertThat(Set.of(keystore.entries().get(0).name(), keystore.entries().get(1).name()))
        .containsExactlyInAnyOrder(DID + "#key-1", "did:web:broker.example#key-1");
  }

  private static JsonObject parse(byte[] bytes) {
    return Json.createReader(new java.io.ByteArrayInputStream(bytes)).readObject();
  }

  private static byte[] bytes(JsonObject json) {
    return json.toString().getBytes(StandardCharsets.UTF_8);
  }

  private static void assertCode(ThrowingCallable call, Code code) {
    assertThatThrownBy(call)
        .isInstanceOfSatisfying(
            CredentialException.class, e -> assertThat(e.code()).isEqualTo(code));
  }
}
