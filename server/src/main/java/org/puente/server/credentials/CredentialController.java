package org.puente.server.credentials;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.puente.server.api.NodeException;
import org.puente.server.api.NodeException.Code;
import org.puente.server.auth.Caller;
import org.puente.server.node.Jurisdiction;
import org.springframework.http.MediaType;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Queries over the credential store. A caller sees only records of its own jurisdiction: lists are
 * filtered, and a record of another jurisdiction asked for by id is refused ({@code
 * jurisdiction-mismatch}).
 */
@RestController
public class CredentialController {
  private final CredentialStore store;

  CredentialController(CredentialStore store) {
    this.store = store;
  }

  /** Issued credentials of the caller's jurisdiction, newest first. */
  @GetMapping(value = "/api/v1/credentials/issued", produces = MediaType.APPLICATION_JSON_VALUE)
  List<IssuedView> issued(
      @RequestParam Optional<String> type,
      @RequestParam(defaultValue = "100") int limit,
      @AuthenticationPrincipal Caller caller)
      throws NodeException {
    return store.listIssued(caller.jurisdiction(), type, checkLimit(limit)).stream()
        .map(IssuedView::of)
        .toList();
  }

  /** One issued credential. */
  @GetMapping(
      value = "/api/v1/credentials/issued/{id}",
      produces = MediaType.APPLICATION_JSON_VALUE)
  IssuedView issuedOne(@PathVariable String id, @AuthenticationPrincipal Caller caller)
      throws NodeException {
    IssuedCredential c =
        store
            .findIssued(id)
            .orElseThrow(() -> new NodeException(Code.NOT_FOUND, "no issued credential " + id));
    requireSameJurisdiction(c.jurisdiction(), caller);
    return IssuedView.of(c);
  }

  /** Received credentials of the caller's jurisdiction, newest first. */
  @GetMapping(value = "/api/v1/credentials/received", produces = MediaType.APPLICATION_JSON_VALUE)
  List<ReceivedView> received(
      @RequestParam Optional<String> type,
      @RequestParam(defaultValue = "100") int limit,
      @AuthenticationPrincipal Caller caller)
      throws NodeException {
    return store.listReceived(caller.jurisdiction(), type, checkLimit(limit)).stream()
        .map(c -> ReceivedView.of(c, List.of()))
        .toList();
  }

  /** One received credential with its verification reports. */
  @GetMapping(
      value = "/api/v1/credentials/received/{id}",
      produces = MediaType.APPLICATION_JSON_VALUE)
  ReceivedView receivedOne(@PathVariable UUID id, @AuthenticationPrincipal Caller caller)
      throws NodeException {
    ReceivedCredential c =
        store
            .findReceived(id)
            .orElseThrow(() -> new NodeException(Code.NOT_FOUND, "no received credential " + id));
    requireSameJurisdiction(c.jurisdiction(), caller);
    return ReceivedView.of(c, store.reports(id));
  }

  private static void requireSameJurisdiction(Jurisdiction record, Caller caller)
      throws NodeException {
    if (record != caller.jurisdiction()) {
      throw new NodeException(
          Code.JURISDICTION_MISMATCH,
          "the record belongs to " + record + "; the caller is " + caller.jurisdiction());
    }
  }

  private static int checkLimit(int limit) throws NodeException {
    if (limit < 1 || limit > 1000) {
      throw new NodeException(Code.INVALID_REQUEST, "limit must be 1..1000, found " + limit);
    }
    return limit;
  }

  /** An issued credential as the API shows it. */
  record IssuedView(
      String id,
      String type,
      String issuerDid,
      String subjectId,
      String jurisdiction,
      String format,
      String content,
      String statusListId,
      Integer statusIndex,
      Instant issuedAt,
      String issuedBy) {
    static IssuedView of(IssuedCredential c) {
      return new IssuedView(
          c.id(),
          c.type(),
          c.issuerDid(),
          c.subjectId().orElse(null),
          c.jurisdiction().name(),
          c.format().name(),
          c.content(),
          c.status().map(StatusListEntry::listId).orElse(null),
          c.status().map(StatusListEntry::index).orElse(null),
          c.issuedAt(),
          c.issuedBy());
    }
  }

  /** A verification report as the API shows it. */
  record ReportView(
      String id,
      boolean verified,
      boolean trusted,
      String code,
      String report,
      Instant verifiedAt) {}

  /** A received credential as the API shows it. */
  record ReceivedView(
      String id,
      String credentialId,
      String type,
      String issuerDid,
      String jurisdiction,
      String format,
      String content,
      String receivedFrom,
      Instant receivedAt,
      List<ReportView> reports) {
    static ReceivedView of(ReceivedCredential c, List<VerificationReport> reports) {
      return new ReceivedView(
          c.id().toString(),
          c.credentialId().orElse(null),
          c.type(),
          c.issuerDid(),
          c.jurisdiction().name(),
          c.format().name(),
          c.content(),
          c.receivedFrom(),
          c.receivedAt(),
          reports.stream()
              .map(
                  r ->
                      new ReportView(
                          r.id().toString(),
                          r.verified(),
                          r.trusted(),
                          r.code().orElse(null),
                          r.report(),
                          r.verifiedAt()))
              .toList());
    }
  }
}
