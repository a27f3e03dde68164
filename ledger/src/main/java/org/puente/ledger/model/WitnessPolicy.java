package org.puente.ledger.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.puente.ledger.LedgerException;
import org.puente.ledger.LedgerException.Code;

/**
 * When a checkpoint counts as witnessed: it must carry a valid C2SP tlog-cosignature/v1 by at least
 * one of the {@code required} witness keys. For Puente the required keys are the other country's
 * witnesses only, so a log's own witness (a self-cosignature) or a witness nobody registered never
 * makes a checkpoint witnessed (issue #5: "a checkpoint is only witnessed with the other country's
 * cosignature").
 *
 * <p><b>Warning:</b> this checks cosignatures only; open the checkpoint with the log's own key
 * ({@link Checkpoint#open}) as well.
 *
 * @param required the witness (cosigner, type 0x04) keys whose cosignature counts
 */
public record WitnessPolicy(List<VerifierKey> required) {
  public WitnessPolicy {
    required = List.copyOf(required);
    for (VerifierKey key : required) {
      if (!key.isCosigner()) {
        throw new IllegalArgumentException("a witness key must be a cosigner key (0x04): " + key);
      }
    }
  }

  /**
   * The required witnesses whose cosignature on {@code note} verifies (at least one).
   *
   * @throws LedgerException {@link Code#NOT_WITNESSED} when none of them cosigned, {@link
   *     Code#INVALID_SIGNATURE} when a line claiming to be by a required witness does not verify
   */
  public List<NoteSignature> check(SignedNote note) throws LedgerException {
    List<NoteSignature> found = new ArrayList<>();
    for (VerifierKey key : required) {
      try {
        found.add(key.verify(note));
      } catch (LedgerException e) {
        if (e.code() != Code.UNKNOWN_SIGNER) {
          throw e;
        }
      }
    }
    if (found.isEmpty()) {
      throw new LedgerException(
          Code.NOT_WITNESSED,
          String.format(
              Locale.ROOT,
              "no cosignature by a required witness (%s); the note is signed by %s",
              required.isEmpty()
                  ? "none registered"
                  : String.join(", ", required.stream().map(VerifierKey::name).toList()),
              String.join(", ", note.signatures().stream().map(NoteSignature::name).toList())));
    }
    return List.copyOf(found);
  }
}
