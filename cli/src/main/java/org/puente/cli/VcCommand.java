package org.puente.cli;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.puente.credentials.CredentialException;
import org.puente.credentials.Credentials;
import org.puente.credentials.di.Cryptosuite;
import org.puente.credentials.keys.MultikeyPair;
import org.puente.credentials.vc.VerificationReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code puente vc}: issue and verify W3C Verifiable Credentials. */
@Command(
    name = "vc",
    description = "Issue and verify W3C Verifiable Credentials (VC 2.0, Data Integrity).",
    subcommands = {VcCommand.Issue.class, VcCommand.Verify.class})
final class VcCommand {

  /** Options every JSON-LD reading command shares. */
  abstract static class JsonLdCommand implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Option(
        names = "--context-dir",
        paramLabel = "DIR",
        description = "Also trust the JSON-LD contexts listed by DIR/index.json (URL -> file).")
    Path contextDir;

    @Parameters(index = "0", paramLabel = "FILE", description = "The credential, or - for stdin.")
    String input;

    Credentials.Builder builder() throws CredentialException {
      Credentials.Builder builder = Credentials.builder();
      if (contextDir != null) {
        builder.contextDirectory(contextDir);
      }
      return builder;
    }

    JsonObject read(Credentials credentials) throws IOException, CredentialException {
      try (InputStream in = "-".equals(input) ? System.in : Files.newInputStream(Path.of(input))) {
        return credentials.read(in);
      }
    }

    int unusable(Exception e) {
      PrintWriter err = spec.commandLine().getErr();
      String code = e instanceof CredentialException ce ? ce.code().name() + ": " : "";
      err.println(spec.qualifiedName(" ") + ": " + code + e.getMessage());
      return Main.UNUSABLE;
    }
  }

  /** {@code puente vc issue --key FILE --suite SUITE FILE|-}. */
  @Command(name = "issue", description = "Sign a VC 2.0 credential and print it.")
  static final class Issue extends JsonLdCommand {
    @Option(
        names = "--key",
        required = true,
        paramLabel = "FILE",
        description = "Multikey key file.")
    Path key;

    @Option(
        names = "--suite",
        required = true,
        description = "eddsa-rdfc-2022, ecdsa-rdfc-2019 or vc-jwt")
    String suite;

    @Override
    public Integer call() {
      try {
        boolean jwt = "vc-jwt".equals(suite);
        Cryptosuite cryptosuite = jwt ? null : Cryptosuite.fromId(suite);
        Credentials credentials = builder().build();
        MultikeyPair signer;
        try (InputStream in = Files.newInputStream(key)) {
          signer = MultikeyPair.fromKeyFile(credentials.read(in));
        }
        if (jwt) {
          spec.commandLine().getOut().println(credentials.issueJwt(read(credentials), signer));
          return 0;
        }
        JsonObject signed = credentials.issue(read(credentials), signer, cryptosuite);
        spec.commandLine().getOut().println(Json.pretty(signed));
        return 0;
      } catch (CredentialException | IOException | IllegalArgumentException e) {
        return unusable(e);
      }
    }
  }

  /** The most a command reads from a file or stdin before parsing: 4 MiB. */
  static final int MAX_INPUT_BYTES = 4 * 1024 * 1024;

  /** {@code puente vc verify FILE|-}: prints the report; exit 0 verified, 1 not verified. */
  @Command(name = "verify", description = "Verify a credential and print the verification report.")
  static final class Verify extends JsonLdCommand {
    @Option(
        names = "--no-issuer-binding",
        description = "Do not require the issuer to control the key (third-party test vectors).")
    boolean noIssuerBinding;

    @Override
    public Integer call() {
      Credentials credentials;
      JsonObject credential;
      try {
        credentials = builder().bindIssuerToKey(!noIssuerBinding).build();
        byte[] bytes = readBounded();
        String text = new String(bytes, java.nio.charset.StandardCharsets.UTF_8).strip();
        if (!text.startsWith("{")) {
          return verifyJwt(credentials, text);
        }
        credential = credentials.read(new java.io.ByteArrayInputStream(bytes));
      } catch (CredentialException | IOException e) {
        return unusable(e);
      }
      VerificationReport report = credentials.report(credential);
      spec.commandLine().getOut().println(Json.pretty(report.toJson()));
      if (report.verified()) {
        return 0;
      }
      report
          .firstFailure()
          .ifPresent(
              f ->
                  spec.commandLine()
                      .getErr()
                      .println(
                          String.format(
                              Locale.ROOT,
                              "not verified: %s failed with %s: %s",
                              f.check().jsonName(),
                              f.code(),
                              f.detail())));
      return Main.NEGATIVE;
    }

    byte[] readBounded() throws IOException, CredentialException {
      try (InputStream in = "-".equals(input) ? System.in : Files.newInputStream(Path.of(input))) {
        byte[] bytes = in.readNBytes(MAX_INPUT_BYTES + 1);
        if (bytes.length > MAX_INPUT_BYTES) {
          throw new CredentialException(
              CredentialException.Code.INPUT_TOO_LARGE,
              "input exceeds " + MAX_INPUT_BYTES + " bytes");
        }
        return bytes;
      }
    }

    /** A compact VC-JWT: the report names the format, the key and the issuer. */
    private int verifyJwt(Credentials credentials, String jwt) {
      var out = spec.commandLine().getOut();
      try {
        var verified = credentials.verifyJwt(jwt);
        out.println(
            Json.pretty(
                jakarta.json.Json.createObjectBuilder()
                    .add("verified", true)
                    .add("format", "vc+jwt")
                    .add("algorithm", verified.algorithm())
                    .add("verificationMethod", verified.keyId())
                    .add("issuer", verified.controller())
                    .add("credential", verified.payload())
                    .build()));
        return 0;
      } catch (CredentialException e) {
        out.println(
            Json.pretty(
                jakarta.json.Json.createObjectBuilder()
                    .add("verified", false)
                    .add("format", "vc+jwt")
                    .add("code", e.code().name())
                    .add("detail", e.getMessage())
                    .build()));
        spec.commandLine().getErr().println("not verified: " + e.code() + ": " + e.getMessage());
        return Main.NEGATIVE;
      }
    }
  }
}
