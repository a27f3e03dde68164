package org.puente.server.ledger;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.puente.ledger.LedgerException;
import org.puente.ledger.LedgerException.Code;
import org.puente.ledger.application.TransparencyLog;
import org.puente.ledger.model.Checkpoint;
import org.puente.ledger.model.Hash;
import org.puente.ledger.model.NoteSignature;
import org.puente.ledger.model.SignedNote;
import org.puente.ledger.model.VerifierKey;

/**
 * Has the peer authority node's witness cosign this node's log (C2SP tlog-witness, client side):
 * signs a checkpoint of the current tree, submits it with a consistency proof from the size the
 * witness last cosigned ({@code add-checkpoint}; on 409 the witness says that size and the request
 * is repeated once), verifies the returned cosignature with the peer's witness key and adds it to
 * the published checkpoint. Run on a schedule; the MX node does the same towards the US node.
 */
public final class PeerWitnessing {
  private final TransparencyLog log;
  private final HttpClient http;
  private final URI addCheckpoint;
  private final VerifierKey peerWitness;
  private final Optional<Supplier<String>> token;
  private long lastCosigned;

  /**
   * Node-to-node over mutual TLS: {@code http} presents this node's DID-bound certificate to the
   * peer's peer endpoint ({@code PeerTls#clientFor}), which identifies this node by it; no token.
   *
   * @param peerWitnessUrl the peer's witness prefix at its peer endpoint ({@code
   *     https://peer:8443/log/witness})
   * @param peerWitness the peer witness's cosigner key
   */
  public PeerWitnessing(
      TransparencyLog log, HttpClient http, URI peerWitnessUrl, VerifierKey peerWitness) {
    this(log, http, peerWitnessUrl, peerWitness, Optional.empty());
  }

  /**
   * @param peerWitnessUrl the peer's witness prefix ({@code https://peer/log/witness})
   * @param peerWitness the peer witness's cosigner key
   * @param token the bearer token the peer accepts (a node-admin service account, e.g. of an OIDC
   *     provider both authorities share)
   */
  public PeerWitnessing(
      TransparencyLog log,
      HttpClient http,
      URI peerWitnessUrl,
      VerifierKey peerWitness,
      Supplier<String> token) {
    this(log, http, peerWitnessUrl, peerWitness, Optional.of(token));
  }

  private PeerWitnessing(
      TransparencyLog log,
      HttpClient http,
      URI peerWitnessUrl,
      VerifierKey peerWitness,
      Optional<Supplier<String>> token) {
    if (!peerWitness.isCosigner()) {
      throw new IllegalArgumentException("the peer witness key must be a cosigner key (0x04)");
    }
    this.log = log;
    this.http = http;
    this.addCheckpoint =
        URI.create(peerWitnessUrl.toString().replaceAll("/$", "") + "/add-checkpoint");
    this.peerWitness = peerWitness;
    this.token = token;
  }

  /**
   * One round: returns the checkpoint with the peer's cosignature (also added to the published
   * checkpoint unless a newer one was signed meanwhile).
   */
  public synchronized SignedNote witnessOnce() throws LedgerException {
    SignedNote note = log.checkpoint();
    long size = Checkpoint.parse(note.text()).size();
    HttpResponse<String> response = submit(note, size);
    if (response.statusCode() == 409 && isSize(response)) {
      lastCosigned = parseSize(response.body());
      response = submit(note, size);
    }
    if (response.statusCode() != 200) {
      throw new LedgerException(
          Code.STORAGE_FAILED,
          "the peer witness answered " + response.statusCode() + ": " + response.body());
    }
    SignedNote cosigned = SignedNote.parse(note.format() + response.body());
    NoteSignature cosignature = peerWitness.verify(cosigned);
    lastCosigned = size;
    try {
      log.addCosignature(cosigned, peerWitness);
    } catch (LedgerException e) {
      if (e.code() != Code.MALFORMED_NOTE) {
        throw e;
      }
      // A newer checkpoint was published meanwhile: the next round has it cosigned.
    }
    return note.with(cosignature);
  }

  private HttpResponse<String> submit(SignedNote note, long size) throws LedgerException {
    if (lastCosigned > size) {
      lastCosigned = 0; // the witness knows more than this log holds: it will answer 409 or alarm
    }
    List<Hash> proof =
        lastCosigned == 0 ? List.of() : log.consistencyProof(lastCosigned, size).path();
    String body = new AddCheckpoint(lastCosigned, proof, note.format()).format();
    HttpRequest.Builder request =
        HttpRequest.newBuilder(addCheckpoint)
            .timeout(Duration.ofSeconds(10))
            .header("Content-Type", "text/plain; charset=utf-8")
            .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
    token.ifPresent(t -> request.header("Authorization", "Bearer " + t.get()));
    try {
      return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new LedgerException(Code.STORAGE_FAILED, "peer witness unreachable: " + e, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new LedgerException(Code.STORAGE_FAILED, "interrupted", e);
    }
  }

  private static boolean isSize(HttpResponse<String> response) {
    return response
        .headers()
        .firstValue("Content-Type")
        .orElse("")
        .startsWith(LogController.SIZE_TYPE);
  }

  private static long parseSize(String body) throws LedgerException {
    String digits = body.strip();
    if (!digits.matches("[0-9]{1,19}")) {
      throw new LedgerException(Code.MALFORMED_NOTE, "the peer's 409 body is no size: " + body);
    }
    return Long.parseLong(digits);
  }
}
