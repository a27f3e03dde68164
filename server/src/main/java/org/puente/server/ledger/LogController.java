package org.puente.server.ledger;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.puente.ledger.LedgerException;
import org.puente.ledger.application.TransparencyLog;
import org.puente.ledger.model.DomainSeparation;
import org.puente.ledger.model.Hash;
import org.puente.ledger.model.InclusionProof;
import org.puente.ledger.model.TileId;
import org.puente.server.auth.Caller;
import org.puente.server.auth.Role;
import org.puente.server.node.NodeIdentity;
import org.puente.server.node.NodeProperties;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The node's transparency log over HTTP: C2SP tlog-tiles ({@code /log/checkpoint}, {@code
 * /log/tile/...}), entry lookup, RFC 9162 inclusion and consistency proofs, receipts, the C2SP
 * tlog-witness {@code add-checkpoint} of the node's witness, its fork alarms, and appends by the
 * node's administrators.
 */
@RestController
public class LogController {
  /** C2SP tlog-witness: the media type of a 409 body carrying the last cosigned size. */
  public static final String SIZE_TYPE = "text/x.tlog.size";

  /** C2SP tlog-tiles: a checkpoint is served as UTF-8 text. */
  public static final String CHECKPOINT_TYPE = "text/plain; charset=utf-8";

  private static final int MAX_ALARMS = 500;

  private final TransparencyLog log;
  private final TileReader tiles;
  private final WitnessService witness;
  private final PgAlarms alarms;

  private final NodeProperties node;
  private final NodeIdentity identity;

  LogController(
      TransparencyLog log,
      PgTileStore store,
      WitnessService witness,
      PgAlarms alarms,
      NodeProperties node,
      NodeIdentity identity) {
    this.log = log;
    this.node = node;
    this.identity = identity;
    this.tiles = new TileReader(store);
    this.witness = witness;
    this.alarms = alarms;
  }

  @GetMapping("/log/checkpoint")
  ResponseEntity<String> checkpoint() throws LedgerException {
    return ResponseEntity.ok()
        .contentType(MediaType.parseMediaType(CHECKPOINT_TYPE))
        .cacheControl(CacheControl.noCache())
        .body(log.checkpoint().format());
  }

  /** C2SP tlog-tiles: full tiles never change, so they are cached for good. */
  @GetMapping("/log/tile/**")
  ResponseEntity<byte[]> tile(HttpServletRequest request) throws LedgerException, LogRejection {
    String path = request.getRequestURI().substring("/log/".length());
    TileId id = TileId.parse(path);
    byte[] data =
        tiles
            .read(id)
            .orElseThrow(
                () -> new LogRejection(404, "tile-not-found", "the log has no tile " + path));
    CacheControl cache =
        id.isFull()
            ? CacheControl.maxAge(java.time.Duration.ofDays(365)).cachePublic().immutable()
            : CacheControl.noCache();
    return ResponseEntity.ok()
        .contentType(MediaType.APPLICATION_OCTET_STREAM)
        .cacheControl(cache)
        .body(data);
  }

  @GetMapping(value = "/log/keys", produces = MediaType.APPLICATION_JSON_VALUE)
  Map<String, Object> keys() throws LedgerException {
    return Map.of(
        "origin", log.origin(),
        "log", log.verifierKey().encode(),
        "witness", witness.verifierKey().encode(),
        "watches", witness.origins(),
        "role", node.role().name().toLowerCase(java.util.Locale.ROOT),
        "did", identity.did());
  }

  @GetMapping(value = "/log/entries/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
  Map<String, Object> entry(@PathVariable("id") long index) throws LedgerException {
    byte[] entry = log.entry(index);
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("index", index);
    out.put("entry", Base64.getEncoder().encodeToString(entry));
    out.put("leafHash", DomainSeparation.leafHash(entry).base64());
    return out;
  }

  @PostMapping(value = "/log/entries", produces = MediaType.APPLICATION_JSON_VALUE)
  ResponseEntity<Map<String, Object>> append(@RequestBody byte[] entry) throws LedgerException {
    long index = log.append(entry);
    return ResponseEntity.status(HttpStatus.CREATED).body(Map.of("index", index));
  }

  @GetMapping(value = "/log/proof/inclusion", produces = MediaType.APPLICATION_JSON_VALUE)
  Map<String, Object> inclusion(@RequestParam long index, @RequestParam long size)
      throws LedgerException {
    if (index < 0 || index >= size) {
      throw new IllegalArgumentException("need 0 <= index < size, found " + index + ", " + size);
    }
    InclusionProof proof = log.inclusionProof(index, size);
    return Map.of(
        "index", proof.index(),
        "treeSize", proof.treeSize(),
        "rootHash", log.rootHash(size).base64(),
        "path", base64(proof.path()));
  }

  @GetMapping(value = "/log/proof/consistency", produces = MediaType.APPLICATION_JSON_VALUE)
  Map<String, Object> consistency(@RequestParam long old, @RequestParam("new") long size)
      throws LedgerException {
    if (old < 0 || old > size) {
      throw new IllegalArgumentException("need 0 <= old <= new, found " + old + ", " + size);
    }
    return Map.of(
        "oldSize", old,
        "newSize", size,
        "path", base64(log.consistencyProof(old, size).path()));
  }

  @GetMapping(value = "/log/receipt/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
  ResponseEntity<String> receipt(@PathVariable("id") long index) throws LedgerException {
    return ResponseEntity.ok()
        .contentType(MediaType.APPLICATION_JSON)
        .body(log.receipt(index).toJson());
  }

  /** C2SP tlog-witness add-checkpoint. */
  @PostMapping("/log/witness/add-checkpoint")
  ResponseEntity<String> addCheckpoint(
      @RequestBody byte[] body, @AuthenticationPrincipal Caller caller)
      throws LedgerException, LogRejection {
    AddCheckpoint request = AddCheckpoint.parse(body);
    if (caller != null && caller.has(Role.PEER_NODE)) {
      witness.requireSubmittedByItsPeer(request, caller.subject());
    }
    WitnessService.Result result = witness.add(request);
    if (result instanceof WitnessService.Result.SizeConflict conflict) {
      return ResponseEntity.status(HttpStatus.CONFLICT)
          .contentType(MediaType.parseMediaType(SIZE_TYPE))
          .body(conflict.size() + "\n");
    }
    return ResponseEntity.ok()
        .contentType(MediaType.parseMediaType(CHECKPOINT_TYPE))
        .body(((WitnessService.Result.Cosigned) result).lines());
  }

  @GetMapping(value = "/log/alarms", produces = MediaType.APPLICATION_JSON_VALUE)
  List<AlarmRecord> alarms(@RequestParam(defaultValue = "100") int limit) {
    if (limit < 1 || limit > MAX_ALARMS) {
      throw new IllegalArgumentException("limit must be 1.." + MAX_ALARMS + ": " + limit);
    }
    return alarms.latest(limit);
  }

  private static List<String> base64(List<Hash> path) {
    return path.stream().map(Hash::base64).toList();
  }
}
