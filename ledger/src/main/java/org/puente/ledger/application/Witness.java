package org.puente.ledger.application;

import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import org.puente.ledger.LedgerException;
import org.puente.ledger.LedgerException.Code;
import org.puente.ledger.model.Alarm;
import org.puente.ledger.model.Checkpoint;
import org.puente.ledger.model.ConsistencyProof;
import org.puente.ledger.model.MerkleTree;
import org.puente.ledger.model.NoteSignature;
import org.puente.ledger.model.NoteSigner;
import org.puente.ledger.model.SignedNote;
import org.puente.ledger.model.VerifierKey;
import org.puente.ledger.model.WitnessOutcome;
import org.puente.ledger.model.WitnessState;

/**
 * A witness for the other country's log(s): it verifies each new checkpoint's signature, checks RFC
 * 9162 §2.1.4 consistency with the last checkpoint it accepted, records it, and cosigns it (C2SP
 * tlog-cosignature/v1). A validly signed checkpoint that contradicts what it saw (same size and
 * another root, a failed consistency proof) raises an {@link Alarm}, which is appended to the
 * witness's own log and passed to the {@link AlarmListener}.
 *
 * <p>Bad input (unknown log, bad signature, malformed note) is refused with a {@link
 * LedgerException} and raises no alarm: anyone can send garbage, only the log's key can fork.
 */
public final class Witness {
  private final NoteSigner cosigner;
  private final WatchedLogs logs;
  private final WitnessStateStore states;
  private final AlarmListener listener;
  private final TransparencyLog ownLog;
  private final Clock clock;

  /**
   * @param cosigner the witness's cosigning key (type 0x04)
   * @param logs the logs it watches: origin → the log's verifier key
   * @param ownLog the witness node's own log, where alarms are recorded
   */
  public Witness(
      NoteSigner cosigner,
      Map<String, VerifierKey> logs,
      WitnessStateStore states,
      AlarmListener listener,
      TransparencyLog ownLog,
      Clock clock) {
    this(cosigner, WatchedLogs.of(logs), states, listener, ownLog, clock);
  }

  /**
   * A witness whose watched logs may change while it runs (a peer registered at run time).
   *
   * @param logs where to look up the key of a watched log by its origin
   */
  public Witness(
      NoteSigner cosigner,
      WatchedLogs logs,
      WitnessStateStore states,
      AlarmListener listener,
      TransparencyLog ownLog,
      Clock clock) {
    if (!cosigner.verifierKey().isCosigner()) {
      throw new IllegalArgumentException("a witness signs with a cosigner key (type 0x04)");
    }
    this.cosigner = cosigner;
    this.logs = java.util.Objects.requireNonNull(logs, "logs");
    this.states = states;
    this.listener = listener;
    this.ownLog = ownLog;
    this.clock = clock;
  }

  /** The key that verifies this witness's cosignatures. */
  public VerifierKey verifierKey() {
    return cosigner.verifierKey();
  }

  /** Fetches the log's latest checkpoint from {@code source} and {@link #observe}s it. */
  public WitnessOutcome poll(CheckpointSource source) throws LedgerException {
    return observe(source.latestCheckpointNote(), source);
  }

  /** Checks a signed checkpoint against what was seen before; cosigns or raises an alarm. */
  public synchronized WitnessOutcome observe(String signedCheckpoint, CheckpointSource proofs)
      throws LedgerException {
    SignedNote note = SignedNote.parse(signedCheckpoint);
    String origin = Checkpoint.parse(note.text()).origin();
    VerifierKey logKey =
        logs.logKey(origin)
            .orElseThrow(
                () ->
                    new LedgerException(
                        Code.UNKNOWN_SIGNER, "this witness does not watch '" + origin + "'"));
    Checkpoint offered = Checkpoint.open(note, logKey, origin);
    Optional<WitnessState> previous = states.load(origin);
    if (previous.isEmpty()) {
      return accept(offered, note); // trust on first use
    }
    Checkpoint seen = previous.get().checkpoint();
    String seenNote = previous.get().signedCheckpoint();
    if (offered.size() == seen.size()) {
      return offered.rootHash().equals(seen.rootHash())
          ? accept(offered, note)
          : alarm(
              Alarm.Kind.FORK,
              seenNote,
              note,
              "size "
                  + seen.size()
                  + " has root "
                  + seen.rootHash().hex()
                  + " and root "
                  + offered.rootHash().hex());
    }
    if (offered.size() > seen.size()) {
      Optional<String> why = inconsistency(proofs, seen, offered);
      return why.isEmpty()
          ? accept(offered, note)
          : alarm(Alarm.Kind.INCONSISTENT, seenNote, note, why.get());
    }
    Optional<String> why = inconsistency(proofs, offered, seen);
    return why.isEmpty()
        ? new WitnessOutcome.Stale(offered, seen.size())
        : alarm(Alarm.Kind.ROLLBACK, seenNote, note, why.get());
  }

  // RFC 9162 §2.1.4.2 between two verified checkpoints; empty when consistent.
  private static Optional<String> inconsistency(
      CheckpointSource proofs, Checkpoint older, Checkpoint newer) throws LedgerException {
    ConsistencyProof proof;
    try {
      proof = proofs.consistencyProof(older.size(), newer.size());
    } catch (LedgerException e) {
      if (e.code() == Code.STORAGE_FAILED) {
        throw e; // the source is down: no evidence either way
      }
      return Optional.of("the log gave no consistency proof: " + e.getMessage());
    }
    if (proof.oldSize() != older.size() || proof.newSize() != newer.size()) {
      return Optional.of("the log answered with a proof for other sizes");
    }
    try {
      MerkleTree.verifyConsistency(proof, older.rootHash(), newer.rootHash());
      return Optional.empty();
    } catch (LedgerException e) {
      return Optional.of(e.getMessage());
    }
  }

  private WitnessOutcome accept(Checkpoint checkpoint, SignedNote note) throws LedgerException {
    states.save(new WitnessState(checkpoint, note.format()));
    NoteSignature cosignature = cosigner.cosign(note.text(), clock.instant().getEpochSecond());
    return new WitnessOutcome.Cosigned(checkpoint, note.with(cosignature), cosignature);
  }

  private WitnessOutcome alarm(Alarm.Kind kind, String seen, SignedNote offered, String reason)
      throws LedgerException {
    String origin = Checkpoint.parse(offered.text()).origin();
    Alarm alarm = new Alarm(kind, origin, reason, seen, offered.format(), clock.instant());
    long index = ownLog.append(alarm.toEntry());
    listener.raised(alarm);
    return new WitnessOutcome.Alarmed(alarm, index);
  }
}
