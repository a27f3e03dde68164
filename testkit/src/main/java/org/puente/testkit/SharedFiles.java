package org.puente.testkit;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Assumptions;

/**
 * Finds the project's shared folder ({@code ../shared} beside the checkout: W3C vectors, customs
 * data, extra contexts). Tests that need it skip, with a visible message, when it is absent; its
 * files are never copied into the project.
 */
public final class SharedFiles {
  private SharedFiles() {}

  /** The shared folder, searched upwards from the working directory; empty when absent. */
  public static Optional<Path> root() {
    String configured = System.getProperty("puente.shared", System.getenv("PUENTE_SHARED"));
    if (configured != null && Files.isDirectory(Path.of(configured))) {
      return Optional.of(Path.of(configured).toAbsolutePath());
    }
    for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
      Path candidate = dir.resolveSibling("shared");
      if (Files.isDirectory(candidate.resolve("vectors"))) {
        return Optional.of(candidate);
      }
    }
    return Optional.empty();
  }

  /**
   * A path inside the shared folder; the calling test is skipped (reported as such, with the
   * missing path) when the folder or the file is absent.
   */
  public static Path require(String relative) {
    Optional<Path> root = root();
    Assumptions.assumeTrue(
        root.isPresent(),
        () -> "SKIPPED: ../shared is absent, so the test that needs " + relative + " cannot run");
    Path path = root.get().resolve(relative);
    Assumptions.assumeTrue(
        Files.exists(path), () -> "SKIPPED: " + path + " is absent from the shared folder");
    return path;
  }
}
