package org.puente.cli.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class LoadRunTest {
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
  void check_nonLoopbackTarget_isRefused() {
    assertThat(LoopbackOnly.check(URI.create("http://127.0.0.1:8080/x"))).isNotNull();
    assertThatThrownBy(() -> LoopbackOnly.check(URI.create("http://10.1.2.3/x")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("not a loopback address");
  }
}
