package org.puente.server.node;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * The layout of a node's data directory: {@code keys/} (owner-only key files) and {@code postgres/}
 * (the embedded cluster, owned by the PostgreSQL account when the node runs as root). The directory
 * itself is {@code rwx--x--x}: others may traverse it (PostgreSQL's account must reach {@code
 * postgres/}) but not list it.
 */
public record DataDirectory(Path root) {
  public DataDirectory {
    root = root.toAbsolutePath().normalize();
  }

  /** Creates the directory and {@code keys/} with their permissions; returns this. */
  public DataDirectory create() throws IOException {
    Files.createDirectories(root);
    setPermissions(root, "rwx--x--x");
    Files.createDirectories(keys());
    setPermissions(keys(), "rwx------");
    return this;
  }

  /** Where key files live. */
  public Path keys() {
    return root.resolve("keys");
  }

  /** Where the embedded PostgreSQL cluster lives. */
  public Path postgres() {
    return root.resolve("postgres");
  }

  /** Writes {@code content} to {@code file} atomically, readable and writable by its owner only. */
  public static void writeOwnerOnly(Path file, String content) throws IOException {
    Path tmp = Files.createTempFile(file.toAbsolutePath().getParent(), ".write", ".tmp");
    setPermissions(tmp, "rw-------");
    Files.writeString(tmp, content, StandardCharsets.UTF_8);
    Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
  }

  private static void setPermissions(Path path, String perms) throws IOException {
    try {
      Files.setPosixFilePermissions(path, PosixFilePermissions.fromString(perms));
    } catch (UnsupportedOperationException notPosix) {
      // Windows: the folder's ACL applies.
    }
  }
}
