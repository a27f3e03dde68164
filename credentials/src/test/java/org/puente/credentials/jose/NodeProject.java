package org.puente.credentials.jose;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * An npm project under {@code interop/} that an interoperability test runs with node. {@link
 * #ready()} is false when its node_modules is absent; under {@code CI=true} that is an error.
 */
public final class NodeProject {
  private final Path dir;

  private NodeProject(Path dir) {
    this.dir = dir;
  }

  /** Finds {@code interop/<name>} above the working directory. */
  public static NodeProject find(String name) {
    Path at = Path.of("").toAbsolutePath();
    while (at != null && !Files.isDirectory(at.resolve("interop").resolve(name))) {
      at = at.getParent();
    }
    NodeProject project = new NodeProject(at == null ? null : at.resolve("interop").resolve(name));
    if (!project.ready() && "true".equals(System.getenv("CI"))) {
      throw new AssertionError("CI=true but interop/" + name + "/node_modules is missing");
    }
    if (!project.ready()) {
      System.err.println("interop/" + name + " SKIPPED: run `npm ci` there to enable its tests");
    }
    return project;
  }

  /** Whether its dependencies are installed. */
  public boolean ready() {
    return dir != null && Files.isDirectory(dir.resolve("node_modules"));
  }

  /** Runs {@code node script args...}; returns stdout, or throws with stderr on a non-zero exit. */
  public String run(Path scratch, String script, String... args)
      throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of("node", script));
    command.addAll(List.of(args));
    Path stderr = Files.createTempFile(scratch, "node-", ".err");
    Process process =
        new ProcessBuilder(command).directory(dir.toFile()).redirectError(stderr.toFile()).start();
    byte[] out = process.getInputStream().readAllBytes();
    if (!process.waitFor(60, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      throw new AssertionError("node " + script + " did not finish within 60 s");
    }
    if (process.exitValue() != 0) {
      throw new NodeFailed(Files.readString(stderr, StandardCharsets.UTF_8));
    }
    return new String(out, StandardCharsets.UTF_8);
  }

  /** The script exited non-zero; the message is its stderr. */
  public static final class NodeFailed extends AssertionError {
    private static final long serialVersionUID = 1L;

    NodeFailed(String stderr) {
      super("node failed: " + stderr);
    }
  }
}
