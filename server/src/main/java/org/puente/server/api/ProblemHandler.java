package org.puente.server.api;

import jakarta.servlet.http.HttpServletRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import org.springframework.web.servlet.resource.NoResourceFoundException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;

/**
 * Turns every failure into problem+json with a {@code code} member: the node's own {@link
 * NodeException}s, Spring MVC's (415, 406, 405, 400, 404) and body-reading failures (malformed
 * JSON, unknown members, bad values, oversized bodies). Anything else is a bug: 500 {@code
 * internal-error}, logged.
 */
@RestControllerAdvice
public class ProblemHandler extends ResponseEntityExceptionHandler {
  private static final Logger LOG = LoggerFactory.getLogger(ProblemHandler.class);

  @ExceptionHandler(NodeException.class)
  ResponseEntity<Object> node(NodeException e, HttpServletRequest request) {
    return respond(e.code(), e.getMessage(), request.getRequestURI());
  }

  @ExceptionHandler(IllegalArgumentException.class)
  ResponseEntity<Object> badValue(IllegalArgumentException e, HttpServletRequest request) {
    return respond(NodeException.Code.INVALID_REQUEST, e.getMessage(), request.getRequestURI());
  }

  @ExceptionHandler(Exception.class)
  ResponseEntity<Object> bug(Exception e, HttpServletRequest request) {
    LOG.error("unexpected failure on {} {}", request.getMethod(), request.getRequestURI(), e);
    return respond(
        NodeException.Code.INTERNAL_ERROR,
        "unexpected failure; see the node log",
        request.getRequestURI());
  }

  @Override
  protected ResponseEntity<Object> handleExceptionInternal(
      Exception ex, Object body, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
    NodeException.Code code = classify(ex, status);
    String detail = detail(ex, code);
    String path =
        request instanceof ServletWebRequest servlet ? servlet.getRequest().getRequestURI() : null;
    ProblemDetail problem = Problems.of(code, detail, path);
    HttpHeaders out = new HttpHeaders();
    out.addAll(headers);
    out.setContentType(MediaType.APPLICATION_PROBLEM_JSON);
    return ResponseEntity.status(code.status()).headers(out).body(problem);
  }

  private static ResponseEntity<Object> respond(
      NodeException.Code code, String detail, String path) {
    return ResponseEntity.status(code.status())
        .contentType(MediaType.APPLICATION_PROBLEM_JSON)
        .body(Problems.of(code, detail, path));
  }

  static NodeException.Code classify(Exception ex, HttpStatusCode status) {
    if (ex instanceof HttpMessageNotReadableException) {
      return classifyUnreadable(ex);
    }
    if (ex instanceof HttpMediaTypeNotSupportedException) {
      return NodeException.Code.UNSUPPORTED_MEDIA_TYPE;
    }
    if (ex instanceof HttpMediaTypeNotAcceptableException) {
      return NodeException.Code.NOT_ACCEPTABLE;
    }
    if (ex instanceof HttpRequestMethodNotSupportedException) {
      return NodeException.Code.METHOD_NOT_ALLOWED;
    }
    if (ex instanceof NoResourceFoundException || status.value() == 404) {
      return NodeException.Code.NOT_FOUND;
    }
    if (status.value() == 413) {
      return NodeException.Code.BODY_TOO_LARGE;
    }
    return status.is4xxClientError()
        ? NodeException.Code.INVALID_REQUEST
        : NodeException.Code.INTERNAL_ERROR;
  }

  private static NodeException.Code classifyUnreadable(Exception ex) {
    for (Throwable t = ex; t != null; t = t.getCause()) {
      if (t instanceof BodyLimitFilter.BodyTooLargeException) {
        return NodeException.Code.BODY_TOO_LARGE;
      }
      if (t instanceof UnrecognizedPropertyException) {
        return NodeException.Code.UNKNOWN_FIELD;
      }
      if (t instanceof IllegalArgumentException) {
        return NodeException.Code.INVALID_REQUEST;
      }
    }
    return NodeException.Code.MALFORMED_JSON;
  }

  private static String detail(Exception ex, NodeException.Code code) {
    return switch (code) {
      case UNKNOWN_FIELD -> {
        UnrecognizedPropertyException u = find(ex, UnrecognizedPropertyException.class);
        yield "unknown member '"
            + u.getPropertyName()
            + "'; expected only "
            + u.getKnownPropertyIds();
      }
      case INVALID_REQUEST -> {
        IllegalArgumentException iae = find(ex, IllegalArgumentException.class);
        yield iae != null ? iae.getMessage() : ex.getMessage();
      }
      case MALFORMED_JSON -> "the body is not well-formed JSON of the expected shape";
      case BODY_TOO_LARGE -> {
        BodyLimitFilter.BodyTooLargeException b =
            find(ex, BodyLimitFilter.BodyTooLargeException.class);
        yield b != null ? b.getMessage() : ex.getMessage();
      }
      default -> ex.getMessage();
    };
  }

  private static <T extends Throwable> T find(Throwable ex, Class<T> type) {
    for (Throwable t = ex; t != null; t = t.getCause()) {
      if (type.isInstance(t)) {
        return type.cast(t);
      }
    }
    return null;
  }
}
