package org.puente.cli;

import jakarta.json.Json;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.puente.credentials.CredentialException;
import org.puente.credentials.keys.MultikeyPair;
import org.puente.ledger.LedgerException;
import org.puente.ledger.LedgerException.Code;
import org.puente.ledger.application.LogView;
import org.puente.ledger.application.TransparencyLog;
import org.puente.ledger.infrastructure.FileTileStore;
import org.puente.ledger.model.Checkpoint;
import org.puente.ledger.model.ConsistencyProof;
import org.puente.ledger.model.Hash;
import org.puente.ledger.model.NoteSigner;
import org.puente.ledger.model.SignedNote;
import org.puente.ledger.model.VerifierKey;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code puente log}: a file-backed transparency log (C2SP tlog-tiles in a directory). */
@Command(
    name = "log",
    description = "Append to, checkpoint, prove, verify and witness a transparency log.",
    subcommands = {
      LogCommand.Append.class,
      LogCommand.CheckpointCmd.class,
      LogCommand.Prove.class,
      LogVerifyCommands.Verify.class,
      LogVerifyCommands.VerifyReceipt.class,
      LogVerifyCommands.WitnessCmd.class,
      LogCommand.Vkey.class
    })
final class LogCommand {
  /** Default origin (and key name) of a log directory without a checkpoint yet. */
  static final String DEFAULT_ORIGIN = "puente.local/log";

  /** Options shared by commands that sign as the log. */
  static class Signing {
    @Option(names = "--dir", required = true, description = "The log directory.")
    Path dir;

    @Option(names = "--key", required = true, description = "The log's Ed25519 Multikey key file.")
    Path key;

    @Option(
        names = "--origin",
        description =
            "Checkpoint origin and key name, fixed on first use (default " + DEFAULT_ORIGIN + ").")
    String origin;

    TransparencyLog open() throws LedgerException, IOException, CredentialException {
      MultikeyPair pair = readKey(key);
      Files.createDirectories(dir);
      Path originFile = dir.resolve("origin");
      String known =
          Files.exists(originFile)
              ? Files.readString(originFile, StandardCharsets.UTF_8).strip()
              : null;
      if (known != null && origin != null && !known.equals(origin)) {
        throw new LedgerException(
            Code.WRONG_ORIGIN, "this log's origin is '" + known + "', not '" + origin + "'");
      }
      String name = known != null ? known : origin != null ? origin : DEFAULT_ORIGIN;
      if (known == null) {
        Files.writeString(originFile, name + "\n", StandardCharsets.UTF_8);
      }
      return TransparencyLog.open(FileTileStore.open(dir), NoteSigner.log(name, pair));
    }
  }

  static MultikeyPair readKey(Path file) throws IOException, CredentialException {
    String json = Files.readString(file, StandardCharsets.UTF_8);
    try (var reader = Json.createReader(new StringReader(json))) {
      return MultikeyPair.fromKeyFile(reader.readObject());
    }
  }

  /** A vkey given inline or as a file holding it. */
  static VerifierKey readVkey(String value) throws IOException, LedgerException {
    Path file = Path.of(value);
    String text =
        Files.isRegularFile(file) ? Files.readString(file, StandardCharsets.UTF_8) : value;
    return VerifierKey.parse(text.strip());
  }

  /** Maps a failure to an exit status: 1 when verification failed, 2 for unusable input. */
  static int fail(CommandSpec spec, Exception e) {
    Throwable cause = e instanceof CompletionException && e.getCause() != null ? e.getCause() : e;
    PrintWriter err = spec.commandLine().getErr();
    String name = spec.qualifiedName(" ");
    if (cause instanceof LedgerException le) {
      err.println(name + ": " + le.code() + ": " + le.getMessage());
      return switch (le.code()) {
        case INVALID_SIGNATURE,
            UNKNOWN_SIGNER,
            INCLUSION_PROOF_FAILED,
            CONSISTENCY_PROOF_FAILED,
            WRONG_ORIGIN,
            NOT_WITNESSED ->
            Main.NEGATIVE;
        default -> Main.UNUSABLE;
      };
    }
    err.println(name + ": " + cause.getMessage());
    return Main.UNUSABLE;
  }

  /** {@code puente log append --dir DIR --key KEY [FILE...]}. */
  @Command(
      name = "append",
      description = "Append entries: each FILE is one entry; without FILE, each stdin line is one.")
  static final class Append extends Signing implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Parameters(arity = "0..*", paramLabel = "FILE", description = "Files, one entry each.")
    List<Path> files = new ArrayList<>();

    @Override
    public Integer call() {
      try (TransparencyLog log = open()) {
        List<byte[]> entries = new ArrayList<>();
        if (files.isEmpty()) {
          BufferedReader in =
              new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
          for (String line = in.readLine(); line != null; line = in.readLine()) {
            entries.add(line.getBytes(StandardCharsets.UTF_8));
          }
        } else {
          for (Path file : files) {
            entries.add(Files.readAllBytes(file));
          }
        }
        List<CompletableFuture<Long>> acks = new ArrayList<>();
        entries.forEach(e -> acks.add(log.appendAsync(e)));
        for (CompletableFuture<Long> ack : acks) {
          spec.commandLine().getOut().println(ack.join());
        }
        return 0;
      } catch (Exception e) {
        return fail(spec, e);
      }
    }
  }

  /** {@code puente log checkpoint --dir DIR --key KEY}. */
  @Command(name = "checkpoint", description = "Sign and publish a checkpoint of the log.")
  static final class CheckpointCmd extends Signing implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Override
    public Integer call() {
      try (TransparencyLog log = open()) {
        PrintWriter out = spec.commandLine().getOut();
        out.print(log.checkpoint().format());
        out.flush(); // print() does not auto-flush, and Main exits right after
        spec.commandLine().getErr().println("verifier key: " + log.verifierKey().encode());
        return 0;
      } catch (Exception e) {
        return fail(spec, e);
      }
    }
  }

  /** {@code puente log vkey --key KEY [--origin NAME] [--witness]}. */
  @Command(name = "vkey", description = "Print the verifier key (vkey) of a key file.")
  static final class Vkey implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Option(names = "--key", required = true, description = "An Ed25519 Multikey key file.")
    Path key;

    @Option(names = "--origin", defaultValue = DEFAULT_ORIGIN, description = "The key name.")
    String origin;

    @Option(names = "--witness", description = "A cosigner key (type 0x04) instead of a log key.")
    boolean witness;

    @Override
    public Integer call() {
      try {
        MultikeyPair pair = readKey(key);
        NoteSigner signer =
            witness ? NoteSigner.cosigner(origin, pair) : NoteSigner.log(origin, pair);
        spec.commandLine().getOut().println(signer.verifierKey().encode());
        return 0;
      } catch (Exception e) {
        return fail(spec, e);
      }
    }
  }

  /** {@code puente log prove --dir DIR (--index N [--out FILE] | --old M [--new N])}. */
  @Command(
      name = "prove",
      description =
          "Write a receipt for entry --index, or a consistency proof from --old to --new.")
  static final class Prove implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Option(names = "--dir", required = true, description = "The log directory.")
    Path dir;

    @Option(names = "--index", description = "The entry to prove (writes a receipt).")
    Long index;

    @Option(names = "--out", description = "Write the receipt here instead of stdout.")
    Path out;

    @Option(names = "--old", description = "Old tree size of a consistency proof.")
    Long oldSize;

    @Option(names = "--new", description = "New tree size (default: the checkpoint's).")
    Long newSize;

    @Override
    public Integer call() {
      if ((index == null) == (oldSize == null)) {
        spec.commandLine().getErr().println("puente log prove: give either --index or --old");
        return Main.UNUSABLE;
      }
      try (FileTileStore store = FileTileStore.open(dir)) {
        LogView view = new LogView(store);
        if (index != null) {
          String receipt = view.receipt(index).toJson();
          if (out == null) {
            spec.commandLine().getOut().println(receipt);
          } else {
            Files.writeString(out, receipt + "\n", StandardCharsets.UTF_8);
          }
          return 0;
        }
        long to = newSize != null ? newSize : checkpointSize(view);
        ConsistencyProof proof = view.consistencyProof(oldSize, to);
        spec.commandLine().getOut().println("consistency " + oldSize + " " + to);
        proof.path().stream().map(Hash::base64).forEach(spec.commandLine().getOut()::println);
        return 0;
      } catch (Exception e) {
        return fail(spec, e);
      }
    }

    private static long checkpointSize(LogView view) throws LedgerException {
      SignedNote note =
          view.latestCheckpoint()
              .orElseThrow(() -> new LedgerException(Code.OUT_OF_RANGE, "no checkpoint yet"));
      return Checkpoint.parse(note.text()).size();
    }
  }
}
