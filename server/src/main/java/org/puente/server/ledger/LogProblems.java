package org.puente.server.ledger;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.util.Locale;
import org.puente.ledger.LedgerException;
import org.puente.server.api.Problems;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * problem+json for the log's endpoints: {@link LogRejection}s with their own status, and {@link
 * LedgerException}s with the ledger's code as {@code code} ({@code malformed-note}, {@code
 * consistency-proof-failed}, ...).
 */
@RestControllerAdvice(assignableTypes = {LogController.class, PeerController.class})
@Order(Ordered.HIGHEST_PRECEDENCE)
public class LogProblems {
  @ExceptionHandler(LogRejection.class)
  ResponseEntity<ProblemDetail> rejected(LogRejection e, HttpServletRequest request) {
    return problem(e.status(), e.code(), e.getMessage(), request);
  }

  @ExceptionHandler(LedgerException.class)
  ResponseEntity<ProblemDetail> ledger(LedgerException e, HttpServletRequest request) {
    String code = e.code().name().toLowerCase(Locale.ROOT).replace('_', '-');
    return problem(status(e.code()), code, e.getMessage(), request);
  }

  /** The HTTP status of a ledger failure met while serving a request. */
  static int status(LedgerException.Code code) {
    return switch (code) {
      case MALFORMED_NOTE, INVALID_KEY, MALFORMED_PATH, WRONG_ORIGIN -> 400;
      case UNKNOWN_SIGNER, INVALID_SIGNATURE -> 403;
      case OUT_OF_RANGE, NOT_WITNESSED -> 404;
      case INPUT_TOO_LARGE -> 413;
      case INCLUSION_PROOF_FAILED, CONSISTENCY_PROOF_FAILED, TRUNCATED_TILE -> 422;
      case STORAGE_FAILED, NOT_SEQUENCED -> 503;
    };
  }

  private static ResponseEntity<ProblemDetail> problem(
      int status, String code, String detail, HttpServletRequest request) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.valueOf(status), detail);
    problem.setType(URI.create("urn:puente:problem:" + code));
    problem.setTitle(HttpStatus.valueOf(status).getReasonPhrase());
    problem.setInstance(URI.create(request.getRequestURI()));
    problem.setProperty("code", code);
    return ResponseEntity.status(status)
        .contentType(MediaType.parseMediaType(Problems.MEDIA_TYPE))
        .body(problem);
  }
}
