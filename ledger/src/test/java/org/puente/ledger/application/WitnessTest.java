package org.puente.ledger.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.puente.credentials.keys.KeyType;
import org.puente.credentials.keys.MultikeyPair;
import org.puente.ledger.LedgerException;
import org.puente.ledger.LedgerException.Code;
import org.puente.ledger.infrastructure.FileTileStore;
import org.puente.ledger.infrastructure.FileWitnessStateStore;
import org.puente.ledger.model.Alarm;
import org.puente.ledger.model.Checkpoint;
import org.puente.ledger.model.NoteSigner;
import org.puente.ledger.model.SignedNote;
import org.puente.ledger.model.WitnessOutcome;

class WitnessTest {
  private static final SecureRandom RANDOM = new SecureRandom();
  private static final Instant NOW = Instant.parse("2026-11-29T16:00:00Z");

  @TempDir Path dir;

  private final NoteSigner usLog =
      NoteSigner.log("cbp.example/laredo-2304", MultikeyPair.generate(KeyType.ED25519, RANDOM));
  private final NoteSigner mxWitness =
      NoteSigner.cosigner(
          "anam.example/nuevo-laredo-240", MultikeyPair.generate(KeyType.ED25519, RANDOM));
  private final NoteSigner mxLogKey =
      NoteSigner.log(
          "anam.example/nuevo-laredo-240", MultikeyPair.generate(KeyType.ED25519, RANDOM));
  private final List<Alarm> heard = new ArrayList<>();
  private TransparencyLog mxLog;

  @BeforeEach
  void openOwnLog() throws Exception {
    mxLog = TransparencyLog.open(FileTileStore.open(dir.resolve("mx-log")), mxLogKey);
  }

  @AfterEach
  void closeOwnLog() throws Exception {
    mxLog.close();
  }

  private Witness witness() throws LedgerException {
    return new Witness(
        mxWitness,
        Map.of(usLog.name(), usLog.verifierKey()),
        new FileWitnessStateStore(dir.resolve("witness")),
        heard::add,
        mxLog,
        Clock.fixed(NOW, ZoneOffset.UTC));
  }

  private TransparencyLog usLog(String name) throws LedgerException {
    return TransparencyLog.open(FileTileStore.open(dir.resolve(name)), usLog);
  }

  private static void append(TransparencyLog log, String prefix, int from, int to) {
    List<CompletableFuture<Long>> acks = new ArrayList<>();
    for (int i = from; i < to; i++) {
      acks.add(log.appendAsync((prefix + i).getBytes(StandardCharsets.UTF_8)));
    }
    acks.forEach(CompletableFuture::join);
  }

  @Test
  @DisplayName(
      "An honest log's checkpoints are cosigned as it grows, and the state survives a restart")
  void honestLog_isCosignedAsItGrows() throws Exception {
    try (TransparencyLog us = usLog("us")) {
      append(us, "filing-", 0, 5);
      WitnessOutcome first = witness().poll(us.asSource());
      append(us, "filing-", 5, 300);
      WitnessOutcome second = witness().poll(us.asSource());
      assertThat(first).isInstanceOf(WitnessOutcome.Cosigned.class);
      WitnessOutcome.Cosigned cosigned = (WitnessOutcome.Cosigned) second;
      assertThat(cosigned.checkpoint().size()).isEqualTo(300);
      var line = mxWitness.verifierKey().verify(cosigned.cosigned());
      assertThat(ByteBuffer.wrap(line.signature()).getLong()).isEqualTo(NOW.getEpochSecond());
      us.addCosignature(cosigned.cosigned(), mxWitness.verifierKey());
      SignedNote published = us.latestCheckpoint().orElseThrow();
      assertThat(published.signatures()).hasSize(2);
      us.verifierKey().verify(published);
      mxWitness.verifierKey().verify(published);
      assertThat(witness().poll(us.asSource())).isInstanceOf(WitnessOutcome.Cosigned.class);
      assertThat(heard).isEmpty();
    }
  }

  @Test
  @DisplayName(
      "A split view (two checkpoints of one size, different roots) raises a FORK alarm, logged")
  void splitView_sameSizeOtherRoot_raisesForkAlarmLoggedInOwnLog() throws Exception {
    try (TransparencyLog shownToMx = usLog("a");
        TransparencyLog shownToOthers = usLog("b")) {
      append(shownToMx, "filing-", 0, 10);
      append(shownToOthers, "filing-", 0, 10);
      append(shownToMx, "honest-", 10, 15);
      append(shownToOthers, "rewritten-", 10, 15);
      Witness witness = witness();
      assertThat(witness.poll(shownToMx.asSource())).isInstanceOf(WitnessOutcome.Cosigned.class);

      WitnessOutcome outcome = witness.poll(shownToOthers.asSource());

      WitnessOutcome.Alarmed alarmed = (WitnessOutcome.Alarmed) outcome;
      assertThat(alarmed.alarm().kind()).isEqualTo(Alarm.Kind.FORK);
      assertThat(heard).containsExactly(alarmed.alarm());
      String logged = new String(mxLog.entry(alarmed.alarmIndex()), StandardCharsets.UTF_8);
      assertThat(logged).contains("\"kind\":\"FORK\"").contains(Alarm.TYPE);
      // Both pieces of evidence are validly signed by the US log key: the fork is provable.
      Checkpoint seen =
          Checkpoint.open(
              SignedNote.parse(alarmed.alarm().seen()), usLog.verifierKey(), usLog.name());
      Checkpoint offered =
          Checkpoint.open(
              SignedNote.parse(alarmed.alarm().offered()), usLog.verifierKey(), usLog.name());
      assertThat(seen.size()).isEqualTo(offered.size());
      assertThat(seen.rootHash()).isNotEqualTo(offered.rootHash());
    }
  }

  @Test
  @DisplayName(
      "A rewritten history that grew past the seen checkpoint fails consistency: INCONSISTENT alarm")
  void rewrittenHistory_largerTree_raisesInconsistentAlarm() throws Exception {
    try (TransparencyLog honest = usLog("a");
        TransparencyLog rewritten = usLog("b")) {
      append(honest, "filing-", 0, 12);
      append(rewritten, "filing-", 0, 6);
      append(rewritten, "rewritten-", 6, 40);
      Witness witness = witness();
      witness.poll(honest.asSource());
      WitnessOutcome outcome = witness.poll(rewritten.asSource());
      assertThat(((WitnessOutcome.Alarmed) outcome).alarm().kind())
          .isEqualTo(Alarm.Kind.INCONSISTENT);
      assertThat(heard).hasSize(1);
      assertThat(mxLog.size()).isEqualTo(1);
    }
  }

  @Test
  void observe_olderConsistentCheckpoint_isStaleNotCosigned() throws Exception {
    try (TransparencyLog us = usLog("us")) {
      append(us, "filing-", 0, 10);
      String old = us.checkpoint().format();
      append(us, "filing-", 10, 30);
      Witness witness = witness();
      witness.poll(us.asSource());
      WitnessOutcome outcome = witness.observe(old, us.asSource());
      assertThat(outcome)
          .isEqualTo(new WitnessOutcome.Stale(Checkpoint.parse(SignedNote.parse(old).text()), 30));
    }
  }

  @Test
  void observe_badSignatureOrUnknownLog_isRefusedWithoutAlarm() throws Exception {
    try (TransparencyLog us = usLog("us")) {
      append(us, "filing-", 0, 3);
      String note = us.checkpoint().format();
      String forged = note.replaceFirst("\n3\n", "\n2\n");
      assertCode(() -> witness().observe(forged, us.asSource()), Code.INVALID_SIGNATURE);
      SignedNote other =
          mxLogKey.sign(
              "anam.example/other\n1\n"
                  + Checkpoint.parse(SignedNote.parse(note).text()).rootHash().base64()
                  + "\n");
      assertCode(() -> witness().observe(other.format(), us.asSource()), Code.UNKNOWN_SIGNER);
      assertCode(() -> witness().observe("garbage", us.asSource()), Code.MALFORMED_NOTE);
      assertThat(heard).isEmpty();
      assertThat(mxLog.size()).isZero();
    }
  }

  interface Call {
    void run() throws Exception;
  }

  static void assertCode(Call call, Code code) {
    assertThatThrownBy(call::run)
        .isInstanceOfSatisfying(LedgerException.class, e -> assertThat(e.code()).isEqualTo(code));
  }
}
