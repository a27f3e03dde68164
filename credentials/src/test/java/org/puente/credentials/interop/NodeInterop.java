package org.puente.credentials.interop;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/**
 * Runs the scripts of {@code interop/jsonld/} (the digitalbazaar JavaScript stack). When its {@code
 * node_modules} is missing the calling test is skipped with a visible message, except on CI ({@code
 * CI=true}), where that is a failure: CI installs it with {@code npm ci}.
 */
public final class NodeInterop {
  private NodeInterop() {}

  /** Output and exit status of one script run. */
  public record Run(int status, String out, String err) {}

  /** The interop/jsonld folder, ready to run (skips or fails as above when it is not). */
  public static Path project() {
    Path dir = null;
    for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
      if (Files.isDirectory(p.resolve("interop/jsonld"))) {
        dir = p.resolve("interop/jsonld");
        break;
      }
    }
    boolean ready = dir != null && Files.isDirectory(dir.resolve("node_modules/@digitalbazaar/vc"));
    if (!ready && "true".equals(System.getenv("CI"))) {
      throw new AssertionError("interop/jsonld/node_modules is missing on CI: run npm ci there");
    }
    Assumptions.assumeTrue(
        ready, "SKIPPED: interop/jsonld/node_modules is missing (run npm ci in interop/jsonld)");
    return dir;
  }

  /** Runs {@code node SCRIPT ARGS...} in the interop project. */
  public static Run node(String script, String... args) throws IOException, InterruptedException {
    Path dir = project();
    List<String> command = new ArrayList<>(List.of("node", script));
    command.addAll(List.of(args));
    Path out = Files.createTempFile("node-out", ".txt");
    Path err = Files.createTempFile("node-err", ".txt");
    try {
      Process process =
          new ProcessBuilder(command)
              .directory(dir.toFile())
              .redirectOutput(out.toFile())
              .redirectError(err.toFile())
              .start();
      if (!process.waitFor(5, TimeUnit.MINUTES)) {
        process.destroyForcibly();
        throw new AssertionError("node " + script + " timed out");
      }
      return new Run(
          process.exitValue(),
          Files.readString(out, StandardCharsets.UTF_8),
          Files.readString(err, StandardCharsets.UTF_8));
    } finally {
      Files.deleteIfExists(out);
      Files.deleteIfExists(err);
    }
  }
}
