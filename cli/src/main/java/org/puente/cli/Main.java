package org.puente.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code bin/puente}: the command line. Exit status: 0 success (verified, valid), 1 a negative
 * outcome (not verified, invalid), 2 unreadable input or bad usage.
 */
@Command(
    name = "puente",
    mixinStandardHelpOptions = true,
    version = "puente 0.1.0",
    description = "Puente: verifiable trade data across the US-Mexico border.",
    subcommands = {
      KeysCommand.class,
      DemoCommand.class,
      VcCommand.class,
      VpCommand.class,
      StatusCommand.class,
      NodeCommand.class,
      TokenCommand.class,
      TrustCommand.class,
      LogCommand.class,
      DocCommand.class,
      BenchCommand.class
    })
public final class Main {
  /** Exit status of a negative but well-formed outcome (not verified, invalid). */
  public static final int NEGATIVE = 1;

  /** Exit status of unreadable input or bad usage. */
  public static final int UNUSABLE = 2;

  public static void main(String[] args) {
    System.exit(run(new PrintWriter(System.out, true), new PrintWriter(System.err, true), args));
  }

  /** Runs one command line with the given streams; returns the exit status. */
  public static int run(PrintWriter out, PrintWriter err, String... args) {
    CommandLine cli = new CommandLine(new Main());
    cli.setOut(out);
    cli.setErr(err);
    cli.setExitCodeExceptionMapper(e -> UNUSABLE);
    cli.setParameterExceptionHandler(
        (e, cmdArgs) -> {
          err.println("puente: " + e.getMessage());
          e.getCommandLine().usage(err);
          return UNUSABLE;
        });
    return cli.execute(args);
  }
}
