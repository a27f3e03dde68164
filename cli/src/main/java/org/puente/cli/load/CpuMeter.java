package org.puente.cli.load;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * CPU time, as the operating system accounts it, of this JVM and of a PostgreSQL server (its
 * postmaster and every process under it): what a load run cost in CPU, beside what it did per
 * second. Where the OS does not report a process's CPU time, the figure is absent, not zero.
 */
public final class CpuMeter {
  /** CPU time used so far by this JVM and, if known, by the database server. */
  public record Sample(Optional<Duration> jvm, Optional<Duration> database) {
    /** What was used between {@code earlier} and this sample. */
    public Sample since(Sample earlier) {
      return new Sample(minus(jvm, earlier.jvm), minus(database, earlier.database));
    }

    /** The sum of two spans (absent if either is). */
    public Sample plus(Sample other) {
      return new Sample(
          jvm.flatMap(a -> other.jvm.map(a::plus)),
          database.flatMap(a -> other.database.map(a::plus)));
    }

    private static Optional<Duration> minus(Optional<Duration> a, Optional<Duration> b) {
      return a.flatMap(x -> b.map(x::minus));
    }
  }

  /** A span that used no CPU: the start of a sum. */
  public static final Sample ZERO =
      new Sample(Optional.of(Duration.ZERO), Optional.of(Duration.ZERO));

  private final Optional<Path> postmasterPid;

  private CpuMeter(Optional<Path> postmasterPid) {
    this.postmasterPid = postmasterPid;
  }

  /**
   * A meter of this JVM and of the PostgreSQL server whose {@code postmaster.pid} is {@code
   * pidFile} (read at each sample: the server may restart).
   */
  public static CpuMeter of(Optional<Path> pidFile) {
    return new CpuMeter(pidFile);
  }

  /** The CPU time used so far. */
  public Sample sample() {
    return new Sample(ProcessHandle.current().info().totalCpuDuration(), database());
  }

  private Optional<Duration> database() {
    Optional<ProcessHandle> postmaster = postmasterPid.flatMap(CpuMeter::postmaster);
    if (postmaster.isEmpty()) {
      return Optional.empty();
    }
    Optional<Duration> total = postmaster.get().info().totalCpuDuration();
    for (ProcessHandle p : postmaster.get().descendants().toList()) {
      // A backend that ended since it was listed has no CPU time left to report: skip it.
      total = total.map(t -> t.plus(p.info().totalCpuDuration().orElse(Duration.ZERO)));
    }
    return total;
  }

  private static Optional<ProcessHandle> postmaster(Path pidFile) {
    try {
      List<String> lines = Files.readAllLines(pidFile, StandardCharsets.US_ASCII);
      return lines.isEmpty()
          ? Optional.empty()
          : ProcessHandle.of(Long.parseLong(lines.get(0).trim()));
    } catch (IOException | NumberFormatException e) {
      return Optional.empty();
    }
  }
}
