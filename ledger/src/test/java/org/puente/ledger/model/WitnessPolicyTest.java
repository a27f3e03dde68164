package org.puente.ledger.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.SecureRandom;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.puente.credentials.keys.KeyType;
import org.puente.credentials.keys.MultikeyPair;
import org.puente.ledger.LedgerException;
import org.puente.ledger.LedgerException.Code;

class WitnessPolicyTest {
  private static final SecureRandom RANDOM = new SecureRandom();
  private static final long T = 1_795_000_000L;

  private final NoteSigner usLog = signer(false, "cbp.example/log");
  private final NoteSigner usWitness = signer(true, "cbp.example/witness");
  private final NoteSigner mxWitness = signer(true, "anam.example/witness");
  private final NoteSigner stranger = signer(true, "elsewhere.example/witness");
  private final WitnessPolicy usPolicy = new WitnessPolicy(List.of(mxWitness.verifierKey()));

  private static NoteSigner signer(boolean cosigner, String name) {
    MultikeyPair pair = MultikeyPair.generate(KeyType.ED25519, RANDOM);
    return cosigner ? NoteSigner.cosigner(name, pair) : NoteSigner.log(name, pair);
  }

  private SignedNote checkpoint() throws LedgerException {
    Hash root = DomainSeparation.leafHash(new byte[] {1});
    return usLog.sign(new Checkpoint("cbp.example/log", 1, root, List.of()).body());
  }

  private static SignedNote cosigned(SignedNote note, NoteSigner witness) throws LedgerException {
    return note.with(witness.cosign(note.text(), T));
  }

  @Test
  void check_otherCountrysCosignature_returnsIt() throws Exception {
    SignedNote note = cosigned(cosigned(checkpoint(), usWitness), mxWitness);

    List<NoteSignature> found = usPolicy.check(note);

    assertThat(found).extracting(NoteSignature::name).containsExactly("anam.example/witness");
  }

  @Test
  void check_selfCosignatureOnly_isNotWitnessed() throws Exception {
    SignedNote note = cosigned(checkpoint(), usWitness);

    assertThatThrownBy(() -> usPolicy.check(note))
        .isInstanceOfSatisfying(
            LedgerException.class, e -> assertThat(e.code()).isEqualTo(Code.NOT_WITNESSED))
        .hasMessageContaining("cbp.example/witness");
  }

  @Test
  void check_unknownWitnessOnly_isNotWitnessed() throws Exception {
    SignedNote note = cosigned(checkpoint(), stranger);

    assertThatThrownBy(() -> usPolicy.check(note))
        .isInstanceOfSatisfying(
            LedgerException.class, e -> assertThat(e.code()).isEqualTo(Code.NOT_WITNESSED));
  }

  @Test
  void check_cosignatureOverAnotherCheckpoint_isInvalid() throws Exception {
    SignedNote note = checkpoint();
    NoteSignature overOther = mxWitness.cosign(note.text() + "x", T);

    assertThatThrownBy(() -> usPolicy.check(note.with(overOther)))
        .isInstanceOfSatisfying(
            LedgerException.class, e -> assertThat(e.code()).isEqualTo(Code.INVALID_SIGNATURE));
  }

  @Test
  void check_noRequiredWitness_isNeverWitnessed() throws Exception {
    SignedNote note = cosigned(checkpoint(), mxWitness);

    assertThatThrownBy(() -> new WitnessPolicy(List.of()).check(note))
        .isInstanceOfSatisfying(
            LedgerException.class, e -> assertThat(e.code()).isEqualTo(Code.NOT_WITNESSED))
        .hasMessageContaining("none registered");
  }

  @Test
  void new_logKeyAsWitness_isRefused() {
    assertThatThrownBy(() -> new WitnessPolicy(List.of(usLog.verifierKey())))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
