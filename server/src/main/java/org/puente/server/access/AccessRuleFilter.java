package org.puente.server.access;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.puente.server.api.NodeException;
import org.puente.server.api.Problems;
import org.puente.server.auth.Caller;
import org.puente.server.auth.CallerAuthentication;
import org.puente.server.auth.PeerCertificateFilter;
import org.puente.server.node.NodeRole;
import org.puente.server.store.GroupCommit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;
import org.springframework.web.util.UriUtils;

/**
 * Enforces {@link AccessRules} on every request, after the bearer token (if any) has been
 * validated, and writes an {@link AccessRecord} for every request to a trade-data endpoint, refused
 * or not.
 */
public final class AccessRuleFilter extends OncePerRequestFilter {
  /** Request attribute holding the {@link AccessRule} that allowed the request. */
  public static final String RULE = AccessRuleFilter.class.getName() + ".rule";

  private static final Logger LOG = LoggerFactory.getLogger(AccessRuleFilter.class);

  private final List<AccessRule> table;
  private final NodeRole node;
  private final AccessRecords records;

  /** Enforces {@code table} on a node of role {@code node}, recording to {@code records}. */
  public AccessRuleFilter(List<AccessRule> table, NodeRole node, AccessRecords records) {
    this.table = List.copyOf(table);
    this.node = node;
    this.records = records;
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    Optional<Caller> caller = currentCaller();
    AccessRules.Decision decision =
        AccessRules.decide(table, request.getMethod(), path, caller, node);
    if (decision instanceof AccessRules.Decision.Denied refused) {
      AccessRules.Decision.Denied denied = unregisteredPeer(request, refused);
      Problems.write(request, response, denied.code(), denied.detail());
      denied
          .rule()
          .filter(AccessRule::tradeData)
          .ifPresent(
              r ->
                  record(
                      new Request(caller, request.getMethod(), path, r),
                      denied.code().status(),
                      List.of()));
      return;
    }
    AccessRule rule = ((AccessRules.Decision.Allowed) decision).rule();
    request.setAttribute(RULE, rule);
    if (!rule.tradeData()) {
      chain.doFilter(request, response);
      return;
    }
    // Trade data: hold the response until its access record is written, so that no caller ever
    // sees trade data (or a refusal) that the record does not show. The trade-data writes the
    // request makes are deferred and commit with the access record, in one transaction: one commit
    // per request, and never a write without its record.
    Request done = new Request(caller, request.getMethod(), path, rule);
    ContentCachingResponseWrapper held = new ContentCachingResponseWrapper(response);
    List<GroupCommit.Op> writes = List.of();
    try (GroupCommit.Deferral deferral = records.commits().defer()) {
      chain.doFilter(request, held);
      writes = deferral.writes();
    } finally {
      if (!record(done, held.getStatus(), writes)) {
        Problems.write(
            request,
            held,
            NodeException.Code.STORE_UNAVAILABLE,
            "the node could not store what this request wrote; nothing of it was kept");
        record(done, held.getStatus(), List.of());
      }
      held.copyBodyToResponse();
    }
  }

  // A client certificate of a node that is no registered peer, and no token: say so (403), rather
  // than ask for a token the node-to-node caller was never going to send.
  private static AccessRules.Decision.Denied unregisteredPeer(
      HttpServletRequest request, AccessRules.Decision.Denied denied) {
    Object did = request.getAttribute(PeerCertificateFilter.UNREGISTERED_PEER);
    if (did == null || denied.code() != NodeException.Code.MISSING_TOKEN) {
      return denied;
    }
    return new AccessRules.Decision.Denied(
        NodeException.Code.PEER_NOT_REGISTERED,
        "the client certificate names "
            + did
            + ", which is not a registered peer authority node of this node; no bearer token",
        denied.rule());
  }

  /** What an access record says of a request, before its status is known. */
  private record Request(Optional<Caller> caller, String method, String path, AccessRule rule) {}

  /** Records the request with its writes; false (logged) if that transaction failed. */
  private boolean record(Request r, int status, List<GroupCommit.Op> writes) {
    try {
      records.record(
          r.caller(),
          r.method(),
          UriUtils.decode(r.path(), StandardCharsets.UTF_8),
          r.rule(),
          status,
          writes);
      return true;
    } catch (RuntimeException e) {
      LOG.error("could not write the access record of {} {}", r.method(), r.path(), e);
      return writes.isEmpty();
    }
  }

  private static Optional<Caller> currentCaller() {
    Authentication auth = SecurityContextHolder.getContext().getAuthentication();
    return auth instanceof CallerAuthentication c ? Optional.of(c.caller()) : Optional.empty();
  }
}
