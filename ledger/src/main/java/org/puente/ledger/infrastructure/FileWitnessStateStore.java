package org.puente.ledger.infrastructure;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import org.puente.ledger.LedgerException;
import org.puente.ledger.LedgerException.Code;
import org.puente.ledger.application.WitnessStateStore;
import org.puente.ledger.model.Checkpoint;
import org.puente.ledger.model.SignedNote;
import org.puente.ledger.model.WitnessState;

/**
 * Keeps a witness's state as files: one per watched origin ({@code DIR/<hex SHA-256 of the
 * origin>.checkpoint}), holding the last accepted signed checkpoint, replaced durably.
 */
public final class FileWitnessStateStore implements WitnessStateStore {
  private final Path dir;

  public FileWitnessStateStore(Path dir) throws LedgerException {
    this.dir = dir;
    try {
      Files.createDirectories(dir);
    } catch (IOException e) {
      throw new LedgerException(Code.STORAGE_FAILED, "could not create " + dir + ": " + e, e);
    }
  }

  @Override
  public Optional<WitnessState> load(String origin) throws LedgerException {
    Path file = file(origin);
    try {
      if (!Files.exists(file)) {
        return Optional.empty();
      }
      String note = Files.readString(file, StandardCharsets.UTF_8);
      Checkpoint checkpoint = Checkpoint.parse(SignedNote.parse(note).text());
      if (!checkpoint.origin().equals(origin)) {
        throw new LedgerException(Code.WRONG_ORIGIN, file + " holds a checkpoint of another log");
      }
      return Optional.of(new WitnessState(checkpoint, note));
    } catch (IOException e) {
      throw new LedgerException(Code.STORAGE_FAILED, "could not read " + file + ": " + e, e);
    }
  }

  @Override
  public void save(WitnessState state) throws LedgerException {
    Path file = file(state.origin());
    try {
      FileTileStore.writeDurably(file, state.signedCheckpoint().getBytes(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new LedgerException(Code.STORAGE_FAILED, "could not write " + file + ": " + e, e);
    }
  }

  private Path file(String origin) {
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256").digest(origin.getBytes(StandardCharsets.UTF_8));
      return dir.resolve(HexFormat.of().formatHex(digest) + ".checkpoint");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform has SHA-256", e);
    }
  }
}
