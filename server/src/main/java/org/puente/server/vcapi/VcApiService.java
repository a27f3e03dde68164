package org.puente.server.vcapi;

import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.puente.credentials.CredentialException;
import org.puente.credentials.Credentials;
import org.puente.credentials.di.Cryptosuite;
import org.puente.credentials.jsonld.JsonSupport;
import org.puente.credentials.status.BitstringStatusChecker;
import org.puente.credentials.status.StatusPurpose;
import org.puente.credentials.vp.Presentations;
import org.puente.credentials.vp.VerifiedPresentation;
import org.puente.server.api.NodeException;
import org.puente.server.api.NodeException.Code;
import org.puente.server.auth.Caller;
import org.puente.server.credentials.CredentialFormat;
import org.puente.server.credentials.CredentialStore;
import org.puente.server.credentials.IssuedCredential;
import org.puente.server.credentials.StatusListEntry;
import org.puente.server.node.NodeIdentity;
import org.puente.server.trust.TrustRegistry;

/**
 * The VC-API operations (https://w3c-ccg.github.io/vc-api/): issue with the node's keys and a
 * revocation entry of its status list, verify credentials and presentations (proof, validity,
 * status, then trust), and update the status of the node's own credentials.
 */
public final class VcApiService {
  private final Credentials credentials;
  private final Presentations presentations;
  private final CredentialStore store;
  private final NodeStatusLists lists;
  private final BitstringStatusChecker statusChecker;
  private final CredentialVerification verification;
  private final NodeIdentity identity;
  private final Clock clock;

  /** The operations over the node's facade, store, status lists and trust registry. */
  public VcApiService(
      Credentials credentials,
      Presentations presentations,
      CredentialStore store,
      NodeStatusLists lists,
      BitstringStatusChecker statusChecker,
      TrustRegistry trust,
      NodeIdentity identity,
      Clock clock) {
    this.credentials = credentials;
    this.presentations = presentations;
    this.store = store;
    this.lists = lists;
    this.statusChecker = statusChecker;
    this.verification = new CredentialVerification(credentials, store, trust, clock);
    this.identity = identity;
    this.clock = clock;
  }

  /** The node's facade (for in-process verification beside the HTTP API). */
  public Credentials credentials() {
    return credentials;
  }

  /**
   * VC-API §3.2.1 Issue Credential: {@code {credential, options}} → {@code {verifiableCredential}}.
   */
  public JsonObject issue(JsonObject request, Caller caller)
      throws NodeException, CredentialException {
    JsonObject credential = requireObject(request, "credential");
    IssueOptions options = IssueOptions.of(optionalObject(request, "options"));
    if (credential.containsKey("credentialStatus") || credential.containsKey("proof")) {
      throw new NodeException(
          Code.INVALID_REQUEST,
          "credential must come without proof and credentialStatus: the node adds them");
    }
    JsonObjectBuilder unsigned = JsonSupport.PROVIDER.createObjectBuilder(credential);
    if (!credential.containsKey("issuer")) {
      unsigned.add("issuer", identity.did());
    }
    String id = stringOr(credential.get("id"), "urn:uuid:" + UUID.randomUUID());
    unsigned.add("id", id);
    String type = CredentialVerification.specificType(credential);
    try {
      IssuedCredential issued =
          store.issue(
              Optional.of(NodeStatusLists.REVOCATION_LIST),
              entry -> sign(unsigned.build(), id, type, entry, options, caller));
      return JsonSupport.PROVIDER
          .createObjectBuilder()
          .add("verifiableCredential", options.toResponse(issued.content()))
          .build();
    } catch (SigningFailed e) {
      throw e.cause;
    } catch (IllegalStateException e) {
      throw new NodeException(Code.CONFLICT, e.getMessage());
    }
  }

  /** One {@code BitstringStatusListEntry} of list {@code listId}. */
  private JsonObject statusEntry(String listId, StatusPurpose purpose, int index) {
    return new org.puente.credentials.status.StatusListEntry(
            lists.url(listId) + "#" + index, purpose, index, lists.url(listId), 1)
        .toJson();
  }

  private IssuedCredential sign(
      JsonObject unsigned,
      String id,
      String type,
      Optional<StatusListEntry> entry,
      IssueOptions options,
      Caller caller) {
    StatusListEntry e = entry.orElseThrow();
    JsonObject withStatus =
        JsonSupport.PROVIDER
            .createObjectBuilder(unsigned)
            .add(
                "credentialStatus",
                JsonSupport.PROVIDER
                    .createArrayBuilder()
                    .add(statusEntry(e.listId(), StatusPurpose.REVOCATION, e.index()))
                    .add(
                        statusEntry(
                            NodeStatusLists.SUSPENSION_LIST, StatusPurpose.SUSPENSION, e.index())))
            .build();
    try {
      String content =
          switch (options.format()) {
            case VC_JOSE -> credentials.issueJwt(withStatus, identity.p256());
            default ->
                credentials
                    .issue(
                        withStatus,
                        options.suite() == Cryptosuite.ECDSA_RDFC_2019
                            ? identity.p256()
                            : identity.ed25519(),
                        options.suite())
                    .toString();
          };
      return new IssuedCredential(
          id,
          type,
          identity.did(),
          subjectId(unsigned),
          caller.jurisdiction(),
          options.format(),
          content,
          entry,
          clock.instant(),
          caller.subject());
    } catch (CredentialException ex) {
      throw new SigningFailed(ex);
    }
  }

  /** VC-API §3.3.1 Verify Credential, plus the trust decision; stores what was received. */
  public JsonObject verifyCredential(JsonObject request, Caller caller) throws NodeException {
    JsonObject vc = requireObject(request, "verifiableCredential");
    optionalObject(request, "options");
    return verification.verifyAndStore(vc, caller).toJson();
  }

  /** VC-API §3.4.2 Verify Presentation: {@code options.challenge} required, {@code domain} too. */
  public JsonObject verifyPresentation(JsonObject request, Caller caller) throws NodeException {
    JsonObject vp = requireObject(request, "verifiablePresentation");
    JsonObject options = optionalObject(request, "options");
    String challenge = stringOr(options.get("challenge"), null);
    if (challenge == null || challenge.isBlank()) {
      throw new NodeException(Code.INVALID_REQUEST, "options.challenge is required");
    }
    String domain = stringOr(options.get("domain"), null);
    try {
      VerifiedPresentation verified = presentations.verify(vp, challenge, domain);
      JsonArrayBuilder enclosed = JsonSupport.PROVIDER.createArrayBuilder();
      boolean trusted = true;
      String code = null;
      for (var c : verified.credentials()) {
        VerificationResult r = verification.verifyAndStore(c.credential(), caller);
        enclosed.add(r.toJson());
        if (!r.trusted() && trusted) {
          trusted = false;
          code = r.code().orElse(null);
        }
      }
      JsonObjectBuilder out =
          JsonSupport.PROVIDER
              .createObjectBuilder()
              .add("verified", true)
              .add("trusted", trusted)
              .add("holder", verified.holder())
              .add(
                  "checks",
                  JsonSupport.PROVIDER
                      .createArrayBuilder()
                      .add("proof")
                      .add("challenge")
                      .add("domain"))
              .add("warnings", JsonValue.EMPTY_JSON_ARRAY)
              .add("errors", JsonValue.EMPTY_JSON_ARRAY)
              .add("credentials", enclosed);
      if (code != null) {
        out.add("code", code);
      }
      return out.build();
    } catch (CredentialException e) {
      return JsonSupport.PROVIDER
          .createObjectBuilder()
          .add("verified", false)
          .add("trusted", false)
          .add("code", e.code().name())
          .add("checks", JsonValue.EMPTY_JSON_ARRAY)
          .add("warnings", JsonValue.EMPTY_JSON_ARRAY)
          .add(
              "errors",
              JsonSupport.PROVIDER
                  .createArrayBuilder()
                  .add(
                      JsonSupport.PROVIDER
                          .createObjectBuilder()
                          .add("code", e.code().name())
                          .add("message", e.getMessage())))
          .build();
    }
  }

  /**
   * VC-API §3.2.4 Update Status: {@code {credentialId, credentialStatus: [{type, status}]}} with
   * status {@code revoked} (permanent), {@code suspended}, or {@code active} (lifts a suspension;
   * refused for a revoked credential). The node's credentials carry a revocation and a suspension
   * entry at the same index; one issued before suspension existed can only be revoked.
   */
  public JsonObject updateStatus(JsonObject request, Caller caller) throws NodeException {
    String credentialId = stringOr(request.get("credentialId"), null);
    if (credentialId == null || credentialId.isBlank()) {
      throw new NodeException(Code.INVALID_REQUEST, "credentialId is required");
    }
    JsonValue updates = request.get("credentialStatus");
    if (!(updates instanceof JsonArray array) || array.isEmpty()) {
      throw new NodeException(
          Code.INVALID_REQUEST, "credentialStatus must be a non-empty array of {type, status}");
    }
    List<String> statuses = new ArrayList<>();
    for (JsonValue v : array) {
      statuses.add(requestedStatus(v));
    }
    IssuedCredential issued =
        store
            .findIssued(credentialId)
            .orElseThrow(
                () -> new NodeException(Code.NOT_FOUND, "no issued credential " + credentialId));
    if (issued.jurisdiction() != caller.jurisdiction()) {
      throw new NodeException(
          Code.JURISDICTION_MISMATCH,
          "the credential belongs to "
              + issued.jurisdiction()
              + "; the caller is "
              + caller.jurisdiction());
    }
    StatusListEntry revocation =
        issued
            .status()
            .orElseThrow(
                () -> new NodeException(Code.CONFLICT, credentialId + " has no status entry"));
    StatusListEntry suspension =
        new StatusListEntry(NodeStatusLists.SUSPENSION_LIST, revocation.index());
    JsonArrayBuilder applied = JsonSupport.PROVIDER.createArrayBuilder();
    for (String status : statuses) {
      StatusListEntry entry = status.equals("revoked") ? revocation : suspension;
      if (!status.equals("revoked")) {
        requireSuspensionEntry(issued);
        if (store.statusBits(revocation.listId()).get(revocation.index())) {
          throw new NodeException(
              Code.CONFLICT, credentialId + " is revoked: revocation is permanent");
        }
      }
      store.setStatus(entry, !status.equals("active"), caller.subject());
      lists.changed(entry.listId());
      statusChecker.invalidate(lists.url(entry.listId()));
      applied.add(
          JsonSupport.PROVIDER
              .createObjectBuilder()
              .add("type", "BitstringStatusListEntry")
              .add("status", status));
    }
    return JsonSupport.PROVIDER
        .createObjectBuilder()
        .add("credentialId", credentialId)
        .add("credentialStatus", applied)
        .build();
  }

  private static String requestedStatus(JsonValue v) throws NodeException {
    if (!(v instanceof JsonObject o)
        || !"BitstringStatusListEntry".equals(stringOr(o.get("type"), null))) {
      throw new NodeException(
          Code.INVALID_REQUEST, "each credentialStatus item must be a BitstringStatusListEntry");
    }
    String status = stringOr(o.get("status"), "");
    if (!List.of("revoked", "suspended", "active").contains(status)) {
      throw new NodeException(
          Code.INVALID_REQUEST,
          "status '" + status + "' is not supported: use revoked, suspended or active");
    }
    return status;
  }

  /**
   * Refuses to suspend a credential whose signed content has no suspension entry: one issued before
   * the node had its suspension list.
   */
  private void requireSuspensionEntry(IssuedCredential issued) throws NodeException {
    boolean hasEntry =
        store
            .statusListCreatedAt(NodeStatusLists.SUSPENSION_LIST)
            .map(created -> !issued.issuedAt().isBefore(created))
            .orElse(false);
    if (!hasEntry) {
      throw new NodeException(
          Code.CONFLICT,
          issued.id() + " was issued without a suspension entry: it can be revoked, not suspended");
    }
  }

  /** The signed status list credential {@code listId}, if this node has it. */
  public Optional<JsonObject> statusList(String listId) throws CredentialException {
    return lists.published(listId, credentials);
  }

  static JsonObject requireObject(JsonObject request, String member) throws NodeException {
    if (!(request.get(member) instanceof JsonObject o)) {
      throw new NodeException(Code.INVALID_REQUEST, member + " must be a JSON object");
    }
    return o;
  }

  static JsonObject optionalObject(JsonObject request, String member) throws NodeException {
    JsonValue v = request.get(member);
    if (v == null || v == JsonValue.NULL) {
      return JsonValue.EMPTY_JSON_OBJECT;
    }
    if (!(v instanceof JsonObject o)) {
      throw new NodeException(Code.INVALID_REQUEST, member + " must be a JSON object");
    }
    return o;
  }

  static String stringOr(JsonValue v, String fallback) {
    return v instanceof JsonString s ? s.getString() : fallback;
  }

  private static Optional<String> subjectId(JsonObject credential) {
    JsonValue subject = credential.get("credentialSubject");
    return subject instanceof JsonObject o
        ? Optional.ofNullable(stringOr(o.get("id"), null))
        : Optional.empty();
  }

  /** Carries a signing failure out of the store's transaction (which it rolls back). */
  private static final class SigningFailed extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final transient CredentialException cause;

    SigningFailed(CredentialException cause) {
      super(cause.getMessage(), null, false, false);
      this.cause = cause;
    }
  }

  /** The VC-API issue options this node understands. */
  record IssueOptions(CredentialFormat format, Cryptosuite suite) {
    static IssueOptions of(JsonObject options) throws NodeException {
      String format = stringOr(options.get("format"), "ldp_vc");
      String suite = stringOr(options.get("cryptosuite"), "eddsa-rdfc-2022");
      for (String key : options.keySet()) {
        if (!List.of("format", "cryptosuite").contains(key)) {
          throw new NodeException(Code.UNKNOWN_FIELD, "unknown issue option " + key);
        }
      }
      Cryptosuite cs =
          switch (suite) {
            case "eddsa-rdfc-2022" -> Cryptosuite.EDDSA_RDFC_2022;
            case "ecdsa-rdfc-2019" -> Cryptosuite.ECDSA_RDFC_2019;
            default ->
                throw new NodeException(
                    Code.INVALID_REQUEST,
                    "cryptosuite must be eddsa-rdfc-2022 or ecdsa-rdfc-2019, found " + suite);
          };
      return switch (format) {
        case "ldp_vc" -> new IssueOptions(CredentialFormat.DATA_INTEGRITY, cs);
        case "vc-jwt", "jwt_vc" -> new IssueOptions(CredentialFormat.VC_JOSE, cs);
        default ->
            throw new NodeException(
                Code.INVALID_REQUEST, "format must be ldp_vc or vc-jwt, found " + format);
      };
    }

    JsonObject toResponse(String content) {
      if (format == CredentialFormat.VC_JOSE) {
        return Enveloped.of(content);
      }
      return JsonSupport.PROVIDER.createReader(new java.io.StringReader(content)).readObject();
    }
  }
}
