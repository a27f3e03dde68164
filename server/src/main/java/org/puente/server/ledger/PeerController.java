package org.puente.server.ledger;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.puente.ledger.LedgerException;
import org.puente.ledger.model.SignedNote;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Cross-witnessing over HTTP: an operator registers the other country's node ({@code POST
 * /log/peers}, keys fetched from its {@code /log/keys}), lists the peers and their last push, and
 * runs a round now ({@code POST /log/peers/witness}); anyone reads the latest checkpoint of this
 * log that the other country cosigned ({@code GET /log/witnessed}, or at one size).
 */
@RestController
public class PeerController {
  private final PeerRegistration registration;
  private final PeerDirectory peers;
  private final CrossWitnessing crossWitnessing;

  PeerController(
      PeerRegistration registration, PeerDirectory peers, CrossWitnessing crossWitnessing) {
    this.registration = registration;
    this.peers = peers;
    this.crossWitnessing = crossWitnessing;
  }

  /** The registration request's JSON body. */
  record RegisterPeer(String url, String logKey, String witnessKey) {}

  @PostMapping(
      value = "/log/peers",
      consumes = MediaType.APPLICATION_JSON_VALUE,
      produces = MediaType.APPLICATION_JSON_VALUE)
  ResponseEntity<Map<String, Object>> register(@RequestBody RegisterPeer body)
      throws LogRejection, LedgerException {
    URI url;
    try {
      url = URI.create(body.url() == null ? "" : body.url());
    } catch (IllegalArgumentException e) {
      throw new LogRejection(400, "invalid-peer", "the peer URL is not a URI: " + body.url());
    }
    LedgerPeer peer =
        registration.register(
            new PeerRegistration.Request(
                url, Optional.ofNullable(body.logKey()), Optional.ofNullable(body.witnessKey())));
    return ResponseEntity.status(HttpStatus.CREATED).body(view(peer));
  }

  @GetMapping(value = "/log/peers", produces = MediaType.APPLICATION_JSON_VALUE)
  List<Map<String, Object>> list() throws LedgerException {
    return peers.all().stream().map(PeerController::view).toList();
  }

  @PostMapping(value = "/log/peers/witness", produces = MediaType.APPLICATION_JSON_VALUE)
  List<Map<String, Object>> witnessNow() throws LedgerException {
    return crossWitnessing.runOnce().stream().map(PeerController::view).toList();
  }

  /** The latest checkpoint of this log with the other country's cosignature. */
  @GetMapping("/log/witnessed")
  ResponseEntity<String> witnessed() throws LedgerException {
    return note(peers.cosigned(Optional.empty()), "no checkpoint of this log is witnessed yet");
  }

  /** The checkpoint of size {@code size} with the other country's cosignature. */
  @GetMapping("/log/witnessed/{id}")
  ResponseEntity<String> witnessedAt(@PathVariable("id") long size) throws LedgerException {
    return note(
        peers.cosigned(Optional.of(size)), "the checkpoint of size " + size + " is not witnessed");
  }

  private ResponseEntity<String> note(Optional<String> note, String missing)
      throws LedgerException {
    String text =
        note.orElseThrow(() -> new LedgerException(LedgerException.Code.NOT_WITNESSED, missing));
    peers.policy().check(SignedNote.parse(text)); // still by a registered peer of the other country
    return ResponseEntity.ok()
        .contentType(MediaType.parseMediaType(LogController.CHECKPOINT_TYPE))
        .cacheControl(CacheControl.noCache())
        .body(text);
  }

  private static Map<String, Object> view(LedgerPeer peer) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("origin", peer.origin());
    out.put("url", peer.url().toString());
    out.put("jurisdiction", peer.jurisdiction().name());
    out.put("did", peer.did());
    out.put("logKey", peer.logKey().encode());
    out.put("witnessKey", peer.witnessKey().encode());
    out.put("registeredAt", peer.registeredAt().toString());
    peer.lastCosignedSize().ifPresent(s -> out.put("lastCosignedSize", s));
    peer.lastError().ifPresent(e -> out.put("lastError", e));
    return out;
  }

  private static Map<String, Object> view(CrossWitnessing.Round round) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("origin", round.origin());
    out.put("witness", round.witness());
    out.put("cosigned", round.size().isPresent());
    round.size().ifPresent(s -> out.put("size", s));
    round.checkpoint().ifPresent(c -> out.put("checkpoint", c));
    round.error().ifPresent(e -> out.put("error", e));
    out.put("audit", round.audit());
    return out;
  }
}
