package org.puente.credentials.keys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.json.Json;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.KeyFactory;
import java.security.SecureRandom;
import java.security.Signature;
import java.security.spec.EdECPoint;
import java.security.spec.EdECPublicKeySpec;
import java.security.spec.NamedParameterSpec;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.puente.credentials.CredentialException;
import org.puente.credentials.CredentialException.Code;

class MultikeyTest {
  private static final SecureRandom RANDOM = new SecureRandom();

  @Test
  void fromKeyFile_w3cEddsaVectorKey_derivesPublishedPublicKey() throws Exception {
    // vc-di-eddsa TestVectors/keyPair.json (the file names the secret 'privateKeyMultibase').
    MultikeyPair pair =
        MultikeyPair.fromKeyFile(
            Json.createObjectBuilder()
                .add("secretKeyMultibase", "z3u2en7t5LR2WtQH5PfFqMqwVHBeXouLzo6haApm8XHqvjxq")
                .add("publicKeyMultibase", "z6MkrJVnaZkeFzdQyMZu1cgjg7k1pZZ6pvBQ7XJPt4swbTQ2")
                .build());
    assertThat(pair.publicKey().toMultibase())
        .isEqualTo("z6MkrJVnaZkeFzdQyMZu1cgjg7k1pZZ6pvBQ7XJPt4swbTQ2");
    assertThat(pair.verificationMethod())
        .isEqualTo(
            "did:key:z6MkrJVnaZkeFzdQyMZu1cgjg7k1pZZ6pvBQ7XJPt4swbTQ2"
                + "#z6MkrJVnaZkeFzdQyMZu1cgjg7k1pZZ6pvBQ7XJPt4swbTQ2");
  }

  @Test
  void fromKeyFile_w3cEcdsaVectorKeys_deriveTheirPublicKeys() throws Exception {
    String[][] vectors = {
      {
        "z42twTcNeSYcnqg1FLuSFs2bsGH3ZqbRHFmvS9XMsYhjxvHN",
        "zDnaepBuvsQ8cpsWrVKw8fbpGpvPeNSjVPTWoq6cRqaYzBKVP"
      },
      {
        "z2fanyY7zgwNpZGxX5fXXibvScNaUWNprHU9dKx7qpVj7mws9J8LLt4mDB5TyH2GLHWkUc",
        "z82LkuBieyGShVBhvtE2zoiD6Kma4tJGFtkAhxR5pfkp5QPw4LutoYWhvQCnGjdVn14kujQ"
      }
    };
    for (String[] v : vectors) {
      MultikeyPair pair =
          MultikeyPair.fromKeyFile(
              Json.createObjectBuilder().add("secretKeyMultibase", v[0]).build());
      assertThat(pair.publicKey().toMultibase()).isEqualTo(v[1]);
    }
  }

  @Test
  void sign_rfc8032Test1_matchesPublishedSignature() {
    // RFC 8032 §7.1 TEST 1: empty message.
    HexFormat hex = HexFormat.of();
    MultikeyPair pair =
        MultikeyPair.fromSecret(
            KeyType.ED25519,
            hex.parseHex("9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60"),
            null);
    assertThat(hex.formatHex(pair.publicKey().publicKey()))
        .isEqualTo("d75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a");
    assertThat(hex.formatHex(pair.sign(new byte[0])))
        .isEqualTo(
            "e5564300c360ac729086e2cc806e828a84877f1eb8e5d974d873e06522490155"
                + "5fb8821590a33bacc61e39701cf9b46bd25bf5f0595bbe24655141438e7a100b");
  }

  @Test
  void verify_ed25519Signature_acceptedByJdkOracle() throws Exception {
    MultikeyPair pair = MultikeyPair.generate(KeyType.ED25519, RANDOM);
    byte[] data = "consignment".getBytes(StandardCharsets.UTF_8);
    byte[] sig = pair.sign(data);
    Signature jdk = Signature.getInstance("Ed25519");
    jdk.initVerify(jdkEd25519(pair.publicKey().publicKey()));
    jdk.update(data);
    assertThat(jdk.verify(sig)).isTrue();
  }

  @ParameterizedTest
  @EnumSource(KeyType.class)
  void verify_ownSignature_succeedsAndTamperedFailsWithCode(KeyType type) throws Exception {
    MultikeyPair pair = MultikeyPair.generate(type, RANDOM);
    byte[] data = "pedimento 24 3912 4000123".getBytes(StandardCharsets.UTF_8);
    byte[] sig = pair.sign(data);
    pair.publicKey().verify(data, sig);
    data[0] ^= 1;
    assertThatThrownBy(() -> pair.publicKey().verify(data, sig))
        .isInstanceOfSatisfying(
            CredentialException.class, e -> assertThat(e.code()).isEqualTo(Code.INVALID_SIGNATURE));
  }

  @ParameterizedTest
  @EnumSource(KeyType.class)
  void keyFile_roundTrip_preservesKeyAndJwk(KeyType type) throws Exception {
    MultikeyPair pair = MultikeyPair.generate(type, RANDOM);
    MultikeyPair back = MultikeyPair.fromKeyFile(pair.toKeyFile());
    assertThat(back.publicKey()).isEqualTo(pair.publicKey());
    assertThat(back.secretKeyMultibase()).isEqualTo(pair.secretKeyMultibase());
    assertThat(Multikey.fromJwk(pair.publicKey().toJwk())).isEqualTo(pair.publicKey());
    assertThat(DidKey.resolve(pair.verificationMethod())).isEqualTo(pair.publicKey());
  }

  @Test
  void fromMultibase_notBase58btc_isMalformedMultibase() {
    assertThatThrownBy(() -> Multikey.fromMultibase("uAAAA"))
        .isInstanceOfSatisfying(
            CredentialException.class,
            e -> assertThat(e.code()).isEqualTo(Code.MALFORMED_MULTIBASE));
    assertThatThrownBy(() -> Multikey.fromMultibase("z0OIl"))
        .isInstanceOfSatisfying(
            CredentialException.class,
            e -> assertThat(e.code()).isEqualTo(Code.MALFORMED_MULTIBASE));
  }

  @Test
  void fromMultibase_pointNotOnCurve_isInvalidKey() {
    byte[] bogus = new byte[33];
    bogus[0] = 0x02;
    // About half of all x coordinates have no point on P-256: take the first such x.
    do {
      bogus[32]++;
    } while (Curves.decodePoint(KeyType.P256, bogus) != null);
    String mb =
        com.apicatalog.multibase.Multibase.BASE_58_BTC.encode(Multicodec.prefix(0x1200, bogus));
    assertThatThrownBy(() -> Multikey.fromMultibase(mb))
        .isInstanceOfSatisfying(
            CredentialException.class, e -> assertThat(e.code()).isEqualTo(Code.INVALID_KEY));
  }

  @Test
  void resolve_didWebIdentifier_isUnsupportedByDidKey() {
    assertThatThrownBy(() -> DidKey.resolve("did:web:cbp.example"))
        .isInstanceOfSatisfying(
            CredentialException.class,
            e -> assertThat(e.code()).isEqualTo(Code.UNSUPPORTED_DID_METHOD));
  }

  private static java.security.PublicKey jdkEd25519(byte[] raw) throws Exception {
    byte[] le = raw.clone();
    boolean xOdd = (le[31] & 0x80) != 0;
    le[31] &= 0x7f;
    byte[] be = new byte[32];
    for (int i = 0; i < 32; i++) {
      be[i] = le[31 - i];
    }
    return KeyFactory.getInstance("Ed25519")
        .generatePublic(
            new EdECPublicKeySpec(
                NamedParameterSpec.ED25519, new EdECPoint(xOdd, new BigInteger(1, be))));
  }
}
