package org.puente.ledger.model;

/** What a witness did with a checkpoint it was shown. */
public sealed interface WitnessOutcome {
  /** The checkpoint was consistent with all seen before; here it is with the cosignature added. */
  record Cosigned(Checkpoint checkpoint, SignedNote cosigned, NoteSignature cosignature)
      implements WitnessOutcome {}

  /** The checkpoint is older than one already cosigned, and consistent with it: not cosigned. */
  record Stale(Checkpoint checkpoint, long latestSize) implements WitnessOutcome {}

  /** The checkpoint contradicts the log's history as seen: an alarm was raised and logged. */
  record Alarmed(Alarm alarm, long alarmIndex) implements WitnessOutcome {}
}
