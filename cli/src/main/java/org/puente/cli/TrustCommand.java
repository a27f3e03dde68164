package org.puente.cli;

import jakarta.json.JsonObject;
import jakarta.json.JsonStructure;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.puente.credentials.jsonld.JsonSupport;
import org.puente.server.auth.NodeTokens;
import org.puente.server.auth.Role;
import org.puente.server.node.DataDirectory;
import org.puente.server.node.Jurisdiction;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code puente trust add|list|withdraw|check}: manages a node's trust registry through its API
 * (node-admins write, anyone with a token reads). Exit status 0 done (or accredited, for {@code
 * check}), 1 refused by the node (its problem on stderr) or not accredited, 2 bad usage or node
 * unreachable.
 */
@Command(
    name = "trust",
    description = "Manage a node's trust registry (which DIDs may issue which credential types).",
    subcommands = {
      TrustCommand.Add.class,
      TrustCommand.ListEntries.class,
      TrustCommand.Withdraw.class,
      TrustCommand.Check.class
    })
final class TrustCommand {
  private TrustCommand() {}

  /**
   * The common call: where the node is, how to authenticate, one request, the JSON answer on stdout
   * or the node's problem on stderr.
   */
  abstract static class Call implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Option(
        names = "--node",
        required = true,
        description = "the node's base URL, e.g. http://localhost:8440")
    URI node;

    @Option(names = "--token", description = "a bearer token (node-admin to write)")
    String token;

    @Option(
        names = "--data-dir",
        description = "instead of --token: the node's data directory, to mint a node-admin token")
    Path dataDir;

    @Option(
        names = "--as-jurisdiction",
        description = "with --data-dir: the minted token's jurisdiction, US or MX")
    String asJurisdiction;

    abstract HttpRequest.Builder request(URI node);

    /** Exit status for a 2xx answer (check overrides it). */
    int success(JsonStructure answer) {
      return 0;
    }

    private String bearer() throws IOException {
      if ((token == null) == (dataDir == null)) {
        throw new IllegalArgumentException("give either --token or --data-dir (not both)");
      }
      if (token != null) {
        return token;
      }
      if (asJurisdiction == null) {
        throw new IllegalArgumentException("--data-dir needs --as-jurisdiction US|MX");
      }
      Jurisdiction j = Jurisdiction.parse(asJurisdiction);
      return NodeTokens.loadOrCreate(new DataDirectory(dataDir), new SecureRandom())
          .mint(
              "node-admin@" + j,
              List.of(Role.NODE_ADMIN),
              j,
              Optional.empty(),
              Duration.ofMinutes(5),
              Clock.systemUTC());
    }

    @Override
    public Integer call() throws InterruptedException {
      PrintWriter out = spec.commandLine().getOut();
      PrintWriter err = spec.commandLine().getErr();
      HttpResponse<String> r;
      try {
        HttpRequest request =
            request(node)
                .header("Authorization", "Bearer " + bearer())
                .timeout(Duration.ofSeconds(30))
                .build();
        r =
            HttpClient.newBuilder()
                .connectTimeout(Duration.ofSeconds(10))
                .build()
                .send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
      } catch (IOException | IllegalArgumentException e) {
        err.println("puente trust: " + e.getMessage());
        return Main.UNUSABLE;
      }
      if (r.statusCode() / 100 != 2) {
        err.println("puente trust: the node answered " + r.statusCode() + ": " + r.body());
        return Main.NEGATIVE;
      }
      JsonStructure answer = JsonSupport.PROVIDER.createReader(new StringReader(r.body())).read();
      out.println(Json.pretty(answer));
      out.flush();
      return success(answer);
    }
  }

  /** Who may issue what, where: the three coordinates of an accreditation. */
  static final class Accreditation {
    @Option(names = "--issuer", required = true, description = "the issuer's DID")
    String issuer;

    @Option(names = "--type", required = true, description = "e.g. MillTestReportCredential")
    String type;

    @Option(names = "--jurisdiction", required = true, description = "US or MX")
    String jurisdiction;
  }

  @Command(name = "add", description = "Accredit an issuer DID for a credential type.")
  static final class Add extends Call {
    @Mixin Accreditation what;

    @Option(
        names = "--id-scheme",
        required = true,
        description = "the national identifier's scheme: RFC, EIN, PATENTE, FILER_CODE, CBP, SAT…")
    String idScheme;

    @Option(names = "--national-id", required = true, description = "the national identifier")
    String nationalId;

    @Option(names = "--valid-from", description = "ISO-8601 instant (default now)")
    Instant validFrom;

    @Option(names = "--valid-until", required = true, description = "ISO-8601 instant")
    Instant validUntil;

    @Override
    HttpRequest.Builder request(URI node) {
      JsonObject body =
          JsonSupport.PROVIDER
              .createObjectBuilder()
              .add("issuerDid", what.issuer)
              .add("credentialType", what.type)
              .add("jurisdiction", what.jurisdiction)
              .add("idScheme", idScheme)
              .add("nationalId", nationalId)
              .add("validFrom", (validFrom != null ? validFrom : Instant.now()).toString())
              .add("validUntil", validUntil.toString())
              .build();
      return HttpRequest.newBuilder(node.resolve("/api/v1/trust/entries"))
          .header("Content-Type", "application/json")
          .POST(HttpRequest.BodyPublishers.ofString(body.toString(), StandardCharsets.UTF_8));
    }
  }

  @Command(name = "list", description = "List entries, optionally filtered.")
  static final class ListEntries extends Call {
    @Option(names = "--issuer", description = "only this issuer DID")
    String issuer;

    @Option(names = "--type", description = "only this credential type")
    String type;

    @Option(names = "--jurisdiction", description = "only US or MX")
    String jurisdiction;

    @Option(names = "--limit", defaultValue = "100", description = "1..1000 (default 100)")
    int limit;

    @Override
    HttpRequest.Builder request(URI node) {
      List<String> query = new ArrayList<>();
      query.add("limit=" + limit);
      param(query, "issuer", issuer);
      param(query, "type", type);
      param(query, "jurisdiction", jurisdiction);
      return HttpRequest.newBuilder(
              node.resolve("/api/v1/trust/entries?" + String.join("&", query)))
          .GET();
    }
  }

  @Command(name = "withdraw", description = "Withdraw an entry from now on.")
  static final class Withdraw extends Call {
    @Parameters(paramLabel = "ID", description = "the entry's id (a UUID)")
    java.util.UUID id;

    @Override
    HttpRequest.Builder request(URI node) {
      return HttpRequest.newBuilder(node.resolve("/api/v1/trust/entries/" + id)).DELETE();
    }
  }

  @Command(
      name = "check",
      description = "Is an issuer accredited for a type in a jurisdiction? Exit 0 yes, 1 no.")
  static final class Check extends Call {
    @Mixin Accreditation what;

    @Option(names = "--at", description = "ISO-8601 instant (default now)")
    Instant at;

    @Override
    HttpRequest.Builder request(URI node) {
      List<String> query = new ArrayList<>();
      param(query, "issuer", what.issuer);
      param(query, "type", what.type);
      param(query, "jurisdiction", what.jurisdiction);
      param(query, "at", at == null ? null : at.toString());
      return HttpRequest.newBuilder(
              node.resolve("/api/v1/trust/accreditation?" + String.join("&", query)))
          .GET();
    }

    @Override
    int success(JsonStructure answer) {
      return answer instanceof JsonObject o && o.getBoolean("accredited", false)
          ? 0
          : Main.NEGATIVE;
    }
  }

  private static void param(List<String> query, String name, String value) {
    if (value != null) {
      query.add(name + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8));
    }
  }
}
