package org.puente.server.ledger;

import java.util.List;
import java.util.Optional;
import org.puente.ledger.LedgerException;
import org.puente.ledger.LedgerException.Code;
import org.puente.ledger.application.CheckpointSource;
import org.puente.ledger.application.Witness;
import org.puente.ledger.application.WitnessStateStore;
import org.puente.ledger.model.Alarm;
import org.puente.ledger.model.Checkpoint;
import org.puente.ledger.model.ConsistencyProof;
import org.puente.ledger.model.SignedNote;
import org.puente.ledger.model.VerifierKey;
import org.puente.ledger.model.WitnessOutcome;
import org.puente.ledger.model.WitnessState;

/**
 * The node's witness behind C2SP tlog-witness {@code add-checkpoint}: the checks and statuses the
 * spec fixes (404 unknown origin, 403 no trusted signature, 400 old size beyond the checkpoint, 409
 * old size not the last cosigned one or same size with another root, 422 consistency proof fails)
 * around the ledger's {@link Witness}, which records the state, cosigns, and turns a validly signed
 * contradiction into an alarm. Checking the old size and saving the new state happen under one
 * lock, as the spec requires.
 */
public final class WitnessService {
  /** What a submission got. */
  public sealed interface Result {
    /** Cosigned: the cosignature lines to return (200). */
    record Cosigned(String lines) implements Result {}

    /** The old size is not the last cosigned size, which is {@code size} (409). */
    record SizeConflict(long size) implements Result {}
  }

  private final Witness witness;
  private final PeerDirectory logs;
  private final WitnessStateStore states;

  /** A service over {@code witness}, which watches the logs {@code logs} names. */
  public WitnessService(Witness witness, PeerDirectory logs, WitnessStateStore states) {
    this.witness = witness;
    this.logs = logs;
    this.states = states;
  }

  /** The witness's cosigning key. */
  public VerifierKey verifierKey() {
    return witness.verifierKey();
  }

  /**
   * Node-to-node submissions (mutual TLS): the peer node {@code peerDid} may submit checkpoints of
   * its own log only, the one registered with its DID.
   *
   * @throws LogRejection 403 {@code wrong-peer} for another log's checkpoint
   */
  public void requireSubmittedByItsPeer(AddCheckpoint request, String peerDid)
      throws LogRejection, LedgerException {
    String origin = Checkpoint.parse(SignedNote.parse(request.checkpoint()).text()).origin();
    Optional<LedgerPeer> peer = logs.find(origin);
    if (peer.isEmpty() || !peer.get().did().equals(peerDid)) {
      throw new LogRejection(
          403,
          "wrong-peer",
          "the peer " + peerDid + " may submit checkpoints of its own log only, not of " + origin);
    }
  }

  /** The origins this witness watches. */
  public List<String> origins() throws LedgerException {
    return logs.watchedOrigins();
  }

  /** Handles one {@code add-checkpoint} request. */
  public synchronized Result add(AddCheckpoint request) throws LogRejection, LedgerException {
    SignedNote note = SignedNote.parse(request.checkpoint());
    Checkpoint body = Checkpoint.parse(note.text());
    Optional<VerifierKey> watched = logs.logKey(body.origin());
    if (watched.isEmpty()) {
      throw new LogRejection(
          404, "unknown-log", "this witness does not watch '" + body.origin() + "'");
    }
    VerifierKey key = watched.get();
    Checkpoint offered = verified(note, key, body.origin());
    if (request.oldSize() > offered.size()) {
      throw new LogRejection(
          400,
          "malformed-add-checkpoint",
          "old size " + request.oldSize() + " exceeds the checkpoint size " + offered.size());
    }
    long latest = states.load(body.origin()).map(s -> s.checkpoint().size()).orElse(0L);
    if (request.oldSize() != latest) {
      return new Result.SizeConflict(latest);
    }
    if (request.oldSize() == 0 && !request.proof().isEmpty()) {
      throw new LogRejection(
          400, "malformed-add-checkpoint", "the proof must be empty when the old size is 0");
    }
    return outcome(witness.observe(note.format(), proofs(request, offered.size())));
  }

  private static Checkpoint verified(SignedNote note, VerifierKey key, String origin)
      throws LogRejection, LedgerException {
    try {
      return Checkpoint.open(note, key, origin);
    } catch (LedgerException e) {
      if (e.code() == Code.UNKNOWN_SIGNER || e.code() == Code.INVALID_SIGNATURE) {
        throw new LogRejection(
            403,
            e.code().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'),
            e.getMessage());
      }
      throw e;
    }
  }

  private static Result outcome(WitnessOutcome outcome) throws LogRejection {
    if (outcome instanceof WitnessOutcome.Cosigned c) {
      return new Result.Cosigned(c.cosignature().line());
    }
    if (outcome instanceof WitnessOutcome.Alarmed a) {
      boolean fork = a.alarm().kind() == Alarm.Kind.FORK;
      throw new LogRejection(
          fork ? 409 : 422, fork ? "fork" : "consistency-proof-failed", a.alarm().reason());
    }
    WitnessOutcome.Stale s = (WitnessOutcome.Stale) outcome;
    throw new LogRejection(409, "stale-checkpoint", "already cosigned size " + s.latestSize());
  }

  // The proof the client sent, offered to the ledger's witness as the log's answer.
  private static CheckpointSource proofs(AddCheckpoint request, long newSize) {
    return new CheckpointSource() {
      @Override
      public String latestCheckpointNote() throws LedgerException {
        return request.checkpoint();
      }

      @Override
      public ConsistencyProof consistencyProof(long oldSize, long size) throws LedgerException {
        if (oldSize != request.oldSize() || size != newSize) {
          throw new LedgerException(
              Code.CONSISTENCY_PROOF_FAILED, "the request carries no proof for these sizes");
        }
        return request.consistencyProof(newSize);
      }
    };
  }

  /**
   * Pull mode: fetches the log's published checkpoint from {@code source} and checks it against
   * what this witness cosigned (same lock as {@link #add}); a contradiction raises an alarm.
   */
  public synchronized WitnessOutcome poll(CheckpointSource source) throws LedgerException {
    return witness.poll(source);
  }

  /** The last checkpoint this witness cosigned of {@code origin}. */
  public Optional<WitnessState> latest(String origin) throws LedgerException {
    return states.load(origin);
  }
}
