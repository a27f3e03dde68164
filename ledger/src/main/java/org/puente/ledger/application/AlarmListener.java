package org.puente.ledger.application;

import org.puente.ledger.model.Alarm;

/** The port through which operators learn of an alarm (console, pager, metrics). */
@FunctionalInterface
public interface AlarmListener {
  /** Called once per alarm, after it has been logged in the witness's own log. */
  void raised(Alarm alarm);
}
