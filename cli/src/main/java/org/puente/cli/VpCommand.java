package org.puente.cli;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.puente.credentials.CredentialException;
import org.puente.credentials.Credentials;
import org.puente.credentials.DidResolver;
import org.puente.credentials.di.Cryptosuite;
import org.puente.credentials.keys.MultikeyPair;
import org.puente.credentials.vp.Presentations;
import org.puente.credentials.vp.VerifiedPresentation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code puente vp}: create and verify presentations bound to a challenge and a domain. */
@Command(
    name = "vp",
    description = "Create and verify verifiable presentations (challenge + domain bound).",
    subcommands = {VpCommand.Create.class, VpCommand.Verify.class})
final class VpCommand {

  /** {@code puente vp create --key FILE --challenge C [--domain D] CREDENTIAL...}. */
  @Command(name = "create", description = "Present credentials, signed for a verifier's challenge.")
  static final class Create extends VcCommand.JsonLdCommand {
    @Option(
        names = "--key",
        required = true,
        paramLabel = "FILE",
        description = "Holder's key file.")
    Path key;

    @Option(names = "--challenge", required = true, description = "The verifier's challenge.")
    String challenge;

    @Option(names = "--domain", description = "The verifier's domain.")
    String domain;

    @Option(names = "--holder", description = "Holder DID (default: the key's controller).")
    String holder;

    @Option(
        names = "--suite",
        defaultValue = "eddsa-rdfc-2022",
        description = "eddsa-rdfc-2022 (default) or ecdsa-rdfc-2019")
    String suite;

    @Parameters(index = "1..*", paramLabel = "MORE", description = "Further credentials.")
    List<Path> more = new ArrayList<>();

    @Override
    public Integer call() {
      try {
        Credentials credentials = builder().build();
        MultikeyPair signer;
        try (InputStream in = Files.newInputStream(key)) {
          signer = MultikeyPair.fromKeyFile(credentials.read(in));
        }
        List<JsonObject> enclosed = new ArrayList<>();
        enclosed.add(read(credentials));
        for (Path path : more) {
          try (InputStream in = Files.newInputStream(path)) {
            enclosed.add(credentials.read(in));
          }
        }
        JsonObject vp =
            new Presentations(credentials, DidResolver.didKey(), Clock.systemUTC())
                .create(
                    enclosed,
                    holder != null ? holder : signer.controller(),
                    signer,
                    Cryptosuite.fromId(suite),
                    challenge,
                    domain);
        spec.commandLine().getOut().println(Json.pretty(vp));
        return 0;
      } catch (CredentialException | IOException | IllegalArgumentException e) {
        return unusable(e);
      }
    }
  }

  /** {@code puente vp verify --challenge C [--domain D] FILE|-}: exit 0, 1 or 2. */
  @Command(name = "verify", description = "Verify a presentation and every credential in it.")
  static final class Verify extends VcCommand.JsonLdCommand {
    @Option(names = "--challenge", required = true, description = "The challenge you issued.")
    String challenge;

    @Option(names = "--domain", description = "Your domain (checked when given).")
    String domain;

    @Override
    public Integer call() {
      Credentials credentials;
      JsonObject vp;
      try {
        credentials = builder().build();
        vp = read(credentials);
      } catch (CredentialException | IOException e) {
        return unusable(e);
      }
      Presentations presentations =
          new Presentations(credentials, DidResolver.didKey(), Clock.systemUTC());
      try {
        VerifiedPresentation verified = presentations.verify(vp, challenge, domain);
        var report =
            jakarta.json.Json.createObjectBuilder()
                .add("verified", true)
                .add("holder", verified.holder());
        var vcs = jakarta.json.Json.createArrayBuilder();
        verified.credentials().forEach(vc -> vcs.add(vc.report().toJson()));
        spec.commandLine().getOut().println(Json.pretty(report.add("credentials", vcs).build()));
        return 0;
      } catch (CredentialException e) {
        spec.commandLine()
            .getOut()
            .println(
                Json.pretty(
                    jakarta.json.Json.createObjectBuilder()
                        .add("verified", false)
                        .add("code", e.code().name())
                        .add("detail", e.getMessage())
                        .build()));
        spec.commandLine().getErr().println("not verified: " + e.code() + ": " + e.getMessage());
        return Main.NEGATIVE;
      }
    }
  }
}
