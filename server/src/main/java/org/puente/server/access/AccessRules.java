package org.puente.server.access;

import static org.puente.server.access.JurisdictionCondition.ANY;
import static org.puente.server.access.JurisdictionCondition.NODE;
import static org.puente.server.auth.Role.AUDITOR;
import static org.puente.server.auth.Role.BROKER;
import static org.puente.server.auth.Role.CARRIER;
import static org.puente.server.auth.Role.ISSUER_ADMIN;
import static org.puente.server.auth.Role.NODE_ADMIN;
import static org.puente.server.auth.Role.OFFICER;
import static org.puente.server.auth.Role.PEER_NODE;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.puente.server.api.NodeException.Code;
import org.puente.server.auth.Caller;
import org.puente.server.auth.Role;
import org.puente.server.node.NodeRole;
import org.springframework.http.HttpMethod;
import org.springframework.http.server.PathContainer;
import org.springframework.web.util.pattern.PathPattern;

/**
 * The single table of access rules: every endpoint of the node is here, and a request that matches
 * no rule is refused (404, or 405 when only the method is wrong). Ordered: the first rule whose
 * method and pattern match decides. The lead adds the VC-API and documents endpoints as rows of
 * {@link #TABLE}.
 */
public final class AccessRules {
  /** Every person's or system's role in a token (not {@link Role#PEER_NODE}, a peer node). */
  private static final Set<Role> EVERYONE = EnumSet.complementOf(EnumSet.of(PEER_NODE));

  private static final Set<Role> PUBLIC = Set.of();

  /** The table. */
  public static final List<AccessRule> TABLE =
      List.of(
          rule("public.did-document", "GET", "/.well-known/did.json", PUBLIC, ANY, false),
          rule("public.jwks", "GET", "/.well-known/jwks.json", PUBLIC, ANY, false),
          rule("public.trust-list", "GET", "/api/v1/trust-list", PUBLIC, ANY, false),
          rule("public.health", "GET", "/actuator/health/**", PUBLIC, ANY, false),
          rule("public.openapi", "GET", "/v3/api-docs/**", PUBLIC, ANY, false),
          rule("public.openapi-yaml", "GET", "/v3/api-docs.yaml", PUBLIC, ANY, false),
          rule("public.openapi-ui", "GET", "/swagger-ui/**", PUBLIC, ANY, false),
          rule("public.openapi-ui-root", "GET", "/swagger-ui.html", PUBLIC, ANY, false),
          rule("ops.info", "GET", "/actuator/info", Set.of(NODE_ADMIN, AUDITOR), NODE, false),
          rule(
              "ops.metrics",
              "GET",
              "/actuator/prometheus",
              Set.of(NODE_ADMIN, AUDITOR),
              NODE,
              false),
          rule("node.info", "GET", "/api/v1/node", EVERYONE, ANY, false),
          rule("trust.entries.list", "GET", "/api/v1/trust/entries", EVERYONE, ANY, false),
          rule("trust.entries.get", "GET", "/api/v1/trust/entries/{id}", EVERYONE, ANY, false),
          rule(
              "trust.entries.create",
              "POST",
              "/api/v1/trust/entries",
              Set.of(NODE_ADMIN),
              NODE,
              false),
          rule(
              "trust.entries.withdraw",
              "DELETE",
              "/api/v1/trust/entries/{id}",
              Set.of(NODE_ADMIN),
              NODE,
              false),
          rule("trust.accreditation", "GET", "/api/v1/trust/accreditation", EVERYONE, ANY, false),
          rule(
              "credentials.issued.list",
              "GET",
              "/api/v1/credentials/issued",
              Set.of(ISSUER_ADMIN, AUDITOR, OFFICER),
              NODE,
              true),
          rule(
              "credentials.issued.get",
              "GET",
              "/api/v1/credentials/issued/{id}",
              Set.of(ISSUER_ADMIN, AUDITOR, OFFICER),
              NODE,
              true),
          rule(
              "credentials.received.list",
              "GET",
              "/api/v1/credentials/received",
              Set.of(OFFICER, BROKER, CARRIER, AUDITOR),
              NODE,
              true),
          rule(
              "credentials.received.get",
              "GET",
              "/api/v1/credentials/received/{id}",
              Set.of(OFFICER, BROKER, CARRIER, AUDITOR),
              NODE,
              true),
          rule("log.checkpoint", "GET", "/log/checkpoint", PUBLIC, ANY, false),
          rule("log.tile", "GET", "/log/tile/**", PUBLIC, ANY, false),
          rule("log.keys", "GET", "/log/keys", PUBLIC, ANY, false),
          rule("log.entry", "GET", "/log/entries/{id}", PUBLIC, ANY, false),
          rule("log.proof.inclusion", "GET", "/log/proof/inclusion", PUBLIC, ANY, false),
          rule("log.proof.consistency", "GET", "/log/proof/consistency", PUBLIC, ANY, false),
          rule("log.receipt", "GET", "/log/receipt/{id}", PUBLIC, ANY, false),
          rule("log.append", "POST", "/log/entries", Set.of(NODE_ADMIN), NODE, false),
          // Node-to-node: the registered peer authority, by its DID-bound client certificate on the
          // peer port (mutual TLS); or a node-admin token of any jurisdiction (a service account of
          // an OIDC provider both authorities share, or this node's own operator).
          rule(
              "log.witness.add-checkpoint",
              "POST",
              "/log/witness/add-checkpoint",
              Set.of(NODE_ADMIN, PEER_NODE),
              ANY,
              false),
          rule("log.alarms", "GET", "/log/alarms", Set.of(NODE_ADMIN, AUDITOR), NODE, false),
          rule("log.peers.register", "POST", "/log/peers", Set.of(NODE_ADMIN), NODE, false),
          rule("log.peers.list", "GET", "/log/peers", Set.of(NODE_ADMIN, AUDITOR), NODE, false),
          rule("log.peers.witness", "POST", "/log/peers/witness", Set.of(NODE_ADMIN), NODE, false),
          rule("log.witnessed", "GET", "/log/witnessed", PUBLIC, ANY, false),
          rule("log.witnessed.size", "GET", "/log/witnessed/{id}", PUBLIC, ANY, false),
          rule("public.status-list", "GET", "/credentials/status/{id}", PUBLIC, ANY, false),
          rule(
              "vcapi.issue",
              "POST",
              "/credentials/issue",
              Set.of(ISSUER_ADMIN, BROKER, CARRIER),
              NODE,
              true),
          rule(
              "vcapi.verify",
              "POST",
              "/credentials/verify",
              Set.of(OFFICER, AUDITOR, BROKER, CARRIER, ISSUER_ADMIN),
              NODE,
              true),
          rule(
              "vcapi.presentations.verify",
              "POST",
              "/presentations/verify",
              Set.of(OFFICER, AUDITOR, BROKER, CARRIER),
              NODE,
              true),
          rule("vcapi.status", "POST", "/credentials/status", Set.of(ISSUER_ADMIN), NODE, true),
          rule(
              "documents.validate",
              "POST",
              "/api/v1/documents/validate",
              Set.of(OFFICER, BROKER, CARRIER, ISSUER_ADMIN, AUDITOR),
              NODE,
              true),
          rule(
              "documents.translate",
              "POST",
              "/api/v1/documents/translate",
              Set.of(OFFICER, BROKER, CARRIER, ISSUER_ADMIN, AUDITOR),
              NODE,
              true),
          rule(
              "documents.render",
              "POST",
              "/api/v1/documents/render",
              Set.of(OFFICER, BROKER, CARRIER, ISSUER_ADMIN, AUDITOR),
              NODE,
              true),
          rule(
              "documents.issue",
              "POST",
              "/api/v1/documents/issue",
              Set.of(ISSUER_ADMIN, BROKER, CARRIER),
              NODE,
              true),
          rule(
              "access.records",
              "GET",
              "/api/v1/access-records",
              Set.of(AUDITOR, NODE_ADMIN),
              NODE,
              false));

  private AccessRules() {}

  private static AccessRule rule(
      String id,
      String method,
      String pattern,
      Set<Role> roles,
      JurisdictionCondition jurisdiction,
      boolean tradeData) {
    return new AccessRule(id, HttpMethod.valueOf(method), pattern, roles, jurisdiction, tradeData);
  }

  /** What the table says about one request. */
  public sealed interface Decision {
    /** Allowed under {@code rule}. */
    record Allowed(AccessRule rule) implements Decision {}

    /** Refused with {@code code}, saying why in {@code detail}. */
    record Denied(Code code, String detail, Optional<AccessRule> rule) implements Decision {}
  }

  /** Decides a request on a node of role {@code node}; {@code caller} empty means no token. */
  public static Decision decide(
      List<AccessRule> table, String method, String path, Optional<Caller> caller, NodeRole node) {
    PathContainer container = PathContainer.parsePath(path);
    List<AccessRule> onPath = new ArrayList<>();
    for (AccessRule rule : table) {
      PathPattern pattern = rule.pathPattern();
      if (pattern.matches(container)) {
        onPath.add(rule);
        if (rule.method().matches(method)) {
          return judge(rule, caller, node);
        }
      }
    }
    return onPath.isEmpty()
        ? new Decision.Denied(Code.NOT_FOUND, "no endpoint " + path, Optional.empty())
        : new Decision.Denied(
            Code.METHOD_NOT_ALLOWED,
            path
                + " accepts "
                + onPath.stream().map(r -> r.method().name()).toList()
                + ", not "
                + method,
            Optional.empty());
  }

  private static Decision judge(AccessRule rule, Optional<Caller> caller, NodeRole node) {
    if (rule.isPublic()) {
      return new Decision.Allowed(rule);
    }
    if (caller.isEmpty()) {
      return new Decision.Denied(
          Code.MISSING_TOKEN, "this endpoint needs a bearer token", Optional.of(rule));
    }
    Caller c = caller.get();
    if (c.roles().stream().noneMatch(rule.roles()::contains)) {
      return new Decision.Denied(
          Code.ROLE_NOT_ALLOWED,
          "rule "
              + rule.id()
              + " allows roles "
              + claims(rule.roles())
              + "; the caller has "
              + claims(c.roles()),
          Optional.of(rule));
    }
    if (rule.jurisdiction() == NODE && !node.serves().contains(c.jurisdiction())) {
      return new Decision.Denied(
          Code.JURISDICTION_MISMATCH,
          "this "
              + node.name()
              + " node serves "
              + node.serves()
              + "; the caller is "
              + c.jurisdiction(),
          Optional.of(rule));
    }
    return new Decision.Allowed(rule);
  }

  private static List<String> claims(Set<Role> roles) {
    return roles.stream().sorted().map(Role::claim).toList();
  }
}
