package org.puente.cli.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class LoadRunTest {
  @Test
  void roundOrder_mirrorsEachPairOfRounds_soNoPathAlwaysFollowsTheSameOne() {
    assertThat(LoadRun.roundOrder(0, 4)).containsExactly(0, 1, 2, 3);
    assertThat(LoadRun.roundOrder(1, 4)).containsExactly(3, 2, 1, 0);
    assertThat(LoadRun.roundOrder(2, 4)).containsExactly(2, 3, 0, 1);
    assertThat(LoadRun.roundOrder(3, 4)).containsExactly(1, 0, 3, 2);
    for (int paths = 1; paths <= 5; paths++) {
      int[][] follows = new int[paths][paths];
      for (int round = 0; round < 4; round++) {
        List<Integer> order = LoadRun.roundOrder(round, paths);
        assertThat(order)
            .containsExactlyInAnyOrderElementsOf(
                java.util.stream.IntStream.range(0, paths).boxed().toList());
        for (int i = 1; i < order.size(); i++) {
          follows[order.get(i)][order.get(i - 1)]++;
        }
      }
      for (int a = 0; a < paths; a++) {
        for (int b = 0; b < paths; b++) {
          assertThat(follows[a][b])
              .as("%d after %d, of %d paths", a, b, paths)
              .isEqualTo(follows[b][a]);
        }
      }
    }
    // the two writing paths of the bench (2: stored in process, 3: HTTP) each follow the other
    assertThat(LoadRun.roundOrder(0, 4).indexOf(3))
        .isEqualTo(LoadRun.roundOrder(0, 4).indexOf(2) + 1);
    assertThat(LoadRun.roundOrder(1, 4).indexOf(2))
        .isEqualTo(LoadRun.roundOrder(1, 4).indexOf(3) + 1);
    assertThatThrownBy(() -> LoadRun.roundOrder(-1, 4))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void run_boundedByCount_makesExactlyThatManyOperationsAndCountsFailures() throws Exception {
    AtomicInteger calls = new AtomicInteger();
    LoadRun.Result result =
        LoadRun.run(
            "count",
            3,
            1_000,
            Duration.ofMinutes(1),
            () -> {
              if (calls.incrementAndGet() % 10 == 0) {
                throw new IllegalStateException("every tenth fails");
              }
            });
    assertThat(result.operations()).isEqualTo(1_000);
    assertThat(calls).hasValue(1_000);
    assertThat(result.failures()).isEqualTo(100);
    assertThat(result.percentile(0.5)).isLessThanOrEqualTo(result.percentile(0.99));
  }

  @Test
  void percentile_nearestRank_onKnownLatencies() {
    long[] nanos = new long[100];
    for (int i = 0; i < 100; i++) {
      nanos[i] = (i + 1) * 1_000_000L;
    }
    LoadRun.Result r = new LoadRun.Result("x", 1, 100, 0, Duration.ofSeconds(1), nanos);
    assertThat(r.percentile(0.50)).isEqualTo(Duration.ofMillis(50));
    assertThat(r.percentile(0.99)).isEqualTo(Duration.ofMillis(99));
    assertThat(r.throughput()).isEqualTo(100.0);
  }

  @Test
  void combine_rounds_sumsCountsAndTimeAndMergesLatencies() {
    LoadRun.Result a =
        new LoadRun.Result("a", 2, 2, 1, Duration.ofSeconds(1), new long[] {1_000, 3_000});
    LoadRun.Result b =
        new LoadRun.Result("b", 2, 3, 0, Duration.ofSeconds(2), new long[] {2_000, 4_000, 5_000});
    LoadRun.Result both = LoadRun.Result.combine("both", List.of(a, b));
    assertThat(both.operations()).isEqualTo(5);
    assertThat(both.failures()).isEqualTo(1);
    assertThat(both.elapsed()).isEqualTo(Duration.ofSeconds(3));
    assertThat(both.sortedNanos()).containsExactly(1_000, 2_000, 3_000, 4_000, 5_000);
    assertThat(both.throughput()).isEqualTo(4 / 3.0);
    assertThat(both.percentile(0.5)).isEqualTo(Duration.ofNanos(3_000));
    assertThatThrownBy(() -> LoadRun.Result.combine("none", List.of()))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void workerCpu_countsTheWorkersOwnCpu_notTheTimeTheyWait() throws Exception {
    LoadRun.Result busy =
        LoadRun.run(
            "busy",
            2,
            20,
            Duration.ofSeconds(30),
            () -> {
              long end = System.nanoTime() + 5_000_000;
              while (System.nanoTime() < end) {
                Thread.onSpinWait();
              }
            });
    LoadRun.Result idle = LoadRun.run("idle", 2, 20, Duration.ofSeconds(30), () -> Thread.sleep(5));
    // 20 operations of 5 ms spinning: about 100 ms of CPU; of 5 ms asleep, next to none
    assertThat(busy.workerCpu()).isGreaterThan(Duration.ofMillis(60));
    assertThat(idle.workerCpu()).isLessThan(busy.workerCpu().dividedBy(4));
    assertThat(LoadRun.Result.combine("both", List.of(busy, idle)).workerCpu())
        .isEqualTo(busy.workerCpu().plus(idle.workerCpu()));
  }

  @Test
  void cpuMeter_thisJvm_countsTheCpuItBurns() {
    CpuMeter meter = CpuMeter.of(Optional.empty());
    CpuMeter.Sample before = meter.sample();
    // Burn CPU until the OS has accounted some of it (its clock ticks are coarse), at most 5 s.
    long sink = 0;
    long giveUp = System.nanoTime() + 5_000_000_000L;
    CpuMeter.Sample used = meter.sample().since(before);
    while (used.jvm().orElseThrow().isZero() && System.nanoTime() < giveUp) {
      for (int i = 0; i < 100_000; i++) {
        sink += Long.numberOfTrailingZeros(sink + i);
      }
      used = meter.sample().since(before);
    }
    assertThat(sink).isNotNegative();
    assertThat(used.jvm()).hasValueSatisfying(d -> assertThat(d).isPositive());
    assertThat(used.database()).isEmpty();
  }

  @Test
  void check_nonLoopbackTarget_isRefused() {
    assertThat(LoopbackOnly.check(URI.create("http://127.0.0.1:8080/x"))).isNotNull();
    assertThatThrownBy(() -> LoopbackOnly.check(URI.create("http://10.1.2.3/x")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("not a loopback address");
  }
}
