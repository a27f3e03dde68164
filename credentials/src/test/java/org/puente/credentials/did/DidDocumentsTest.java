package org.puente.credentials.did;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.security.SecureRandom;
import java.time.Clock;
import org.junit.jupiter.api.Test;
import org.puente.credentials.CredentialException;
import org.puente.credentials.CredentialException.Code;
import org.puente.credentials.keys.DidKey;
import org.puente.credentials.keys.KeyType;
import org.puente.credentials.keys.Multikey;
import org.puente.credentials.keys.MultikeyPair;

class DidDocumentsTest {
  private static final String DID = "did:web:aduana.example";
  private final Multikey ed =
      MultikeyPair.generate(KeyType.ED25519, new SecureRandom()).publicKey();
  private final Multikey p256 = MultikeyPair.generate(KeyType.P256, new SecureRandom()).publicKey();

  private JsonObject document() {
    return Json.createObjectBuilder()
        .add("id", DID)
        .add(
            "verificationMethod",
            Json.createArrayBuilder()
                .add(
                    Json.createObjectBuilder()
                        .add("id", DID + "#multikey")
                        .add("type", "Multikey")
                        .add("controller", DID)
                        .add("publicKeyMultibase", ed.toMultibase()))
                .add(
                    Json.createObjectBuilder()
                        .add("id", "#jwk")
                        .add("type", "JsonWebKey")
                        .add("controller", DID)
                        .add("publicKeyJwk", Json.createObjectBuilder(p256.toJwk()))))
        .add("assertionMethod", Json.createArrayBuilder().add("#multikey").add(DID + "#jwk"))
        .add("authentication", Json.createArrayBuilder().add("#multikey"))
        .build();
  }

  @Test
  void verificationMethod_multikeyByRelativeReference_found() throws Exception {
    assertThat(DidDocuments.verificationMethod(document(), DID + "#multikey", "assertionMethod"))
        .isEqualTo(ed);
  }

  @Test
  void verificationMethod_jsonWebKey_found() throws Exception {
    assertThat(DidDocuments.verificationMethod(document(), DID + "#jwk", "assertionMethod"))
        .isEqualTo(p256);
  }

  @Test
  void verificationMethod_notUnderRelationship_refused() {
    assertThatThrownBy(
            () -> DidDocuments.verificationMethod(document(), DID + "#jwk", "authentication"))
        .isInstanceOfSatisfying(
            CredentialException.class,
            e -> assertThat(e.code()).isEqualTo(Code.VERIFICATION_RELATIONSHIP_MISSING));
  }

  @Test
  void verificationMethod_unknownMethod_refused() {
    assertThatThrownBy(
            () -> DidDocuments.verificationMethod(document(), DID + "#nope", "assertionMethod"))
        .isInstanceOfSatisfying(
            CredentialException.class,
            e -> assertThat(e.code()).isEqualTo(Code.DID_RESOLUTION_FAILED));
  }

  @Test
  void trustDirectory_readsDocumentsAndRefusesOthers(
      @org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
    java.nio.file.Files.writeString(dir.resolve("aduana.json"), document().toString());
    DidWebResolver resolver = DidWebResolver.builder(Clock.systemUTC()).trustDirectory(dir).build();

    assertThat(resolver.verificationMethod(DID + "#jwk", "assertionMethod")).isEqualTo(p256);

    java.nio.file.Files.writeString(dir.resolve("bad.json"), "{\"id\":\"did:key:z6Mk\"}");
    assertThatThrownBy(() -> DidWebResolver.builder(Clock.systemUTC()).trustDirectory(dir))
        .isInstanceOfSatisfying(
            CredentialException.class, e -> assertThat(e.code()).isEqualTo(Code.MALFORMED_INPUT));
  }

  @Test
  void keyAndWebResolver_registryFirstAndDidKeyOffline() throws Exception {
    DidDocumentResolver resolver =
        new KeyAndWebDidResolver(
            DidWebResolver.builder(Clock.systemUTC()).trust(document()).build());

    assertThat(resolver.verificationMethod(DID + "#multikey", DidDocumentResolver.ASSERTION_METHOD))
        .isEqualTo(ed);
    assertThat(resolver.verificationMethod(DidKey.verificationMethodId(p256), "assertionMethod"))
        .isEqualTo(p256);
    assertThat(resolver.resolve(DidKey.did(p256)).getString("id")).isEqualTo(DidKey.did(p256));
    assertThatThrownBy(() -> resolver.resolve("did:example:123"))
        .isInstanceOfSatisfying(
            CredentialException.class,
            e -> assertThat(e.code()).isEqualTo(Code.UNSUPPORTED_DID_METHOD));
    assertThatThrownBy(() -> resolver.resolve("did:web:unknown.example"))
        .isInstanceOfSatisfying(
            CredentialException.class,
            e -> assertThat(e.code()).isEqualTo(Code.DID_HOST_NOT_ALLOWED));
  }
}
