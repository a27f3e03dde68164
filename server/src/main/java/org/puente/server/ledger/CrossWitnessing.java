package org.puente.server.ledger;

import jakarta.json.JsonObject;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.puente.ledger.LedgerException;
import org.puente.ledger.application.TransparencyLog;
import org.puente.ledger.infrastructure.HttpLogSource;
import org.puente.ledger.model.Checkpoint;
import org.puente.ledger.model.NoteSignature;
import org.puente.ledger.model.SignedNote;
import org.puente.ledger.model.VerifierKey;
import org.puente.ledger.model.WitnessOutcome;
import org.puente.server.tls.PeerTls;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Cross-witnessing rounds. Push mode (C2SP tlog-witness): each round signs a checkpoint of this
 * node's log and has every registered peer's witness cosign it ({@link PeerWitnessing}); the
 * cosignature is checked against the {@link PeerDirectory#policy} (the other country's witness),
 * added to the published checkpoint and kept in {@code ledger_cosigned}. Pull mode ({@link
 * HttpLogSource}): the same round has this node's witness read the peer's published checkpoint and
 * tiles and check them against what it cosigned. Both go to the peer's peer endpoint over mutual
 * TLS, so each side knows by cryptography which DID it talks to. Runs on a schedule and on demand.
 */
public final class CrossWitnessing {
  private static final Logger LOG = LoggerFactory.getLogger(CrossWitnessing.class);

  /**
   * One peer's answer in a round.
   *
   * @param origin the peer's log origin
   * @param witness the peer witness's name
   * @param size the size of this log it cosigned, when it did
   * @param checkpoint the checkpoint with the log's signature and the peer's cosignature
   * @param error why not, when it did not
   * @param audit what this node's witness found in the peer's published log (pull mode)
   */
  public record Round(
      String origin,
      String witness,
      Optional<Long> size,
      Optional<String> checkpoint,
      Optional<String> error,
      String audit) {
    Round withAudit(String found) {
      return new Round(origin, witness, size, checkpoint, error, found);
    }
  }

  private final TransparencyLog log;
  private final PeerDirectory peers;
  private final WitnessService witness;
  private final PeerTls tls;
  private final Map<String, Peer> clients = new ConcurrentHashMap<>();

  // The mutual-TLS client bound to one peer's DID document, and its witnessing client.
  private record Peer(HttpClient http, PeerWitnessing witnessing) {}

  /**
   * Pushes {@code log}'s checkpoints to the witnesses of {@code peers}, and has {@code witness}
   * audit each peer's published log; every call goes to the peer's peer endpoint over mutual TLS
   * ({@link PeerTls#clientFor}, bound to the DID document the peer had when it was registered).
   */
  public CrossWitnessing(
      TransparencyLog log, PeerDirectory peers, WitnessService witness, PeerTls tls) {
    this.log = log;
    this.peers = peers;
    this.witness = witness;
    this.tls = tls;
  }

  /**
   * One round over every registered peer — push this log's checkpoint to the peer's witness, and
   * pull the peer's published checkpoint into this node's witness; a failing peer does not stop the
   * others.
   */
  public synchronized List<Round> runOnce() throws LedgerException {
    List<Round> rounds = new ArrayList<>();
    for (LedgerPeer peer : peers.all()) {
      rounds.add(push(peer).withAudit(audit(peer)));
    }
    return rounds;
  }

  // Pull mode (HttpLogSource): what the peer shows everyone must agree with what it showed us.
  private String audit(LedgerPeer peer) {
    URI prefix = URI.create(peer.url().toString().replaceAll("/$", "") + "/log");
    try {
      WitnessOutcome outcome = witness.poll(new HttpLogSource(client(peer).http(), prefix));
      if (outcome instanceof WitnessOutcome.Alarmed a) {
        return "ALARM " + a.alarm().kind() + ": " + a.alarm().reason();
      }
      if (outcome instanceof WitnessOutcome.Stale s) {
        return "published size " + s.checkpoint().size() + " is behind cosigned " + s.latestSize();
      }
      return "published checkpoint "
          + ((WitnessOutcome.Cosigned) outcome).checkpoint().size()
          + " consistent";
    } catch (LedgerException | RuntimeException e) {
      LOG.warn("could not audit the log of {}: {}", peer.origin(), e.toString());
      return "not audited: " + e.getMessage();
    }
  }

  /** {@link #runOnce} for a scheduler: failures are logged and retried on the next round. */
  public void runQuietly() {
    try {
      runOnce();
    } catch (LedgerException | RuntimeException e) {
      LOG.warn("cross-witnessing round failed: {}", e.toString());
    }
  }

  private Round push(LedgerPeer peer) throws LedgerException {
    String witness = peer.witnessKey().name();
    try {
      SignedNote cosigned = client(peer).witnessing().witnessOnce();
      List<NoteSignature> counted = peers.policy().check(cosigned);
      long size = Checkpoint.parse(cosigned.text()).size();
      SignedNote evidence = evidence(cosigned, peer.witnessKey());
      peers.recordCosigned(peer.origin(), size, evidence, witness);
      LOG.info("checkpoint {} of {} cosigned by {}", size, log.origin(), counted.get(0).name());
      return new Round(
          peer.origin(),
          witness,
          Optional.of(size),
          Optional.of(evidence.format()),
          Optional.empty(),
          "");
    } catch (LedgerException | RuntimeException e) {
      peers.recordFailure(peer.origin(), e.getMessage());
      LOG.warn("the witness of {} did not cosign: {}", peer.origin(), e.toString());
      return new Round(
          peer.origin(),
          witness,
          Optional.empty(),
          Optional.empty(),
          Optional.of(e.getMessage()),
          "");
    }
  }

  // One client per peer: it remembers the size the peer last cosigned. A new URL or DID document
  // (a registration again) makes a new client.
  private Peer client(LedgerPeer peer) {
    JsonObject document =
        peer.didDocument()
            .orElseThrow(
                () ->
                    new IllegalStateException(
                        peer.origin()
                            + " was registered before node-to-node mutual TLS: register it again"));
    String key = peer.origin() + " " + peer.url() + " " + document.hashCode();
    clients.keySet().removeIf(k -> k.startsWith(peer.origin() + " ") && !k.equals(key));
    return clients.computeIfAbsent(
        key,
        k -> {
          HttpClient http = tls.clientFor(peer.did(), document, Duration.ofSeconds(5));
          return new Peer(
              http, new PeerWitnessing(log, http, peer.witnessUrl(), peer.witnessKey()));
        });
  }

  // The log's signature and the peer's cosignature only: the evidence that the other country saw
  // this tree head.
  private SignedNote evidence(SignedNote cosigned, VerifierKey witness) throws LedgerException {
    NoteSignature logSignature = log.verifierKey().verify(cosigned);
    return new SignedNote(cosigned.text(), List.of(logSignature, witness.verify(cosigned)));
  }
}
