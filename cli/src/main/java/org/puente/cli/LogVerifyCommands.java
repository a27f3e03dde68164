package org.puente.cli;

import java.io.PrintWriter;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.puente.ledger.LedgerException;
import org.puente.ledger.LedgerException.Code;
import org.puente.ledger.application.LogView;
import org.puente.ledger.application.TransparencyLog;
import org.puente.ledger.application.Witness;
import org.puente.ledger.infrastructure.FileTileStore;
import org.puente.ledger.infrastructure.FileWitnessStateStore;
import org.puente.ledger.model.Checkpoint;
import org.puente.ledger.model.DomainSeparation;
import org.puente.ledger.model.Hash;
import org.puente.ledger.model.NoteSignature;
import org.puente.ledger.model.NoteSigner;
import org.puente.ledger.model.Receipt;
import org.puente.ledger.model.SignedNote;
import org.puente.ledger.model.VerifierKey;
import org.puente.ledger.model.WitnessOutcome;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** The checking side of {@code puente log}: verify, verify-receipt, witness. */
final class LogVerifyCommands {
  private LogVerifyCommands() {}

  /** {@code puente log verify --dir DIR --key VKEY}: audits a whole log directory. */
  @Command(
      name = "verify",
      description =
          "Check the published checkpoint's signature and that every entry and tile in"
              + " the directory hashes to its root.")
  static final class Verify implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Option(names = "--dir", required = true, description = "The log directory.")
    Path dir;

    @Option(names = "--key", required = true, description = "The log's vkey, or a file with it.")
    String key;

    @Override
    public Integer call() {
      try (FileTileStore store = FileTileStore.open(dir)) {
        VerifierKey vkey = LogCommand.readVkey(key);
        LogView view = new LogView(store);
        SignedNote note =
            view.latestCheckpoint()
                .orElseThrow(() -> new LedgerException(Code.OUT_OF_RANGE, "no checkpoint yet"));
        Checkpoint checkpoint = Checkpoint.open(note, vkey, vkey.name());
        Hash root = leafAudit(view, checkpoint.size());
        if (!root.equals(checkpoint.rootHash())) {
          throw new LedgerException(
              Code.INCLUSION_PROOF_FAILED,
              "entries hash to root "
                  + root.hex()
                  + ", checkpoint says "
                  + checkpoint.rootHash().hex());
        }
        PrintWriter out = spec.commandLine().getOut();
        out.println(
            "verified "
                + checkpoint.origin()
                + " size "
                + checkpoint.size()
                + " root "
                + checkpoint.rootHash().hex());
        for (NoteSignature s : note.signatures()) {
          out.println(
              "signature " + s.name() + String.format(java.util.Locale.ROOT, " %08x", s.keyId()));
        }
        return 0;
      } catch (Exception e) {
        return LogCommand.fail(spec, e);
      }
    }

    // Recomputes the root from the entries themselves (not the stored hashes) and compares it
    // with the one the tiles give.
    private static Hash leafAudit(LogView view, long size) throws LedgerException {
      java.util.List<Hash> stack = new java.util.ArrayList<>();
      java.util.List<Long> sizes = new java.util.ArrayList<>();
      for (long i = 0; i < size; i++) {
        Hash h = DomainSeparation.leafHash(view.entry(i));
        long n = 1;
        while (!sizes.isEmpty() && sizes.get(sizes.size() - 1) == n) {
          h = DomainSeparation.nodeHash(stack.remove(stack.size() - 1), h);
          sizes.remove(sizes.size() - 1);
          n *= 2;
        }
        stack.add(h);
        sizes.add(n);
      }
      if (stack.isEmpty()) {
        return DomainSeparation.emptyRoot();
      }
      Hash root = stack.get(stack.size() - 1);
      for (int i = stack.size() - 2; i >= 0; i--) {
        root = DomainSeparation.nodeHash(stack.get(i), root);
      }
      Hash fromTiles = view.rootHash(size);
      if (!fromTiles.equals(root)) {
        throw new LedgerException(
            Code.TRUNCATED_TILE,
            "the hash tiles give root " + fromTiles.hex() + ", the entries " + root.hex());
      }
      return root;
    }
  }

  /** {@code puente log verify-receipt RECEIPT --key VKEY}: offline receipt check. */
  @Command(name = "verify-receipt", description = "Verify a receipt offline with the log's key.")
  static final class VerifyReceipt implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Parameters(index = "0", paramLabel = "RECEIPT", description = "The receipt file.")
    Path receipt;

    @Option(names = "--key", required = true, description = "The log's vkey, or a file with it.")
    String key;

    @Option(names = "--witness", description = "A witness vkey whose cosignature is required.")
    String witness;

    @Override
    public Integer call() {
      try {
        if (Files.size(receipt) > 256 * 1024) {
          throw new LedgerException(Code.INPUT_TOO_LARGE, "a receipt is at most 256 KiB");
        }
        Receipt r = Receipt.parse(Files.readString(receipt, StandardCharsets.UTF_8));
        Checkpoint checkpoint = r.verify(LogCommand.readVkey(key));
        if (witness != null) {
          LogCommand.readVkey(witness).verify(SignedNote.parse(r.signedCheckpoint()));
        }
        spec.commandLine()
            .getOut()
            .println(
                "verified: entry "
                    + r.proof().index()
                    + " is in "
                    + checkpoint.origin()
                    + " at tree size "
                    + checkpoint.size()
                    + (witness != null ? ", witnessed" : ""));
        return 0;
      } catch (Exception e) {
        return LogCommand.fail(spec, e);
      }
    }
  }

  /**
   * {@code puente log witness ...}: cosign another log's checkpoint after checking it (files), or
   * have a running node cross-witness with the other country's node ({@code --node}).
   */
  @Command(
      name = "witness",
      description =
          "Check the watched log's checkpoint for consistency with the last one seen"
              + " and cosign it; a fork raises an alarm logged in this node's log (exit 1)."
              + " With --node: register the other country's node on a running node (--peer)"
              + " and have it cosign the node's latest checkpoint now.")
  static final class WitnessCmd implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Option(names = "--dir", description = "This node's own log directory.")
    Path dir;

    @Option(names = "--key", description = "This node's log key file.")
    Path key;

    @Option(
        names = "--origin",
        defaultValue = LogCommand.DEFAULT_ORIGIN,
        description = "This node's log origin.")
    String origin;

    @Option(names = "--witness-key", description = "The cosigning key file.")
    Path witnessKey;

    @Option(names = "--name", description = "The witness name.")
    String name;

    @Option(names = "--watch", description = "The watched log's directory.")
    Path watch;

    @Option(names = "--log-key", description = "The watched log's vkey.")
    String logKey;

    @Option(names = "--publish", description = "Add the cosignature to the watched checkpoint.")
    boolean publish;

    @Option(names = "--node", description = "A running authority node's base URL.")
    URI node;

    @Option(names = "--token", description = "A node-admin token of --node.")
    String token;

    @Option(
        names = "--peer",
        description =
            "The other country's node to register on --node (its base URL; the nodes then talk"
                + " over mutual TLS at the peer endpoint its DID document names).")
    URI peer;

    @Option(names = "--peer-log-key", description = "Pin: the vkey --peer must publish as log.")
    String peerLogKey;

    @Option(
        names = "--peer-witness-key",
        description = "Pin: the vkey --peer must publish as witness.")
    String peerWitnessKey;

    @Override
    public Integer call() {
      if (node != null) {
        try {
          if (token == null) {
            throw new IllegalArgumentException("--node needs --token (a node-admin token)");
          }
          return LogWitnessOnNode.run(
              new LogWitnessOnNode.Options(
                  node,
                  token,
                  Optional.ofNullable(peer),
                  Optional.ofNullable(peerLogKey),
                  Optional.ofNullable(peerWitnessKey)),
              spec.commandLine().getOut());
        } catch (Exception e) {
          return LogCommand.fail(spec, e);
        }
      }
      if (dir == null
          || key == null
          || witnessKey == null
          || name == null
          || watch == null
          || logKey == null) {
        spec.commandLine()
            .getErr()
            .println(
                "puente log witness: give --dir, --key, --witness-key, --name, --watch and"
                    + " --log-key (files), or --node and --token (a running node)");
        return Main.UNUSABLE;
      }
      return onFiles();
    }

    private Integer onFiles() {
      try (TransparencyLog own =
              TransparencyLog.open(
                  FileTileStore.open(dir), NoteSigner.log(origin, LogCommand.readKey(key)));
          FileTileStore watched = FileTileStore.open(watch)) {
        VerifierKey vkey = LogCommand.readVkey(logKey);
        NoteSigner cosigner = NoteSigner.cosigner(name, LogCommand.readKey(witnessKey));
        PrintWriter out = spec.commandLine().getOut();
        Witness witness =
            new Witness(
                cosigner,
                Map.of(vkey.name(), vkey),
                new FileWitnessStateStore(dir.resolve("witness")),
                alarm ->
                    spec.commandLine()
                        .getErr()
                        .println(
                            "ALARM " + alarm.kind() + " " + alarm.origin() + ": " + alarm.reason()),
                own,
                Clock.systemUTC());
        WitnessOutcome outcome = witness.poll(new LogView(watched));
        if (outcome instanceof WitnessOutcome.Cosigned c) {
          if (publish) {
            watched.writeCheckpoint(c.cosigned().format());
          }
          out.print(c.cosigned().format());
          out.flush();
          return 0;
        }
        if (outcome instanceof WitnessOutcome.Stale s) {
          out.println("stale: size " + s.checkpoint().size() + " < " + s.latestSize());
          return 0;
        }
        WitnessOutcome.Alarmed a = (WitnessOutcome.Alarmed) outcome;
        out.println("alarm logged at index " + a.alarmIndex() + " of " + own.origin());
        return Main.NEGATIVE;
      } catch (Exception e) {
        return LogCommand.fail(spec, e);
      }
    }
  }
}
