package org.puente.server.ledger;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.Optional;
import org.puente.ledger.LedgerException;
import org.puente.ledger.application.WitnessStateStore;
import org.puente.ledger.model.Checkpoint;
import org.puente.ledger.model.SignedNote;
import org.puente.ledger.model.WitnessState;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The witness's record of each watched log's latest cosigned checkpoint, in PostgreSQL. */
public final class PgWitnessStateStore implements WitnessStateStore {
  private final JdbcClient jdbc;
  private final Clock clock;

  /** A store over the node's database. */
  public PgWitnessStateStore(JdbcClient jdbc, Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  @Override
  public Optional<WitnessState> load(String origin) throws LedgerException {
    Optional<String> note;
    try {
      note =
          jdbc.sql("SELECT checkpoint FROM ledger_witness_state WHERE origin = ?")
              .param(origin)
              .query(String.class)
              .optional();
    } catch (DataAccessException e) {
      throw new LedgerException(
          LedgerException.Code.STORAGE_FAILED, "could not read the witness state: " + e, e);
    }
    if (note.isEmpty()) {
      return Optional.empty();
    }
    Checkpoint checkpoint = Checkpoint.parse(SignedNote.parse(note.get()).text());
    return Optional.of(new WitnessState(checkpoint, note.get()));
  }

  @Override
  public void save(WitnessState state) throws LedgerException {
    try {
      jdbc.sql(
              "INSERT INTO ledger_witness_state (origin, tree_size, root_hash, checkpoint,"
                  + " updated_at) VALUES (?, ?, ?, ?, ?) ON CONFLICT (origin) DO UPDATE SET"
                  + " tree_size = EXCLUDED.tree_size, root_hash = EXCLUDED.root_hash,"
                  + " checkpoint = EXCLUDED.checkpoint, updated_at = EXCLUDED.updated_at")
          .params(
              state.origin(),
              state.checkpoint().size(),
              state.checkpoint().rootHash().bytes(),
              state.signedCheckpoint(),
              Timestamp.from(clock.instant()))
          .update();
    } catch (DataAccessException e) {
      throw new LedgerException(
          LedgerException.Code.STORAGE_FAILED, "could not save the witness state: " + e, e);
    }
  }
}
