package org.puente.server.trust;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.puente.server.api.NodeException;
import org.puente.server.api.NodeException.Code;
import org.puente.server.auth.Caller;
import org.puente.server.node.Jurisdiction;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The trust registry API: query, manage (node-admins), check accreditation, and the signed list.
 */
@RestController
public class TrustController {
  /** Media type of the signed trust list (RFC 7515 §9.2.1). */
  public static final String JOSE = "application/jose";

  private final TrustEntries entries;
  private final TrustRegistry registry;
  private final Clock clock;

  TrustController(TrustEntries entries, TrustRegistry registry, Clock clock) {
    this.entries = entries;
    this.registry = registry;
    this.clock = clock;
  }

  /** Entries, filtered by issuer, type and jurisdiction. */
  @GetMapping(value = "/api/v1/trust/entries", produces = MediaType.APPLICATION_JSON_VALUE)
  List<TrustEntryView> list(
      @RequestParam Optional<String> issuer,
      @RequestParam Optional<String> type,
      @RequestParam Optional<String> jurisdiction,
      @RequestParam(defaultValue = "100") int limit)
      throws NodeException {
    if (limit < 1 || limit > 1000) {
      throw new NodeException(Code.INVALID_REQUEST, "limit must be 1..1000, found " + limit);
    }
    return entries.list(issuer, type, jurisdiction.map(Jurisdiction::parse), limit).stream()
        .map(TrustEntryView::of)
        .toList();
  }

  /** One entry. */
  @GetMapping(value = "/api/v1/trust/entries/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
  TrustEntryView get(@PathVariable UUID id) throws NodeException {
    return entries.find(id).map(TrustEntryView::of).orElseThrow(() -> notFound(id));
  }

  /** Adds an accreditation in the admin's own jurisdiction. */
  @PostMapping(
      value = "/api/v1/trust/entries",
      consumes = MediaType.APPLICATION_JSON_VALUE,
      produces = MediaType.APPLICATION_JSON_VALUE)
  ResponseEntity<TrustEntryView> create(
      @RequestBody TrustEntryRequest request, @AuthenticationPrincipal Caller caller)
      throws NodeException {
    Jurisdiction jurisdiction = Jurisdiction.parse(String.valueOf(request.jurisdiction()));
    if (jurisdiction != caller.jurisdiction()) {
      throw new NodeException(
          Code.JURISDICTION_MISMATCH,
          "a " + caller.jurisdiction() + " node-admin cannot accredit issuers in " + jurisdiction);
    }
    TrustEntry entry =
        new TrustEntry(
            UUID.randomUUID(),
            request.issuerDid(),
            request.credentialType(),
            jurisdiction,
            NationalIdScheme.parse(String.valueOf(request.idScheme())),
            request.nationalId(),
            required(request.validFrom(), "validFrom"),
            required(request.validUntil(), "validUntil"),
            clock.instant(),
            caller.subject(),
            Optional.empty());
    entries.insert(entry);
    return ResponseEntity.created(URI.create("/api/v1/trust/entries/" + entry.id()))
        .body(TrustEntryView.of(entry));
  }

  /** Withdraws an accreditation from now on. */
  @DeleteMapping(value = "/api/v1/trust/entries/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
  TrustEntryView withdraw(@PathVariable UUID id, @AuthenticationPrincipal Caller caller)
      throws NodeException {
    TrustEntry entry = entries.find(id).orElseThrow(() -> notFound(id));
    if (entry.jurisdiction() != caller.jurisdiction()) {
      throw new NodeException(
          Code.JURISDICTION_MISMATCH,
          "a "
              + caller.jurisdiction()
              + " node-admin cannot withdraw a "
              + entry.jurisdiction()
              + " entry");
    }
    if (!entries.withdraw(id, clock.instant(), caller.subject())) {
      throw new NodeException(Code.CONFLICT, "trust entry " + id + " is already withdrawn");
    }
    return TrustEntryView.of(entries.find(id).orElseThrow(() -> notFound(id)));
  }

  /** Whether an issuer is accredited for a type in a jurisdiction at an instant (default now). */
  @GetMapping(value = "/api/v1/trust/accreditation", produces = MediaType.APPLICATION_JSON_VALUE)
  AccreditationView accreditation(
      @RequestParam String issuer,
      @RequestParam String type,
      @RequestParam String jurisdiction,
      @RequestParam Optional<Instant> at) {
    Instant when = at.orElseGet(clock::instant);
    return registry
        .accreditation(issuer, type, Jurisdiction.parse(jurisdiction), when)
        .map(a -> new AccreditationView(true, a.entry().id().toString(), a.source()))
        .orElse(new AccreditationView(false, null, null));
  }

  /** The signed trust list, a compact JWS (see {@link TrustListSigner}). */
  @GetMapping(value = "/api/v1/trust-list", produces = JOSE)
  ResponseEntity<String> trustList() {
    return ResponseEntity.ok()
        .contentType(MediaType.parseMediaType(JOSE))
        .body(registry.signedTrustList());
  }

  private static <T> T required(T value, String name) {
    if (value == null) {
      throw new IllegalArgumentException("member '" + name + "' is required");
    }
    return value;
  }

  private static NodeException notFound(UUID id) {
    return new NodeException(Code.NOT_FOUND, "no trust entry " + id);
  }

  /** An entry as the API shows it. */
  record TrustEntryView(
      String id,
      String issuerDid,
      String credentialType,
      String jurisdiction,
      String idScheme,
      String nationalId,
      Instant validFrom,
      Instant validUntil,
      Instant createdAt,
      String createdBy,
      Instant withdrawnAt) {
    static TrustEntryView of(TrustEntry e) {
      return new TrustEntryView(
          e.id().toString(),
          e.issuerDid(),
          e.credentialType(),
          e.jurisdiction().name(),
          e.scheme().name(),
          e.nationalId(),
          e.validFrom(),
          e.validUntil(),
          e.createdAt(),
          e.createdBy(),
          e.withdrawnAt().orElse(null));
    }
  }

  /** The answer to an accreditation query. */
  record AccreditationView(boolean accredited, String entryId, String source) {}
}
