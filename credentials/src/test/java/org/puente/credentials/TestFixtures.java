package org.puente.credentials;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.puente.credentials.jsonld.ContextLoader;
import org.puente.credentials.jsonld.JsonLimits;
import org.puente.credentials.keys.MultikeyPair;
import org.puente.testkit.SharedFiles;

/** Shared helpers for the credentials tests: files, contexts, keys. */
public final class TestFixtures {
  private TestFixtures() {}

  /** The test-only context directory (the W3C examples/v2 context). */
  public static Path testContexts() {
    try {
      return Path.of(TestFixtures.class.getResource("/contexts/index.json").toURI()).getParent();
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Bundled contexts + test contexts + ../shared/contexts (the test skips when it is absent). */
  public static ContextLoader vectorLoader() {
    try {
      return ContextLoader.bundled()
          .withDirectory(testContexts())
          .withDirectory(SharedFiles.require("contexts"));
    } catch (CredentialException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Reads a JSON object from a file. */
  public static JsonObject json(Path path) {
    try {
      return JsonLimits.DEFAULT.readObject(Files.readAllBytes(path));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (CredentialException e) {
      throw new IllegalStateException(path + ": " + e, e);
    }
  }

  /** Reads a test resource as a JSON object. */
  public static JsonObject resource(String name) {
    try (var in = TestFixtures.class.getResourceAsStream(name)) {
      return JsonLimits.DEFAULT.readObject(in.readAllBytes());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (CredentialException e) {
      throw new IllegalStateException(name + ": " + e, e);
    }
  }

  /** Reads a text file (UTF-8). */
  public static String text(Path path) {
    try {
      return Files.readString(path);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A W3C vector key pair file ({@code privateKeyMultibase} or {@code secretKeyMultibase}). */
  public static MultikeyPair vectorKey(Path keyPairFile) {
    JsonObject file = json(keyPairFile);
    String secret =
        file.containsKey("secretKeyMultibase")
            ? file.getString("secretKeyMultibase")
            : file.getString("privateKeyMultibase");
    try {
      return MultikeyPair.fromKeyFile(
          Json.createObjectBuilder()
              .add("publicKeyMultibase", file.getString("publicKeyMultibase"))
              .add("secretKeyMultibase", secret)
              .build());
    } catch (CredentialException e) {
      throw new IllegalStateException(e);
    }
  }
}
