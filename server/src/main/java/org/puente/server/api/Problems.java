package org.puente.server.api;

import jakarta.json.JsonObject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import org.puente.credentials.jsonld.JsonSupport;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

/**
 * Problem Details (RFC 9457) with Puente's {@code code} extension member. {@code type} is {@code
 * urn:puente:problem:<code>}; {@code title} the status phrase; {@code detail} what was expected and
 * what was found.
 */
public final class Problems {
  /** The media type of every error response (RFC 9457 §3). */
  public static final String MEDIA_TYPE = "application/problem+json";

  private Problems() {}

  /** The problem for {@code code}. */
  public static ProblemDetail of(NodeException.Code code, String detail, String instance) {
    ProblemDetail problem =
        ProblemDetail.forStatusAndDetail(HttpStatus.valueOf(code.status()), detail);
    problem.setType(URI.create("urn:puente:problem:" + code.slug()));
    HttpStatus status = HttpStatus.resolve(code.status());
    problem.setTitle(status == null ? code.slug() : status.getReasonPhrase());
    if (instance != null) {
      problem.setInstance(URI.create(instance));
    }
    problem.setProperty("code", code.slug());
    return problem;
  }

  /**
   * A problem whose {@code code} comes from another module's code enum (a credentials or documents
   * code, in kebab case), with the status the caller chose for it.
   */
  public static ProblemDetail of(HttpStatus status, Enum<?> code, String detail, String instance) {
    String slug = code.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
    problem.setType(URI.create("urn:puente:problem:" + slug));
    problem.setTitle(status.getReasonPhrase());
    problem.setInstance(URI.create(instance));
    problem.setProperty("code", slug);
    return problem;
  }

  /** Writes a problem directly to a servlet response (for filters, before MVC). */
  public static void write(
      HttpServletRequest request,
      HttpServletResponse response,
      NodeException.Code code,
      String detail)
      throws IOException {
    HttpStatus status = HttpStatus.valueOf(code.status());
    JsonObject body =
        JsonSupport.PROVIDER
            .createObjectBuilder()
            .add("type", "urn:puente:problem:" + code.slug())
            .add("title", status.getReasonPhrase())
            .add("status", code.status())
            .add("detail", detail)
            .add("instance", request.getRequestURI())
            .add("code", code.slug())
            .build();
    response.resetBuffer();
    response.setStatus(code.status());
    response.setContentType(MEDIA_TYPE);
    response.setCharacterEncoding(StandardCharsets.UTF_8.name());
    response.getWriter().write(body.toString());
    response.flushBuffer();
  }
}
