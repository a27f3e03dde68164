package org.puente.cli.demo;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.puente.documents.credentials.CredentialType;
import org.puente.documents.credentials.TradeCredentials;
import org.puente.server.auth.Role;
import org.puente.server.node.Jurisdiction;
import org.puente.server.node.NodeRole;

/**
 * The demo's story for one consignment of steel coils (Monterrey → San Antonio, Nuevo Laredo 240 →
 * Laredo 2304): each authority accredits the four trade parties in its trust registry; the mill
 * issues a mill test report, the exporter a USMCA certification of origin, the broker the DODA and
 * the carrier the Carta Porte (the documents module's example credentials, issued as the party's
 * own DID); both authorities verify all four over HTTP. Everything goes through the nodes' HTTP
 * APIs with their own bearer tokens.
 */
public final class DemoScenario {
  private final DemoCluster cluster;
  private final HttpClient http;
  private final Clock clock;

  /** The scenario on a running cluster. */
  public DemoScenario(DemoCluster cluster, Clock clock) {
    this.cluster = cluster;
    this.clock = clock;
    this.http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  }

  /**
   * One verification's outcome on one authority node.
   *
   * @param credentialType what was verified
   * @param issuer who issued it
   * @param authority which node verified
   * @param verified whether the proof, validity and status checked out
   * @param trusted whether the authority's registry accredits the issuer
   * @param code the reason when not
   * @param receivedUrl where the authority keeps it
   */
  public record Verdict(
      String credentialType,
      String issuer,
      String authority,
      boolean verified,
      boolean trusted,
      String code,
      String receivedUrl) {}

  /** Runs the story and returns every verdict (8: four credentials × two authorities). */
  public List<Verdict> run(PrintWriter out) throws IOException, InterruptedException {
    List<DemoNode> authorities =
        cluster.nodes().stream().filter(n -> n.plan().role() != NodeRole.TRADE).toList();
    List<DemoNode> parties =
        cluster.nodes().stream().filter(n -> n.plan().role() == NodeRole.TRADE).toList();
    for (DemoNode authority : authorities) {
      for (DemoNode party : parties) {
        accredit(authority, party);
      }
      out.printf(
          Locale.ROOT,
          "  %s accredited the %d trade parties in its trust registry%n",
          authority.plan().label(),
          parties.size());
    }
    List<Verdict> verdicts = new ArrayList<>();
    for (DemoNode party : parties) {
      for (String type : party.plan().issues()) {
        JsonObject vc = issue(party, type);
        out.printf(
            Locale.ROOT,
            "  %s issued a %s (%s)%n",
            party.plan().label(),
            type,
            vc.getString("id", "enveloped"));
        for (DemoNode authority : authorities) {
          verdicts.add(verify(authority, type, party.did(), vc));
        }
      }
    }
    out.flush();
    return verdicts;
  }

  private void accredit(DemoNode authority, DemoNode party)
      throws IOException, InterruptedException {
    Jurisdiction j = DemoPlan.jurisdiction(authority.plan());
    List<String> id = j == Jurisdiction.US ? party.plan().us() : party.plan().mx();
    String token = authority.token(Role.NODE_ADMIN, j, Optional.empty());
    for (String type : party.plan().issues()) {
      if (isAccredited(authority, token, party.did(), type, j)) {
        continue; // a later run on the same data
      }
      Instant from = clock.instant().truncatedTo(ChronoUnit.SECONDS).minus(1, ChronoUnit.DAYS);
      JsonObject entry =
          Json.createObjectBuilder()
              .add("issuerDid", party.did())
              .add("credentialType", type)
              .add("jurisdiction", j.name())
              .add("idScheme", id.get(0))
              .add("nationalId", id.get(1))
              .add("validFrom", from.toString())
              .add("validUntil", from.plus(366, ChronoUnit.DAYS).toString())
              .build();
      post(authority, "/api/v1/trust/entries", token, entry, 201);
    }
  }

  private boolean isAccredited(
      DemoNode authority, String token, String did, String type, Jurisdiction j)
      throws IOException, InterruptedException {
    String query =
        "/api/v1/trust/accreditation?issuer="
            + java.net.URLEncoder.encode(did, StandardCharsets.UTF_8)
            + "&type="
            + type
            + "&jurisdiction="
            + j.name();
    HttpResponse<String> r = send(authority, query, token, null);
    return r.statusCode() == 200 && read(r.body()).getBoolean("accredited", false);
  }

  private JsonObject issue(DemoNode party, String type) throws IOException, InterruptedException {
    JsonObject body =
        Json.createObjectBuilder()
            .add("credential", unsignedExample(credentialType(type), clock.instant()))
            .build();
    String token = party.token(Role.ISSUER_ADMIN, Jurisdiction.MX, Optional.empty());
    return read(post(party, "/credentials/issue", token, body, 201))
        .getJsonObject("verifiableCredential");
  }

  private Verdict verify(DemoNode authority, String type, String issuer, JsonObject vc)
      throws IOException, InterruptedException {
    Jurisdiction j = DemoPlan.jurisdiction(authority.plan());
    String token =
        authority.token(Role.OFFICER, j, Optional.of(j == Jurisdiction.US ? "2304" : "240"));
    JsonObject body = Json.createObjectBuilder().add("verifiableCredential", vc).build();
    JsonObject result = read(post(authority, "/credentials/verify", token, body, 200));
    return new Verdict(
        type,
        issuer,
        authority.plan().name(),
        result.getBoolean("verified"),
        result.getBoolean("trusted"),
        result.getString("code", ""),
        authority.url() + "/api/v1/credentials/received/" + result.getString("receivedId"));
  }

  /**
   * The documents module's example credential of {@code type}, without issuer and id (the issuing
   * node sets them), valid from {@code now} for a year.
   */
  public static JsonObject unsignedExample(CredentialType type, Instant now) {
    Instant from = now.truncatedTo(ChronoUnit.SECONDS);
    JsonObjectBuilder credential = Json.createObjectBuilder(TradeCredentials.example(type));
    credential.remove("issuer");
    credential.remove("id");
    credential.add("validFrom", from.toString());
    credential.add("validUntil", from.plus(365, ChronoUnit.DAYS).toString());
    return credential.build();
  }

  private static CredentialType credentialType(String vcType) {
    for (CredentialType t : CredentialType.values()) {
      if (t.vcType().equals(vcType)) {
        return t;
      }
    }
    throw new IllegalArgumentException("no credential type " + vcType);
  }

  private String post(DemoNode node, String path, String token, JsonObject body, int expected)
      throws IOException, InterruptedException {
    HttpResponse<String> r = send(node, path, token, body);
    if (r.statusCode() != expected) {
      throw new IOException(
          "POST " + node.url() + path + " answered " + r.statusCode() + ": " + r.body());
    }
    return r.body();
  }

  private HttpResponse<String> send(DemoNode node, String path, String token, JsonObject body)
      throws IOException, InterruptedException {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(node.url() + path))
            .timeout(Duration.ofSeconds(60))
            .header("Authorization", "Bearer " + token)
            .header("Accept", "application/json");
    if (body == null) {
      request.GET();
    } else {
      request
          .header("Content-Type", "application/json")
          .POST(HttpRequest.BodyPublishers.ofString(body.toString(), StandardCharsets.UTF_8));
    }
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  private static JsonObject read(String json) {
    return Json.createReader(new StringReader(json)).readObject();
  }
}
