package org.puente.ledger.application;

import java.util.Optional;
import org.puente.ledger.LedgerException;
import org.puente.ledger.LedgerException.Code;
import org.puente.ledger.model.Checkpoint;
import org.puente.ledger.model.ConsistencyProof;
import org.puente.ledger.model.DomainSeparation;
import org.puente.ledger.model.Hash;
import org.puente.ledger.model.InclusionProof;
import org.puente.ledger.model.MerkleTree;
import org.puente.ledger.model.Receipt;
import org.puente.ledger.model.SignedNote;

/**
 * Read-only access to a log kept in a {@link TileStore}: entries, tree heads, RFC 9162 proofs and
 * receipts under the published checkpoint. Needs no key: an auditor, the HTTP layer and the
 * witness's local source use it.
 */
public final class LogView implements CheckpointSource {
  private final TileStore store;
  private final TileHashReader reader;

  /** A view of the log in {@code store}. */
  public LogView(TileStore store) {
    this.store = store;
    this.reader = new TileHashReader(store);
  }

  /** The number of durable entries. */
  public long size() throws LedgerException {
    return store.treeSize();
  }

  /** RFC 9162 §2.1.1: the root hash of the first {@code size} entries. */
  public Hash rootHash(long size) throws LedgerException {
    requireSize(size);
    return MerkleTree.rootHash(reader, size);
  }

  /** Entry {@code index}. */
  public byte[] entry(long index) throws LedgerException {
    requireSize(index + 1);
    return reader.entry(index);
  }

  /** RFC 9162 §2.1.3.1: the inclusion proof of entry {@code index} in the tree of {@code size}. */
  public InclusionProof inclusionProof(long index, long size) throws LedgerException {
    requireSize(size);
    return MerkleTree.inclusionProof(reader, index, size);
  }

  @Override
  public ConsistencyProof consistencyProof(long oldSize, long newSize) throws LedgerException {
    requireSize(newSize);
    return MerkleTree.consistencyProof(reader, oldSize, newSize);
  }

  /** The latest published checkpoint, if any. */
  public Optional<SignedNote> latestCheckpoint() throws LedgerException {
    Optional<String> text = store.readCheckpoint();
    return text.isEmpty() ? Optional.empty() : Optional.of(SignedNote.parse(text.get()));
  }

  @Override
  public String latestCheckpointNote() throws LedgerException {
    return latestCheckpoint()
        .orElseThrow(() -> new LedgerException(Code.OUT_OF_RANGE, "the log has no checkpoint yet"))
        .format();
  }

  /** A receipt for entry {@code index} under the published checkpoint, which must cover it. */
  public Receipt receipt(long index) throws LedgerException {
    SignedNote note =
        latestCheckpoint()
            .orElseThrow(
                () -> new LedgerException(Code.OUT_OF_RANGE, "the log has no checkpoint yet"));
    long size = Checkpoint.parse(note.text()).size();
    if (index < 0 || index >= size) {
      throw new LedgerException(
          Code.OUT_OF_RANGE,
          "entry " + index + " is not in the latest checkpoint (size " + size + ")");
    }
    byte[] entry = entry(index);
    InclusionProof proof = inclusionProof(index, size);
    MerkleTree.verifyInclusion(proof, DomainSeparation.leafHash(entry), rootHash(size));
    return new Receipt(entry, proof, note.format());
  }

  private void requireSize(long size) throws LedgerException {
    long have = store.treeSize();
    if (size < 0 || size > have) {
      throw new LedgerException(
          Code.OUT_OF_RANGE, "tree size " + size + " is beyond the log's " + have + " entries");
    }
  }
}
