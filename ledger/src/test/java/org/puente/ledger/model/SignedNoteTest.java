package org.puente.ledger.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;
import org.puente.credentials.keys.KeyType;
import org.puente.credentials.keys.MultikeyPair;
import org.puente.ledger.LedgerException;
import org.puente.ledger.LedgerException.Code;

class SignedNoteTest {
  private static final JsonObject GO = load("/vectors/golang-note/note.json");

  // The example of C2SP tlog-cosignature: a checkpoint with a log signature and a cosignature.
  private static final String SPEC_COSIGNED =
      "example.com/behind-the-sofa\n20852163\nCsUYapGGPo4dkMgIAUqom/Xajj7h2fB2MPA3j2jxq2I=\n\n"
          + "\u2014 example.com/behind-the-sofa Az3grlgtzPICa5OS8npVmf1Myq/5IZniMp+ZJurmRDeOoRDe4URYN7u5/Zhcyv2q1gGzGku9nTo+zyWE+xeMcTOAYQ8=\n"
          + "\u2014 witness.example.com/w1 jWbPPwAAAABkGFDLEZMHwSRaJNiIDoe9DYn/zXcrtPHeolMI5OWXEhZCB9dlrDJsX3b2oyin1nPZqhf5nNo0xUe+mbIUBkBIfZ+qnA==\n";

  private static JsonObject load(String resource) {
    try (InputStream in = SignedNoteTest.class.getResourceAsStream(resource)) {
      return Json.createReader(in).readObject();
    } catch (Exception e) {
      throw new AssertionError(e);
    }
  }

  static MultikeyPair goKey() {
    byte[] payload = Base64.getDecoder().decode(GO.getString("skeyPayload"));
    assertThat(payload[0]).isEqualTo((byte) 0x01);
    return MultikeyPair.fromSecret(KeyType.ED25519, Arrays.copyOfRange(payload, 1, 33), null);
  }

  @Test
  void sign_goReferenceKey_producesTheExactGoNoteAndVkey() throws Exception {
    NoteSigner signer = NoteSigner.log(GO.getString("name"), goKey());
    assertThat(signer.verifierKey().encode()).isEqualTo(GO.getString("vkey"));
    assertThat(HexFormat.of().toHexDigits(signer.verifierKey().keyId()))
        .isEqualTo(GO.getString("keyId"));
    assertThat(signer.sign(GO.getString("text")).format()).isEqualTo(GO.getString("signed"));
  }

  @Test
  void verify_goReferenceNote_withParsedVkey() throws Exception {
    VerifierKey key = VerifierKey.parse(GO.getString("vkey"));
    SignedNote note = SignedNote.parse(GO.getString("signed"));
    assertThat(key.verify(note).name()).isEqualTo("PeterNeumann");
    assertThat(note.text()).isEqualTo(GO.getString("text"));
  }

  @Test
  void verify_alteredText_isInvalidSignature() throws Exception {
    VerifierKey key = VerifierKey.parse(GO.getString("vkey"));
    String altered = GO.getString("signed").replace("cryptography", "cryptograph");
    assertCode(() -> key.verify(SignedNote.parse(altered)), Code.INVALID_SIGNATURE);
  }

  @Test
  void verify_otherKey_isUnknownSigner() throws Exception {
    VerifierKey other =
        VerifierKey.parse("PeterNeumann+c74f20a3+ARpc2QcUPDhMQegwxbzhKqiBfsVkmqq/LDE4izWy10TW");
    VerifierKey renamed = new VerifierKey("PaulNeumann", (byte) 1, other.publicKey());
    assertCode(() -> renamed.verify(SignedNote.parse(GO.getString("signed"))), Code.UNKNOWN_SIGNER);
  }

  @Test
  void parseVkey_sumGolangOrgKeyWithPlusInBase64_parses() throws Exception {
    // The Go checksum database's published vkey: its base64 key material contains '+'.
    VerifierKey key =
        VerifierKey.parse("sum.golang.org+033de0ae+Ac4zctda0e5eza+HJyk9SxEdh+s3Ux18htTTAD8OuAn8");
    assertThat(key.name()).isEqualTo("sum.golang.org");
    assertThat(HexFormat.of().toHexDigits(key.keyId())).isEqualTo("033de0ae");
  }

  @Test
  void parseVkey_wrongKeyId_isInvalidKey() {
    assertCode(
        () ->
            VerifierKey.parse("PeterNeumann+c74f20a4+ARpc2QcUPDhMQegwxbzhKqiBfsVkmqq/LDE4izWy10TW"),
        Code.INVALID_KEY);
    assertCode(() -> VerifierKey.parse("PeterNeumann+c74f20a3"), Code.INVALID_KEY);
  }

  @Test
  void parse_malformedNotes_areRefusedWithCode() {
    String text = GO.getString("text");
    assertCode(() -> SignedNote.parse(text), Code.MALFORMED_NOTE); // no signatures
    assertCode(() -> SignedNote.parse(text + "\n- PeterNeumann AAAAAAA=\n"), Code.MALFORMED_NOTE);
    assertCode(() -> SignedNote.parse(text + "\n\u2014 PeterNeumann !!!\n"), Code.MALFORMED_NOTE);
    assertCode(() -> SignedNote.parse(text + "\n\u2014 PeterNeumann AAAA\n"), Code.MALFORMED_NOTE);
    assertCode(() -> SignedNote.parse("a\u0007b\n\n\u2014 x AAAAAAA=\n"), Code.MALFORMED_NOTE);
    assertCode(() -> SignedNote.parse("x".repeat(70_000) + "\n\n"), Code.INPUT_TOO_LARGE);
  }

  @Test
  void parse_specCosignedCheckpoint_readsTimestampAndCheckpoint() throws Exception {
    SignedNote note = SignedNote.parse(SPEC_COSIGNED);
    assertThat(note.signatures()).hasSize(2);
    NoteSignature cosignature = note.signatures().get(1);
    assertThat(cosignature.signature()).hasSize(8 + 64);
    long timestamp = ByteBuffer.wrap(cosignature.signature()).getLong();
    assertThat(timestamp).isEqualTo(1679315147L);
    assertThat(
            new String(
                DomainSeparation.cosignedMessage(timestamp, note.text()), StandardCharsets.UTF_8))
        .isEqualTo(
            "cosignature/v1\ntime 1679315147\nexample.com/behind-the-sofa\n20852163\n"
                + "CsUYapGGPo4dkMgIAUqom/Xajj7h2fB2MPA3j2jxq2I=\n");
    Checkpoint checkpoint = Checkpoint.parse(note.text());
    assertThat(checkpoint.size()).isEqualTo(20852163L);
    assertThat(checkpoint.origin()).isEqualTo("example.com/behind-the-sofa");
    assertThat(note.format()).isEqualTo(SPEC_COSIGNED);
  }

  @Test
  void cosign_roundTrip_verifiesAndKeyIdUsesType04() throws Exception {
    MultikeyPair key = goKey();
    NoteSigner witness = NoteSigner.cosigner("witness.example/mx", key);
    NoteSigner log = NoteSigner.log("witness.example/mx", key);
    assertThat(witness.verifierKey().keyId()).isNotEqualTo(log.verifierKey().keyId());
    String body = "example.com/log\n5\nCsUYapGGPo4dkMgIAUqom/Xajj7h2fB2MPA3j2jxq2I=\n";
    SignedNote cosigned =
        new SignedNote(body, java.util.List.of(witness.cosign(body, 1700000000L)));
    VerifierKey vkey = VerifierKey.parse(witness.verifierKey().encode());
    assertThat(vkey.isCosigner()).isTrue();
    assertThat(ByteBuffer.wrap(vkey.verify(cosigned).signature()).getLong()).isEqualTo(1700000000L);
    assertThat(witness.verifierKey().keyId())
        .isEqualTo(
            DomainSeparation.keyId("witness.example/mx", (byte) 4, key.publicKey().publicKey()));
    SignedNote replayed = new SignedNote(body.replace("\n5\n", "\n6\n"), cosigned.signatures());
    assertCode(() -> vkey.verify(replayed), Code.INVALID_SIGNATURE);
  }

  @Test
  void checkpointParse_badLines_areMalformed() {
    String root = "CsUYapGGPo4dkMgIAUqom/Xajj7h2fB2MPA3j2jxq2I=";
    assertCode(() -> Checkpoint.parse("o\n012\n" + root + "\n"), Code.MALFORMED_NOTE);
    assertCode(() -> Checkpoint.parse("o\n-1\n" + root + "\n"), Code.MALFORMED_NOTE);
    assertCode(() -> Checkpoint.parse("o\n12\nAAAA\n"), Code.MALFORMED_NOTE);
    assertCode(() -> Checkpoint.parse("o\n12\n"), Code.MALFORMED_NOTE);
    assertCode(() -> Checkpoint.parse("o\n12\n" + root + "\n\n"), Code.MALFORMED_NOTE);
  }

  interface Call {
    void run() throws Exception;
  }

  static void assertCode(Call call, Code code) {
    assertThatThrownBy(call::run)
        .isInstanceOfSatisfying(LedgerException.class, e -> assertThat(e.code()).isEqualTo(code));
  }
}
