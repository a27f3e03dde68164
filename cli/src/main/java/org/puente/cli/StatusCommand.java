package org.puente.cli;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.puente.credentials.CredentialException;
import org.puente.credentials.CredentialException.Code;
import org.puente.credentials.Credentials;
import org.puente.credentials.di.Cryptosuite;
import org.puente.credentials.keys.KeyType;
import org.puente.credentials.keys.MultikeyPair;
import org.puente.credentials.status.Bitstring;
import org.puente.credentials.status.BitstringStatusChecker;
import org.puente.credentials.status.StatusList;
import org.puente.credentials.status.StatusListCredential;
import org.puente.credentials.status.StatusListEntry;
import org.puente.credentials.status.StatusPurpose;
import org.puente.credentials.vc.VerificationReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code puente status}: Bitstring Status Lists kept in a local state file by their issuer, and
 * status checks of credentials against published list credentials.
 */
@Command(
    name = "status",
    description = "Revoke, suspend and check credentials with Bitstring Status Lists.",
    subcommands = {
      StatusCommand.New.class,
      StatusCommand.Allocate.class,
      StatusCommand.Revoke.class,
      StatusCommand.Suspend.class,
      StatusCommand.Check.class
    })
final class StatusCommand {

  /** The issuer's list state: the list URL and purpose, the status bits and the allocation bits. */
  abstract static class ListCommand implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Option(
        names = "--list",
        required = true,
        paramLabel = "STATE",
        description = "List state file.")
    Path list;

    StatusList load() throws IOException, CredentialException {
      JsonObject state;
      try (InputStream in = Files.newInputStream(list)) {
        state = Credentials.builder().build().read(in);
      }
      StatusPurpose purpose = StatusPurpose.fromJson(state.getString("purpose", ""));
      if (purpose == null) {
        throw new CredentialException(Code.MALFORMED_INPUT, list + ": unknown purpose");
      }
      return StatusList.restore(
          state.getString("url"),
          purpose,
          Bitstring.decode(state.getString("statusBits", null)),
          Bitstring.decode(state.getString("allocatedBits", null)));
    }

    void save(StatusList statusList) throws IOException {
      JsonObject state =
          jakarta.json.Json.createObjectBuilder()
              .add("url", statusList.url())
              .add("purpose", statusList.purpose().jsonName())
              .add("statusBits", statusList.bits().encode())
              .add("allocatedBits", statusList.allocated().encode())
              .build();
      KeysCommand.writeOwnerOnly(list, Json.pretty(state));
    }

    int unusable(Exception e) {
      String code = e instanceof CredentialException ce ? ce.code().name() + ": " : "";
      spec.commandLine().getErr().println(spec.qualifiedName(" ") + ": " + code + e.getMessage());
      return Main.UNUSABLE;
    }
  }

  /** Sets or clears one index, saves the state and prints the newly signed list credential. */
  abstract static class Flip extends ListCommand {
    @Option(names = "--index", required = true, description = "The credential's statusListIndex.")
    int index;

    @Option(names = "--key", required = true, paramLabel = "FILE", description = "Issuer key file.")
    Path key;

    abstract void apply(StatusList statusList);

    @Override
    public Integer call() {
      try {
        StatusList statusList = load();
        apply(statusList);
        Credentials credentials = Credentials.builder().build();
        MultikeyPair signer;
        try (InputStream in = Files.newInputStream(key)) {
          signer = MultikeyPair.fromKeyFile(credentials.read(in));
        }
        JsonObject unsigned =
            new StatusListCredential(
                    statusList.url(),
                    signer.controller(),
                    statusList.purpose(),
                    statusList.bits(),
                    Clock.systemUTC().instant().truncatedTo(java.time.temporal.ChronoUnit.SECONDS),
                    null)
                .toUnsignedCredential();
        Cryptosuite suite =
            signer.publicKey().type() == KeyType.ED25519
                ? Cryptosuite.EDDSA_RDFC_2022
                : Cryptosuite.ECDSA_RDFC_2019;
        JsonObject signed = credentials.issue(unsigned, signer, suite);
        save(statusList);
        spec.commandLine().getOut().println(Json.pretty(signed));
        return 0;
      } catch (CredentialException | IOException | RuntimeException e) {
        return unusable(e);
      }
    }
  }

  /** {@code puente status new --url URL --purpose P --list STATE [--length N]}. */
  @Command(name = "new", description = "Start a status list (state kept in --list).")
  static final class New extends ListCommand {
    @Option(
        names = "--url",
        required = true,
        description = "Where the list credential is published.")
    String url;

    @Option(names = "--purpose", required = true, description = "revocation or suspension")
    String purpose;

    @Option(names = "--length", defaultValue = "131072", description = "Entries (>= 131072).")
    int length;

    @Override
    public Integer call() {
      StatusPurpose p = StatusPurpose.fromJson(purpose);
      if (p == null) {
        spec.commandLine()
            .getErr()
            .println("puente status new: --purpose must be revocation or suspension");
        return Main.UNUSABLE;
      }
      try {
        save(StatusList.create(url, p, length));
        return 0;
      } catch (IOException | IllegalArgumentException e) {
        return unusable(e);
      }
    }
  }

  /** {@code puente status allocate --list STATE}: prints a credentialStatus entry. */
  @Command(
      name = "allocate",
      description = "Take a fresh random index; print its credentialStatus.")
  static final class Allocate extends ListCommand {
    @Override
    public Integer call() {
      try {
        StatusList statusList = load();
        StatusListEntry entry = statusList.allocate(new SecureRandom());
        save(statusList);
        spec.commandLine().getOut().println(Json.pretty(entry.toJson()));
        return 0;
      } catch (CredentialException | IOException | RuntimeException e) {
        return unusable(e);
      }
    }
  }

  /** {@code puente status revoke --list STATE --index N --key FILE}. */
  @Command(name = "revoke", description = "Revoke (for good); print the signed list credential.")
  static final class Revoke extends Flip {
    @Override
    void apply(StatusList statusList) {
      if (statusList.purpose() != StatusPurpose.REVOCATION) {
        throw new IllegalArgumentException(
            list + " is a " + statusList.purpose().jsonName() + " list");
      }
      statusList.set(index);
    }
  }

  /** {@code puente status suspend --list STATE --index N --key FILE [--lift]}. */
  @Command(name = "suspend", description = "Suspend (or --lift); print the signed list credential.")
  static final class Suspend extends Flip {
    @Option(names = "--lift", description = "Lift the suspension instead.")
    boolean lift;

    @Override
    void apply(StatusList statusList) {
      if (statusList.purpose() != StatusPurpose.SUSPENSION) {
        throw new IllegalArgumentException(
            list + " is a " + statusList.purpose().jsonName() + " list");
      }
      if (lift) {
        statusList.clear(index);
      } else {
        statusList.set(index);
      }
    }
  }

  /**
   * {@code puente status check --status-list FILE... CREDENTIAL}: verifies the credential with its
   * status checked against the given (signed) list credentials; exit 0, 1 or 2.
   */
  @Command(name = "check", description = "Verify a credential, its status included.")
  static final class Check extends VcCommand.JsonLdCommand {
    @Option(
        names = "--status-list",
        required = true,
        paramLabel = "FILE",
        description = "A published status list credential (repeatable).")
    List<Path> lists = new ArrayList<>();

    @Override
    public Integer call() {
      try {
        Credentials plain = builder().build();
        Map<String, JsonObject> published = new HashMap<>();
        for (Path path : lists) {
          try (InputStream in = Files.newInputStream(path)) {
            JsonObject vc = plain.read(in);
            published.put(vc.getString("id", path.toString()), vc);
          }
        }
        BitstringStatusChecker checker =
            new BitstringStatusChecker(
                url -> {
                  JsonObject vc = published.get(url);
                  if (vc == null) {
                    throw new CredentialException(
                        Code.STATUS_RETRIEVAL_ERROR, "no --status-list given for " + url);
                  }
                  try {
                    return StatusListCredential.fromVerifiedCredential(
                        plain.verify(vc).credential());
                  } catch (CredentialException e) {
                    throw new CredentialException(
                        Code.STATUS_VERIFICATION_ERROR, url + ": " + e.getMessage(), e);
                  }
                },
                Clock.systemUTC(),
                Duration.ZERO,
                Duration.ZERO);
        Credentials checking = builder().statusChecker(checker).build();
        VerificationReport report = checking.report(read(checking));
        PrintWriter out = spec.commandLine().getOut();
        out.println(Json.pretty(report.toJson()));
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
                            "not verified: "
                                + f.check().jsonName()
                                + " failed with "
                                + f.code()
                                + ": "
                                + f.detail()));
        return Main.NEGATIVE;
      } catch (CredentialException | IOException e) {
        return unusable(e);
      }
    }
  }
}
