package org.puente.cli.load;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A closed-loop load run: {@code workers} threads each repeat one operation until {@code
 * maxOperations} have been made or {@code maxDuration} has passed, whichever comes first. Every
 * latency is recorded, so percentiles are exact, not estimated. Bounded in count and in time: a run
 * always stops by itself.
 */
public final class LoadRun {
  /** One operation; returns normally on success, throws on failure. */
  @FunctionalInterface
  public interface Operation {
    void run() throws Exception;
  }

  /** What a run measured. */
  public record Result(
      String name,
      int workers,
      long operations,
      long failures,
      Duration elapsed,
      long[] sortedNanos,
      Duration workerCpu) {
    public Result {
      sortedNanos = sortedNanos.clone();
    }

    /** A result whose workers' CPU time was not measured (zero). */
    public Result(
        String name,
        int workers,
        long operations,
        long failures,
        Duration elapsed,
        long[] sortedNanos) {
      this(name, workers, operations, failures, elapsed, sortedNanos, Duration.ZERO);
    }

    /**
     * Several runs of one operation (rounds interleaved with other runs) as one result: operations,
     * failures and elapsed time summed, latencies merged.
     */
    public static Result combine(String name, List<Result> parts) {
      if (parts.isEmpty()) {
        throw new IllegalArgumentException("nothing to combine");
      }
      long[] all =
          parts.stream().flatMapToLong(p -> Arrays.stream(p.sortedNanos)).sorted().toArray();
      return new Result(
          name,
          parts.get(0).workers(),
          parts.stream().mapToLong(Result::operations).sum(),
          parts.stream().mapToLong(Result::failures).sum(),
          parts.stream().map(Result::elapsed).reduce(Duration.ZERO, Duration::plus),
          all,
          parts.stream().map(Result::workerCpu).reduce(Duration.ZERO, Duration::plus));
    }

    /** Successful operations per second. */
    public double throughput() {
      return (operations - failures) / (elapsed.toNanos() / 1e9);
    }

    /** The latency at quantile {@code q} (0..1), nearest-rank. */
    public Duration percentile(double q) {
      if (sortedNanos.length == 0) {
        return Duration.ZERO;
      }
      int rank = (int) Math.ceil(q * sortedNanos.length) - 1;
      return Duration.ofNanos(sortedNanos[Math.max(0, Math.min(rank, sortedNanos.length - 1))]);
    }

    /** One line: name, rate, p50, p99, failures. */
    public String summary() {
      return String.format(
          Locale.ROOT,
          "%-28s %9.1f ops/s  p50 %7.3f ms  p99 %7.3f ms  (%d ops, %d failed, %d workers, %.1f s)",
          name,
          throughput(),
          percentile(0.50).toNanos() / 1e6,
          percentile(0.99).toNanos() / 1e6,
          operations,
          failures,
          workers,
          elapsed.toNanos() / 1e9);
    }
  }

  private LoadRun() {}

  /**
   * The order in which round {@code round} takes {@code paths} paths: rounds go in pairs, the first
   * of a pair rotated to start two paths further on than the pair before, the second its reverse.
   * Within each pair, every path comes right after each of its neighbours as often as right before
   * it, so what one path leaves behind for the next (a database's autovacuum and checkpoints after
   * heavy writes, garbage) does not fall on one of them every time, as it does when every round
   * takes the paths in the same cyclic order.
   */
  public static List<Integer> roundOrder(int round, int paths) {
    if (round < 0 || paths < 1) {
      throw new IllegalArgumentException("round " + round + " of " + paths + " paths");
    }
    List<Integer> order = new ArrayList<>(paths);
    int start = (round / 2) * 2;
    for (int i = 0; i < paths; i++) {
      order.add((start + i) % paths);
    }
    if (round % 2 == 1) {
      Collections.reverse(order);
    }
    return List.copyOf(order);
  }

  /**
   * Runs {@code operation} with {@code workers} threads, bounded by count and by time. The result
   * carries the CPU time the workers themselves used (user and system, per thread), where the JVM
   * measures thread CPU time: for an operation that calls a server, the client's share.
   */
  public static Result run(
      String name, int workers, long maxOperations, Duration maxDuration, Operation operation)
      throws InterruptedException {
    Objects.requireNonNull(operation, "operation");
    if (workers < 1 || maxOperations < 1) {
      throw new IllegalArgumentException("workers and maxOperations must be >= 1");
    }
    AtomicLong issued = new AtomicLong();
    AtomicLong failures = new AtomicLong();
    AtomicLong workerCpu = new AtomicLong();
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    boolean cpuMeasured = threads.isCurrentThreadCpuTimeSupported();
    long deadline = System.nanoTime() + maxDuration.toNanos();
    ExecutorService pool = Executors.newFixedThreadPool(workers);
    List<Future<long[]>> futures = new ArrayList<>();
    long start = System.nanoTime();
    try {
      for (int w = 0; w < workers; w++) {
        Callable<long[]> worker =
            () -> {
              long[] own = new long[1024];
              int n = 0;
              long cpu0 = cpuMeasured ? threads.getCurrentThreadCpuTime() : 0;
              while (System.nanoTime() < deadline && issued.incrementAndGet() <= maxOperations) {
                long t0 = System.nanoTime();
                try {
                  operation.run();
                } catch (Exception e) {
                  failures.incrementAndGet();
                }
                if (n == own.length) {
                  own = Arrays.copyOf(own, n * 2);
                }
                own[n++] = System.nanoTime() - t0;
              }
              if (cpuMeasured) {
                workerCpu.addAndGet(threads.getCurrentThreadCpuTime() - cpu0);
              }
              return Arrays.copyOf(own, n);
            };
        futures.add(pool.submit(worker));
      }
      List<long[]> parts = new ArrayList<>();
      for (Future<long[]> f : futures) {
        try {
          parts.add(f.get());
        } catch (java.util.concurrent.ExecutionException e) {
          throw new IllegalStateException("load worker crashed", e.getCause());
        }
      }
      Duration elapsed = Duration.ofNanos(System.nanoTime() - start);
      long[] all = parts.stream().flatMapToLong(Arrays::stream).sorted().toArray();
      return new Result(
          name,
          workers,
          all.length,
          failures.get(),
          elapsed,
          all,
          Duration.ofNanos(workerCpu.get()));
    } finally {
      pool.shutdownNow();
    }
  }
}
