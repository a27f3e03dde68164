package org.puente.server.vcapi;

import jakarta.json.JsonObject;
import jakarta.servlet.http.HttpServletRequest;
import java.io.ByteArrayInputStream;
import java.util.EnumSet;
import java.util.Set;
import org.puente.credentials.CredentialException;
import org.puente.credentials.CredentialException.Code;
import org.puente.server.api.NodeException;
import org.puente.server.api.Problems;
import org.puente.server.auth.Caller;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * The VC-API endpoints (https://w3c-ccg.github.io/vc-api/). Bodies are read with the credentials
 * engine's JSON limits; a credentials failure becomes problem+json whose {@code code} is the
 * engine's code in kebab case: 400 for input that is not a credential at all ({@code
 * malformed-input}, {@code input-too-large}, ...), 422 for a well-formed request the node cannot
 * act on (e.g. {@code issuer-not-controller} when the issuer is not the node).
 */
@RestController
public class VcApiController {
  private static final Set<Code> BAD_INPUT =
      EnumSet.of(
          Code.MALFORMED_INPUT,
          Code.INPUT_TOO_LARGE,
          Code.INVALID_CONTEXT,
          Code.INVALID_TYPE,
          Code.INVALID_ISSUER,
          Code.INVALID_DATETIME,
          Code.INVALID_VALIDITY_PERIOD,
          Code.MISSING_SUBJECT,
          Code.INVALID_STATUS,
          Code.INVALID_SCHEMA,
          Code.INVALID_JSON_LD,
          Code.UNKNOWN_CONTEXT,
          Code.REMOTE_CONTEXT);

  private final VcApiService service;

  VcApiController(VcApiService service) {
    this.service = service;
  }

  /** Issue a credential with the node's key and a revocation status entry. */
  @PostMapping(
      value = "/credentials/issue",
      consumes = MediaType.APPLICATION_JSON_VALUE,
      produces = MediaType.APPLICATION_JSON_VALUE)
  ResponseEntity<String> issue(@RequestBody byte[] body, @AuthenticationPrincipal Caller caller)
      throws NodeException, CredentialException {
    return json(HttpStatus.CREATED, service.issue(read(body), caller));
  }

  /** Verify a credential and decide trust; the credential is stored as received. */
  @PostMapping(
      value = "/credentials/verify",
      consumes = MediaType.APPLICATION_JSON_VALUE,
      produces = MediaType.APPLICATION_JSON_VALUE)
  ResponseEntity<String> verify(@RequestBody byte[] body, @AuthenticationPrincipal Caller caller)
      throws NodeException, CredentialException {
    return json(HttpStatus.OK, service.verifyCredential(read(body), caller));
  }

  /** Verify a presentation for a challenge (and domain). */
  @PostMapping(
      value = "/presentations/verify",
      consumes = MediaType.APPLICATION_JSON_VALUE,
      produces = MediaType.APPLICATION_JSON_VALUE)
  ResponseEntity<String> verifyPresentation(
      @RequestBody byte[] body, @AuthenticationPrincipal Caller caller)
      throws NodeException, CredentialException {
    return json(HttpStatus.OK, service.verifyPresentation(read(body), caller));
  }

  /** Revoke one of the node's credentials. */
  @PostMapping(
      value = "/credentials/status",
      consumes = MediaType.APPLICATION_JSON_VALUE,
      produces = MediaType.APPLICATION_JSON_VALUE)
  ResponseEntity<String> status(@RequestBody byte[] body, @AuthenticationPrincipal Caller caller)
      throws NodeException, CredentialException {
    return json(HttpStatus.OK, service.updateStatus(read(body), caller));
  }

  /** The node's signed status list credential (public; peers cache it). */
  @GetMapping(value = "/credentials/status/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
  ResponseEntity<String> statusList(@PathVariable String id)
      throws NodeException, CredentialException {
    JsonObject list =
        service
            .statusList(id)
            .orElseThrow(
                () -> new NodeException(NodeException.Code.NOT_FOUND, "no status list " + id));
    return ResponseEntity.ok()
        .cacheControl(CacheControl.maxAge(java.time.Duration.ofMinutes(5)).cachePublic())
        .contentType(MediaType.APPLICATION_JSON)
        .body(list.toString());
  }

  private JsonObject read(byte[] body) throws CredentialException {
    return service.credentials().read(new ByteArrayInputStream(body));
  }

  private static ResponseEntity<String> json(HttpStatus status, JsonObject body) {
    return ResponseEntity.status(status)
        .contentType(MediaType.APPLICATION_JSON)
        .body(body.toString());
  }

  @ExceptionHandler(CredentialException.class)
  ResponseEntity<ProblemDetail> credentialProblem(
      CredentialException e, HttpServletRequest request) {
    HttpStatus status =
        BAD_INPUT.contains(e.code()) ? HttpStatus.BAD_REQUEST : HttpStatus.UNPROCESSABLE_CONTENT;
    ProblemDetail problem = Problems.of(status, e.code(), e.getMessage(), request.getRequestURI());
    return ResponseEntity.status(status)
        .contentType(MediaType.APPLICATION_PROBLEM_JSON)
        .body(problem);
  }
}
