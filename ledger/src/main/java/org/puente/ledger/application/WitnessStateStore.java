package org.puente.ledger.application;

import java.util.Optional;
import org.puente.ledger.LedgerException;
import org.puente.ledger.model.WitnessState;

/** The port that keeps, per log origin, the checkpoint a witness last accepted. */
public interface WitnessStateStore {
  /** The last accepted checkpoint of the log {@code origin}, if any. */
  Optional<WitnessState> load(String origin) throws LedgerException;

  /** Durably records a newly accepted checkpoint. */
  void save(WitnessState state) throws LedgerException;
}
