package org.puente.credentials.interop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.apicatalog.ld.signature.VerificationError;
import com.apicatalog.ld.signature.eddsa.EdDSASignature2022;
import com.apicatalog.multikey.MultiKey;
import com.apicatalog.vc.integrity.DataIntegrityProofDraft;
import com.apicatalog.vc.verifier.Verifier;
import jakarta.json.JsonObject;
import jakarta.json.spi.JsonProvider;
import java.net.URI;
import java.time.Instant;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.puente.credentials.CredentialException;
import org.puente.credentials.CredentialException.Code;
import org.puente.credentials.Credentials;
import org.puente.credentials.CredentialsVerificationTestAccess;
import org.puente.credentials.di.Cryptosuite;
import org.puente.credentials.jsonld.ContextLoader;
import org.puente.credentials.jsonld.JsonSupport;
import org.puente.credentials.keys.DidKey;
import org.puente.credentials.keys.KeyType;
import org.puente.credentials.keys.MultikeyPair;

/**
 * The second cross-check: Puente and iron-verifiable-credentials 0.14 (Filip Kolařík's Java stack
 * on titanium, with its own RDFC implementation, rdf-urdna) verify each other's eddsa-rdfc-2022
 * credentials in Puente's vocabulary (a disagreement on nested blank nodes is pinned below). iron
 * loads contexts only through Puente's strict offline {@link ContextLoader} (its bundled contexts
 * switched off) and resolves did:key offline; it runs on Puente's titanium 1.7 and parsson (see the
 * root pom's exclusions).
 */
class IronInteropTest {
  private static final String ASSERTION_METHOD = "https://w3id.org/security#assertionMethod";
  private static final String TAX_ID = "ANO980312QK7";
  private static final int IRON_SEED_FILL = 17;

  private final Credentials credentials = CredentialsVerificationTestAccess.credentials();

  @Test
  void puenteSigns_ironVerifies_andRejectsTampering() throws Exception {
    MultikeyPair key = CredentialsVerificationTestAccess.key(KeyType.ED25519, 13);
    JsonObject signed = credentials.issue(tradeParty(key), key, Cryptosuite.EDDSA_RDFC_2022);

    Verifier iron = ironVerifier();

    assertThat(ironVerifies(iron, signed)).isNull();
    assertThat(ironVerifies(iron, tampered(signed))).isInstanceOf(VerificationError.class);
  }

  /**
   * A known disagreement, kept visible: iron 0.14 canonicalises datasets where one blank node
   * points to another (the USMCA credential's nested subject, parties and addresses) differently
   * from rdf-canonize, so it refuses Puente's USMCA credential, which the digitalbazaar stack
   * verifies ({@link DigitalBazaarInteropTest}) and which Puente's RDFC-1.0 matches rdf-canonize on
   * ({@code Rdfc10Test}). When this test fails, iron agrees again: drop it.
   */
  @Test
  void puenteSignsUsmca_iron014Refuses_whileDigitalBazaarAccepts() throws Exception {
    MultikeyPair key = CredentialsVerificationTestAccess.key(KeyType.ED25519, 13);
    JsonObject signed =
        credentials.issue(
            CredentialsVerificationTestAccess.usmca(key), key, Cryptosuite.EDDSA_RDFC_2022);

    assertThat(ironVerifies(ironVerifier(), signed)).isInstanceOf(VerificationError.class);
    assertThat(credentials.verify(signed).report().firstFailure()).isEmpty();
  }

  @Test
  void ironSigns_puenteVerifies_andRejectsTampering() throws Throwable {
    MultikeyPair key = CredentialsVerificationTestAccess.key(KeyType.ED25519, IRON_SEED_FILL);
    JsonObject signed = ironSign(key, tradeParty(key));

    assertThat(signed.getJsonObject("proof").getString("cryptosuite")).isEqualTo("eddsa-rdfc-2022");
    assertThat(credentials.verify(signed).proof().method().publicKey()).isEqualTo(key.publicKey());
    assertThatThrownBy(() -> credentials.verify(tampered(signed)))
        .isInstanceOf(CredentialException.class)
        .extracting(e -> ((CredentialException) e).code())
        .isEqualTo(Code.INVALID_SIGNATURE);
  }

  private static Verifier ironVerifier() {
    return Verifier.with(new EdDSASignature2022())
        .loader(ContextLoader.bundled())
        .useBundledContexts(false);
  }

  /** null when iron verifies {@code signed}, else what it threw (its errors are Throwables). */
  private static Throwable ironVerifies(Verifier iron, JsonObject signed) {
    try {
      iron.verify(signed);
      return null;
    } catch (Throwable t) {
      return t;
    }
  }

  /** iron's issuer with the same Ed25519 key (the raw 32-byte seed and public key). */
  private static JsonObject ironSign(MultikeyPair key, JsonObject unsigned) throws Throwable {
    String method = DidKey.verificationMethodId(key.publicKey());
    MultiKey ironKey = new MultiKey();
    ironKey.setId(URI.create(method));
    ironKey.setController(URI.create(DidKey.did(key.publicKey())));
    ironKey.setAlgorithm("Ed25519");
    ironKey.setPublicKey(key.publicKey().publicKey());
    byte[] seed = new byte[32];
    Arrays.fill(seed, (byte) IRON_SEED_FILL);
    ironKey.setPrivateKey(seed);
    EdDSASignature2022 suite = new EdDSASignature2022();
    DataIntegrityProofDraft draft =
        suite.createDraft(URI.create(method), URI.create(ASSERTION_METHOD));
    draft.created(Instant.parse("2026-06-01T00:00:00Z"));
    return suite
        .createIssuer(ironKey)
        .loader(ContextLoader.bundled())
        .useBundledContexts(false)
        .sign(unsigned, draft)
        .compacted();
  }

  /**
   * A trade-party attestation in Puente's vocabulary (VC 2.0 + Puente contexts, typed values,
   * validity period) whose blank nodes do not point to each other: what iron 0.14 handles.
   */
  private static JsonObject tradeParty(MultikeyPair issuer) {
    JsonProvider json = JsonSupport.PROVIDER;
    return json.createObjectBuilder()
        .add(
            "@context",
            json.createArrayBuilder()
                .add("https://www.w3.org/ns/credentials/v2")
                .add("https://w3id.org/puente/v1"))
        .add("id", "urn:uuid:0b6c1e52-7d4f-4a8e-9f31-5c2a7e9d4b10")
        .add("type", json.createArrayBuilder().add("VerifiableCredential"))
        .add("issuer", DidKey.did(issuer.publicKey()))
        .add("validFrom", "2026-01-01T00:00:00Z")
        .add("validUntil", "2026-12-31T23:59:59Z")
        .add(
            "credentialSubject",
            json.createObjectBuilder()
                .add("id", "did:web:acerosdelnorte.example")
                .add("type", "TradeParty")
                .add("legalName", "Aceros del Norte S.A. de C.V.")
                .add("taxId", TAX_ID))
        .build();
  }

  private static JsonObject tampered(JsonObject signed) {
    JsonObject subject = signed.getJsonObject("credentialSubject");
    return JsonSupport.PROVIDER
        .createObjectBuilder(signed)
        .add(
            "credentialSubject",
            JsonSupport.PROVIDER
                .createObjectBuilder(subject)
                .add("taxId", TAX_ID.replace('9', '8')))
        .build();
  }
}
