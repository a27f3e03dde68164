package org.puente.ledger.model;

import java.util.Objects;

/**
 * What a witness last accepted from one log: the verified checkpoint and the signed note it came in
 * (kept as evidence for a later alarm).
 */
public record WitnessState(Checkpoint checkpoint, String signedCheckpoint) {
  public WitnessState {
    Objects.requireNonNull(checkpoint, "checkpoint");
    Objects.requireNonNull(signedCheckpoint, "signedCheckpoint");
  }

  /** The log's origin. */
  public String origin() {
    return checkpoint.origin();
  }
}
