package org.puente.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.concurrent.Callable;
import org.puente.credentials.keys.KeyType;
import org.puente.credentials.keys.MultikeyPair;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code puente keys}: key files in the Multikey layout. */
@Command(
    name = "keys",
    description = "Create and inspect signing keys.",
    subcommands = {KeysCommand.New.class})
final class KeysCommand {

  /** {@code puente keys new --type ed25519|p256|p384 [--out FILE]}. */
  @Command(name = "new", description = "Generate a key pair and write its Multikey key file.")
  static final class New implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Option(
        names = "--type",
        defaultValue = "ed25519",
        description = "ed25519 (default), p256 or p384")
    String type;

    @Option(
        names = "--out",
        description = "Write the key file here (owner-only) instead of stdout.")
    Path out;

    @Override
    public Integer call() throws IOException {
      PrintWriter err = spec.commandLine().getErr();
      KeyType keyType;
      try {
        keyType = KeyType.fromCliName(type);
      } catch (IllegalArgumentException e) {
        err.println("puente keys new: " + e.getMessage());
        return Main.UNUSABLE;
      }
      MultikeyPair pair = MultikeyPair.generate(keyType, new SecureRandom());
      String json = Json.pretty(pair.toKeyFile());
      if (out == null) {
        spec.commandLine().getOut().println(json);
      } else {
        writeOwnerOnly(out, json);
        err.println(
            "wrote " + keyType.cliName() + " key " + pair.verificationMethod() + " to " + out);
      }
      return 0;
    }
  }

  static void writeOwnerOnly(Path file, String content) throws IOException {
    Path tmp = Files.createTempFile(file.toAbsolutePath().getParent(), ".key", ".tmp");
    try {
      Files.setPosixFilePermissions(tmp, PosixFilePermissions.fromString("rw-------"));
    } catch (UnsupportedOperationException notPosix) {
      // Windows: rely on the folder's ACL.
    }
    Files.writeString(tmp, content + "\n", StandardCharsets.UTF_8);
    Files.move(
        tmp,
        file,
        java.nio.file.StandardCopyOption.REPLACE_EXISTING,
        java.nio.file.StandardCopyOption.ATOMIC_MOVE);
  }
}
