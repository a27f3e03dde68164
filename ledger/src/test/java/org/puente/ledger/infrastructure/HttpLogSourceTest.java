package org.puente.ledger.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.puente.credentials.keys.KeyType;
import org.puente.credentials.keys.MultikeyPair;
import org.puente.ledger.LedgerException;
import org.puente.ledger.LedgerException.Code;
import org.puente.ledger.application.TransparencyLog;
import org.puente.ledger.application.Witness;
import org.puente.ledger.model.Alarm;
import org.puente.ledger.model.MerkleTree;
import org.puente.ledger.model.NoteSigner;
import org.puente.ledger.model.Tile;
import org.puente.ledger.model.TileId;
import org.puente.ledger.model.Tiles;
import org.puente.ledger.model.WitnessOutcome;

/**
 * Pull mode over real HTTP: a log directory served as C2SP tlog-tiles by the JDK's HTTP server, a
 * witness reading its checkpoint and tiles through {@link HttpLogSource}.
 */
class HttpLogSourceTest {
  private static final SecureRandom RANDOM = new SecureRandom();

  @TempDir Path dir;

  private final NoteSigner usKey =
      NoteSigner.log("cbp.example/log", MultikeyPair.generate(KeyType.ED25519, RANDOM));
  private final NoteSigner mxWitness =
      NoteSigner.cosigner("anam.example/witness", MultikeyPair.generate(KeyType.ED25519, RANDOM));
  private final AtomicReference<TransparencyLog> served = new AtomicReference<>();
  private final Map<TransparencyLog, FileTileStore> stores = new java.util.HashMap<>();
  private final List<Alarm> heard = new ArrayList<>();
  private HttpServer server;
  private TransparencyLog mxLog;

  @BeforeEach
  void serve() throws Exception {
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext("/log/", this::handle);
    server.start();
    mxLog =
        TransparencyLog.open(
            FileTileStore.open(dir.resolve("mx")),
            NoteSigner.log("anam.example/log", MultikeyPair.generate(KeyType.ED25519, RANDOM)));
  }

  @AfterEach
  void stop() throws Exception {
    server.stop(0);
    mxLog.close();
  }

  // tlog-tiles: /log/checkpoint, /log/tile/<L>/<N>[.p/<W>] (a narrower .p/W is a prefix).
  private void handle(HttpExchange exchange) throws IOException {
    String path = exchange.getRequestURI().getPath().substring("/log/".length());
    byte[] body = null;
    try {
      if (path.equals("checkpoint")) {
        body = served.get().checkpoint().format().getBytes(StandardCharsets.UTF_8);
      } else {
        body = tile(TileId.parse(path)).orElse(null);
      }
    } catch (LedgerException e) {
      body = null;
    }
    exchange.sendResponseHeaders(body == null ? 404 : 200, body == null ? -1 : body.length);
    if (body != null) {
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(body);
      }
    }
    exchange.close();
  }

  private Optional<byte[]> tile(TileId id) throws LedgerException {
    Optional<Tile> stored = stores.get(served.get()).readTile(id.level(), id.index());
    if (stored.isEmpty() || stored.get().id().width() < id.width()) {
      return Optional.empty();
    }
    return Optional.of(Arrays.copyOf(Tiles.bytesOf(stored.get()), id.width() * 32));
  }

  private HttpLogSource source() {
    return new HttpLogSource(
        HttpClient.newHttpClient(),
        URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/log"));
  }

  private Witness witness() throws LedgerException {
    return new Witness(
        mxWitness,
        Map.of(usKey.name(), usKey.verifierKey()),
        new FileWitnessStateStore(dir.resolve("witness")),
        heard::add,
        mxLog,
        Clock.fixed(Instant.parse("2026-11-29T18:00:00Z"), ZoneOffset.UTC));
  }

  private TransparencyLog log(String name, String prefix, int count) throws LedgerException {
    FileTileStore store = FileTileStore.open(dir.resolve(name));
    TransparencyLog log = TransparencyLog.open(store, usKey);
    stores.put(log, store);
    List<CompletableFuture<Long>> acks = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      acks.add(log.appendAsync((prefix + i).getBytes(StandardCharsets.UTF_8)));
    }
    acks.forEach(CompletableFuture::join);
    return log;
  }

  @Test
  void poll_growingLog_isCosignedWithProofsFromItsTiles() throws Exception {
    try (TransparencyLog us = log("us", "filing-", 300)) {
      served.set(us);
      Witness witness = witness();
      assertThat(witness.poll(source())).isInstanceOf(WitnessOutcome.Cosigned.class);
      for (int i = 300; i < 70_000; i++) {
        us.appendAsync(("filing-" + i).getBytes(StandardCharsets.UTF_8));
      }
      us.append("last".getBytes(StandardCharsets.UTF_8));

      WitnessOutcome outcome = witness.poll(source());

      WitnessOutcome.Cosigned cosigned = (WitnessOutcome.Cosigned) outcome;
      assertThat(cosigned.checkpoint().size()).isEqualTo(70_001);
      mxWitness.verifierKey().verify(cosigned.cosigned());
      MerkleTree.verifyConsistency(
          source().consistencyProof(300, 70_001), us.rootHash(300), us.rootHash(70_001));
      assertThat(heard).isEmpty();
    }
  }

  @Test
  void poll_rewrittenHistoryServedLater_raisesAnInconsistentAlarm() throws Exception {
    try (TransparencyLog honest = log("honest", "filing-", 40);
        TransparencyLog rewritten = log("rewritten", "altered-", 60)) {
      served.set(honest);
      Witness witness = witness();
      witness.poll(source());
      served.set(rewritten);

      WitnessOutcome outcome = witness.poll(source());

      assertThat(((WitnessOutcome.Alarmed) outcome).alarm().kind())
          .isEqualTo(Alarm.Kind.INCONSISTENT);
      assertThat(heard).hasSize(1);
    }
  }

  @Test
  void consistencyProof_missingTile_isTruncatedTile_andNoServerIsStorageFailed() throws Exception {
    try (TransparencyLog us = log("us", "filing-", 10)) {
      served.set(us);
      assertThatThrownBy(() -> source().consistencyProof(5, 600))
          .isInstanceOfSatisfying(
              LedgerException.class, e -> assertThat(e.code()).isEqualTo(Code.TRUNCATED_TILE));
      server.stop(0);
      assertThatThrownBy(() -> source().latestCheckpointNote())
          .isInstanceOfSatisfying(
              LedgerException.class, e -> assertThat(e.code()).isEqualTo(Code.STORAGE_FAILED));
    }
  }
}
