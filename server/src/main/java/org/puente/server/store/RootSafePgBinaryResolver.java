package org.puente.server.store;

import io.zonky.test.db.postgres.embedded.DefaultPostgresBinaryResolver;
import io.zonky.test.db.postgres.embedded.PgBinaryResolver;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;
import org.apache.commons.compress.archivers.tar.TarConstants;
import org.tukaani.xz.LZMA2Options;
import org.tukaani.xz.XZInputStream;
import org.tukaani.xz.XZOutputStream;

/**
 * Serves zonky's own PostgreSQL archive rearranged so that it runs when the JVM is root.
 *
 * <p>{@code initdb} and {@code postgres} refuse to run as root. This resolver moves the real
 * installation to {@code real/} (keeping its {@code bin}, {@code lib}, {@code share} siblings,
 * because PostgreSQL finds {@code share} and {@code lib} relative to the directory of its
 * executable, and only when that directory is named {@code bin}) and puts in {@code bin/}, where
 * zonky looks, one shell wrapper per executable. As root the wrapper makes the installation
 * readable, gives the data directory ({@code -D}) to an unprivileged account ({@code nobody}, or
 * {@code $PUENTE_PG_USER}) and execs the real binary as that account with {@code setpriv}; as any
 * other user it simply execs the real binary.
 *
 * <p>Used only where zonky cannot cope with root by itself: zonky 2.2 runs PostgreSQL in a user
 * namespace ({@code unshare -U}) when the kernel allows one, which many containers (and so many CI
 * machines) forbid. The wrapper also works inside such a namespace (it is then not root and runs
 * the real binary directly).
 *
 * <p>The rearranged archive is built once and cached under {@code java.io.tmpdir/puente-pg}, named
 * after the digest of zonky's archive and the wrapper version; zonky then unpacks it into its own
 * per-digest directory as usual.
 */
final class RootSafePgBinaryResolver implements PgBinaryResolver {
  static final RootSafePgBinaryResolver INSTANCE = new RootSafePgBinaryResolver();

  /** Bump when the wrapper script changes, so that cached archives are rebuilt. */
  private static final String WRAPPER_VERSION = "w2";

  private static final long FIXED_MTIME = Instant.parse("2026-01-01T00:00:00Z").toEpochMilli();

  private RootSafePgBinaryResolver() {}

  @Override
  public InputStream getPgBinary(String system, String machineHardware) throws IOException {
    byte[] original;
    try (InputStream in =
        DefaultPostgresBinaryResolver.INSTANCE.getPgBinary(system, machineHardware)) {
      if (in == null) {
        return null;
      }
      original = in.readAllBytes();
    }
    Path cacheDir = Path.of(System.getProperty("java.io.tmpdir"), "puente-pg");
    Files.createDirectories(cacheDir);
    Path cached =
        cacheDir.resolve(
            String.format(
                Locale.ROOT,
                "postgres-%s-%s-%s-%s.txz",
                system,
                machineHardware,
                sha256(original).substring(0, 16),
                WRAPPER_VERSION));
    if (!Files.exists(cached)) {
      Path tmp = Files.createTempFile(cacheDir, "postgres-", ".txz.tmp");
      try (OutputStream out = Files.newOutputStream(tmp)) {
        rearrange(new ByteArrayInputStream(original), out);
      }
      Files.move(tmp, cached, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }
    return Files.newInputStream(cached);
  }

  /**
   * Copies the archive with every entry under {@code real/}, then adds the {@code bin/} wrappers.
   */
  static void rearrange(InputStream txz, OutputStream out) throws IOException {
    List<String> executables = new ArrayList<>();
    try (TarArchiveInputStream tarIn = new TarArchiveInputStream(new XZInputStream(txz));
        TarArchiveOutputStream tarOut =
            new TarArchiveOutputStream(new XZOutputStream(out, new LZMA2Options(0)))) {
      tarOut.setLongFileMode(TarArchiveOutputStream.LONGFILE_POSIX);
      tarOut.setBigNumberMode(TarArchiveOutputStream.BIGNUMBER_POSIX);
      TarArchiveEntry entry;
      while ((entry = tarIn.getNextEntry()) != null) {
        String name =
            entry.getName().startsWith("./") ? entry.getName().substring(2) : entry.getName();
        if (name.startsWith("bin/") && entry.isFile()) {
          executables.add(name.substring("bin/".length()));
        }
        copyEntry(entry, "real/" + name, tarIn, tarOut);
      }
      for (String executable : executables) {
        byte[] script = wrapper(executable).getBytes(StandardCharsets.US_ASCII);
        TarArchiveEntry wrapper = new TarArchiveEntry("bin/" + executable);
        wrapper.setSize(script.length);
        wrapper.setMode(0755);
        wrapper.setModTime(FIXED_MTIME);
        tarOut.putArchiveEntry(wrapper);
        tarOut.write(script);
        tarOut.closeArchiveEntry();
      }
    }
  }

  private static void copyEntry(
      TarArchiveEntry entry, String name, TarArchiveInputStream in, TarArchiveOutputStream out)
      throws IOException {
    TarArchiveEntry copy;
    if (entry.isSymbolicLink()) {
      copy = new TarArchiveEntry(name, TarConstants.LF_SYMLINK);
      copy.setLinkName(entry.getLinkName());
    } else {
      copy = new TarArchiveEntry(name);
      copy.setSize(entry.isFile() ? entry.getSize() : 0);
    }
    copy.setMode(entry.getMode());
    copy.setModTime(FIXED_MTIME);
    out.putArchiveEntry(copy);
    if (entry.isFile()) {
      in.transferTo(out);
    }
    out.closeArchiveEntry();
  }

  /** The POSIX shell wrapper for one executable (see the class comment). */
  static String wrapper(String executable) {
    return String.join(
        "\n",
        "#!/bin/sh",
        "# Written by Puente (org.puente.server.store.RootSafePgBinaryResolver).",
        "# PostgreSQL refuses to run as root: as root, run the real binary as an unprivileged",
        "# account that owns the data directory; otherwise run it directly.",
        "set -eu",
        "root=$(cd \"$(dirname \"$0\")/..\" && pwd)/real",
        "real=\"$root/bin/" + executable + "\"",
        "if [ ! -x \"$real\" ]; then chmod -R a+rX \"$root\" && chmod 755 \"$root\"/bin/*; fi",
        "if [ \"$(id -u)\" -ne 0 ]; then exec \"$real\" \"$@\"; fi",
        "user=\"${PUENTE_PG_USER:-nobody}\"",
        "group=$(id -g \"$user\")",
        "prev=",
        "for arg in \"$@\"; do",
        "  if [ \"$prev\" = \"-D\" ]; then",
        "    if [ \"$(stat -c %U \"$arg\")\" != \"$user\" ]; then chown -R \"$user:$group\" \"$arg\"; fi",
        "    chmod 700 \"$arg\"",
        "  fi",
        "  prev=$arg",
        "done",
        "cd /",
        "exec setpriv --reuid=\"$user\" --regid=\"$group\" --clear-groups \"$real\" \"$@\"",
        "");
  }

  private static String sha256(byte[] data) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(data));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is a required JDK algorithm", e);
    }
  }
}
