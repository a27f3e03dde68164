/**
 * Use cases of the log: the sequencer that batches appends, the log facade that signs checkpoints
 * and proves, the witness that cosigns the other country's log; with the ports ({@link
 * org.puente.ledger.application.TileStore}, {@link org.puente.ledger.application.CheckpointSource},
 * {@link org.puente.ledger.application.WitnessStateStore}, {@link
 * org.puente.ledger.application.AlarmListener}) that adapters implement.
 */
package org.puente.ledger.application;
