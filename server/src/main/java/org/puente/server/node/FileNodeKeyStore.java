package org.puente.server.node;

import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import org.puente.credentials.CredentialException;
import org.puente.credentials.jsonld.JsonSupport;
import org.puente.credentials.keys.KeyType;
import org.puente.credentials.keys.MultikeyPair;

/**
 * Key pairs as Multikey key files ({@code keys/<name>.key.json}, mode {@code 0600}) in the data
 * directory. <b>Warning:</b> the files are not encrypted; the file permissions are the only
 * protection until the encrypted keystore replaces this class.
 */
public final class FileNodeKeyStore implements NodeKeyStore {
  private final Path directory;
  private final SecureRandom random;

  /** Keeps keys in {@code directory}, generating new ones from {@code random}. */
  public FileNodeKeyStore(Path directory, SecureRandom random) {
    this.directory = directory;
    this.random = random;
  }

  @Override
  public synchronized MultikeyPair loadOrCreate(String name, KeyType type)
      throws IOException, CredentialException {
    if (!name.matches("[a-z0-9-]{1,40}")) {
      throw new IllegalArgumentException("key name must be [a-z0-9-]{1,40}, found " + name);
    }
    Path file = directory.resolve(name + ".key.json");
    if (Files.exists(file)) {
      try (JsonReader reader =
          JsonSupport.PROVIDER.createReader(
              new StringReader(Files.readString(file, StandardCharsets.UTF_8)))) {
        return MultikeyPair.fromKeyFile(reader.readObject());
      }
    }
    MultikeyPair pair = MultikeyPair.generate(type, random);
    JsonObject keyFile = pair.toKeyFile();
    DataDirectory.writeOwnerOnly(file, keyFile.toString() + "\n");
    return pair;
  }
}
