package org.puente.ledger.application;

import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import org.puente.ledger.LedgerException;
import org.puente.ledger.LedgerException.Code;
import org.puente.ledger.model.Checkpoint;
import org.puente.ledger.model.ConsistencyProof;
import org.puente.ledger.model.Hash;
import org.puente.ledger.model.InclusionProof;
import org.puente.ledger.model.NoteSigner;
import org.puente.ledger.model.Receipt;
import org.puente.ledger.model.SignedNote;
import org.puente.ledger.model.VerifierKey;

/**
 * A node's transparency log: appends through a group-commit {@link Sequencer}, signs checkpoints
 * (C2SP tlog-checkpoint as a C2SP signed note), proves inclusion and consistency (RFC 9162 §2.1.3,
 * §2.1.4) from the tiles, and issues offline {@link Receipt}s.
 *
 * <p>Thread-safe: many threads may append at once; each {@link #append} returns only after the
 * entry is durable in the {@link TileStore}.
 */
public final class TransparencyLog implements AutoCloseable {
  /** Default most entries per group commit. */
  public static final int DEFAULT_MAX_BATCH = 1024;

  private final TileStore store;
  private final NoteSigner signer;
  private final Sequencer sequencer;
  private final LogView view;

  private TransparencyLog(TileStore store, NoteSigner signer, int maxBatch) throws LedgerException {
    this.store = store;
    this.signer = signer;
    this.sequencer = new Sequencer(store, maxBatch);
    this.view = new LogView(store);
  }

  /**
   * Opens the log kept in {@code store}, signing checkpoints with {@code signer}; the signer's key
   * name is the log's origin.
   */
  public static TransparencyLog open(TileStore store, NoteSigner signer) throws LedgerException {
    return new TransparencyLog(store, signer, DEFAULT_MAX_BATCH);
  }

  /** As {@link #open(TileStore, NoteSigner)} with at most {@code maxBatch} entries per commit. */
  public static TransparencyLog open(TileStore store, NoteSigner signer, int maxBatch)
      throws LedgerException {
    return new TransparencyLog(store, signer, maxBatch);
  }

  /** The checkpoint origin line, which is also the log's key name. */
  public String origin() {
    return signer.name();
  }

  /** The key that verifies this log's checkpoints. */
  public VerifierKey verifierKey() {
    return signer.verifierKey();
  }

  /** Appends an entry (at most 65,535 bytes) and returns its index once it is durable. */
  public long append(byte[] entry) throws LedgerException {
    try {
      return appendAsync(entry).get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new LedgerException(Code.NOT_SEQUENCED, "interrupted while waiting for the commit", e);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof LedgerException le) {
        throw le;
      }
      throw new LedgerException(Code.STORAGE_FAILED, "append failed: " + e.getCause(), e);
    }
  }

  /** Queues an entry; the future completes with its index once the entry is durable. */
  public CompletableFuture<Long> appendAsync(byte[] entry) {
    return sequencer.submit(entry);
  }

  /** The number of durable entries. */
  public long size() throws LedgerException {
    return view.size();
  }

  /** Read-only access: entries, tree heads, proofs, receipts. */
  public LogView view() {
    return view;
  }

  /** RFC 9162 §2.1.1: the root hash of the first {@code size} entries. */
  public Hash rootHash(long size) throws LedgerException {
    return view.rootHash(size);
  }

  /** Entry {@code index}. */
  public byte[] entry(long index) throws LedgerException {
    return view.entry(index);
  }

  /** RFC 9162 §2.1.3.1: the inclusion proof of entry {@code index} in the tree of {@code size}. */
  public InclusionProof inclusionProof(long index, long size) throws LedgerException {
    return view.inclusionProof(index, size);
  }

  /** RFC 9162 §2.1.4.1: the consistency proof between two tree sizes. */
  public ConsistencyProof consistencyProof(long oldSize, long newSize) throws LedgerException {
    return view.consistencyProof(oldSize, newSize);
  }

  /** Signs and publishes a checkpoint of the current durable tree. */
  public synchronized SignedNote checkpoint() throws LedgerException {
    long size = store.treeSize();
    Optional<SignedNote> latest = latestCheckpoint();
    if (latest.isPresent() && Checkpoint.parse(latest.get().text()).size() == size) {
      return latest.get();
    }
    Checkpoint checkpoint =
        new Checkpoint(origin(), size, view.rootHash(size), java.util.List.of());
    SignedNote note = signer.sign(checkpoint.body());
    store.writeCheckpoint(note.format());
    return note;
  }

  /** The latest published checkpoint, if any. */
  public Optional<SignedNote> latestCheckpoint() throws LedgerException {
    return view.latestCheckpoint();
  }

  /** Adds a witness's cosignature to the published checkpoint it signed. */
  public synchronized void addCosignature(SignedNote cosigned, VerifierKey witness)
      throws LedgerException {
    SignedNote latest =
        latestCheckpoint()
            .orElseThrow(() -> new LedgerException(Code.OUT_OF_RANGE, "no checkpoint"));
    if (!latest.text().equals(cosigned.text())) {
      throw new LedgerException(Code.MALFORMED_NOTE, "the cosigned checkpoint is not the latest");
    }
    store.writeCheckpoint(latest.with(witness.verify(cosigned)).format());
  }

  /** A receipt for entry {@code index} under the latest checkpoint (signing one if needed). */
  public Receipt receipt(long index) throws LedgerException {
    SignedNote note = latestCheckpoint().orElse(null);
    if (note == null || Checkpoint.parse(note.text()).size() <= index) {
      checkpoint();
    }
    return view.receipt(index);
  }

  /**
   * This log as a {@link CheckpointSource} for a witness on the same machine: each fetch signs a
   * checkpoint of the current tree first.
   */
  public CheckpointSource asSource() {
    return new CheckpointSource() {
      @Override
      public String latestCheckpointNote() throws LedgerException {
        return checkpoint().format();
      }

      @Override
      public ConsistencyProof consistencyProof(long oldSize, long newSize) throws LedgerException {
        return view.consistencyProof(oldSize, newSize);
      }
    };
  }

  /** Stops the sequencer (queued entries fail) and closes the store. */
  @Override
  public void close() throws LedgerException {
    sequencer.close();
    store.close();
  }
}
