package org.puente.server.documents;

import jakarta.json.JsonObject;
import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.puente.credentials.CredentialException;
import org.puente.credentials.jsonld.JsonSupport;
import org.puente.documents.DocumentException;
import org.puente.documents.DocumentException.Code;
import org.puente.documents.DocumentKind;
import org.puente.documents.Documents;
import org.puente.documents.ValidationError;
import org.puente.documents.credentials.CredentialType;
import org.puente.documents.render.Lang;
import org.puente.server.api.NodeException;
import org.puente.server.api.Problems;
import org.puente.server.auth.Caller;
import org.puente.server.node.NodeIdentity;
import org.puente.server.vcapi.VcApiService;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Trade documents over HTTP: a consignment, a trade credential, a Carta Porte, a DODA or an
 * e-Manifest as the body (JSON or XML, within the node's body limit). A document failure is
 * problem+json with the documents module's code in kebab case and, for {@code invalid-document} and
 * {@code missing-fields}, an {@code errors} array (path, code, English, Spanish): 400 when the
 * input cannot be read, 422 when it reads but breaks a rule.
 */
@RestController
public class DocumentsController {
  /** ANSI X12 EDI (RFC 1767). */
  private static final MediaType X12 = new MediaType("application", "edi-x12");

  private static final Set<Code> UNPROCESSABLE =
      EnumSet.of(Code.INVALID_DOCUMENT, Code.MISSING_FIELDS);

  private final Documents documents;
  private final VcApiService vcApi;
  private final NodeIdentity identity;
  private final Clock clock;

  DocumentsController(Documents documents, VcApiService vcApi, NodeIdentity identity, Clock clock) {
    this.documents = documents;
    this.vcApi = vcApi;
    this.identity = identity;
    this.clock = clock;
  }

  /** Validates: 200 with the report (valid or not, every error listed). */
  @PostMapping(
      value = "/api/v1/documents/validate",
      consumes = {"application/json", "application/xml", "text/xml"},
      produces = MediaType.APPLICATION_JSON_VALUE)
  ResponseEntity<String> validate(@RequestBody byte[] body) throws DocumentException {
    return ResponseEntity.ok()
        .contentType(MediaType.APPLICATION_JSON)
        .body(documents.validate(body).toJson().toString());
  }

  /** Translates to {@code to}: consignment, emanifest (JSON), doda or cartaporte (XML). */
  @PostMapping(
      value = "/api/v1/documents/translate",
      consumes = {"application/json", "application/xml", "text/xml"})
  ResponseEntity<byte[]> translate(@RequestBody byte[] body, @RequestParam String to)
      throws DocumentException, NodeException {
    Documents.Target target = parse(Documents.Target.class, to, "to");
    MediaType type =
        switch (target) {
          case DODA, CARTAPORTE -> MediaType.APPLICATION_XML;
          case X12_309 -> X12;
          default -> MediaType.APPLICATION_JSON;
        };
    return ResponseEntity.ok().contentType(type).body(documents.translate(body, target));
  }

  /** Renders as HTML (default) or PDF, in Spanish (default) or English. */
  @PostMapping(
      value = "/api/v1/documents/render",
      consumes = {"application/json", "application/xml", "text/xml"})
  ResponseEntity<byte[]> render(
      @RequestBody byte[] body,
      @RequestParam(defaultValue = "es") String lang,
      @RequestParam(defaultValue = "html") String format)
      throws DocumentException, NodeException {
    Lang language = parse(Lang.class, lang, "lang");
    boolean pdf =
        switch (format) {
          case "pdf" -> true;
          case "html" -> false;
          default ->
              throw new NodeException(
                  NodeException.Code.INVALID_REQUEST,
                  "format must be html or pdf, found " + format);
        };
    return ResponseEntity.ok()
        .contentType(
            pdf ? MediaType.APPLICATION_PDF : new MediaType("text", "html", StandardCharsets.UTF_8))
        .body(documents.render(body, language, pdf));
  }

  /**
   * Issues a trade document as its credential: an unsigned trade credential (validated against its
   * schema and rules), or a consignment / Carta Porte / DODA / e-Manifest with {@code type} (the
   * credential type the consignment is seen as), signed by the node through the VC-API.
   */
  @PostMapping(
      value = "/api/v1/documents/issue",
      consumes = {"application/json", "application/xml", "text/xml"},
      produces = MediaType.APPLICATION_JSON_VALUE)
  ResponseEntity<String> issue(
      @RequestBody byte[] body,
      @RequestParam Optional<String> type,
      @AuthenticationPrincipal Caller caller)
      throws DocumentException, NodeException, CredentialException {
    JsonObject unsigned = unsigned(body, type);
    JsonObject request =
        JsonSupport.PROVIDER.createObjectBuilder().add("credential", unsigned).build();
    return ResponseEntity.status(HttpStatus.CREATED)
        .contentType(MediaType.APPLICATION_JSON)
        .body(vcApi.issue(request, caller).toString());
  }

  private JsonObject unsigned(byte[] body, Optional<String> type)
      throws DocumentException, NodeException {
    Instant now = clock.instant();
    String id = "urn:uuid:" + UUID.randomUUID();
    if (Documents.detect(body) == DocumentKind.CREDENTIAL) {
      JsonObject vc = org.puente.documents.formats.JsonInput.parseObject(body);
      JsonObject mine =
          JsonSupport.PROVIDER
              .createObjectBuilder(vc)
              .add("issuer", identity.did())
              .add("id", id)
              .remove("proof")
              .remove("credentialStatus")
              .build();
      documents.credentials().fromCredential(mine);
      return mine;
    }
    String wanted =
        type.orElseThrow(
            () ->
                new NodeException(
                    NodeException.Code.INVALID_REQUEST,
                    "type is required for a consignment or national document (CartaPorte, Doda,"
                        + " EManifestTrip, ...)"));
    CredentialType credentialType = credentialType(wanted);
    return documents
        .credentials()
        .toCredential(credentialType, id, identity.did(), now, documents.read(body));
  }

  private static CredentialType credentialType(String vcType) throws NodeException {
    for (CredentialType t : CredentialType.values()) {
      if (t.vcType().equals(vcType)) {
        return t;
      }
    }
    throw new NodeException(
        NodeException.Code.INVALID_REQUEST, "no trade credential type " + vcType);
  }

  private static <E extends Enum<E>> E parse(Class<E> type, String value, String name)
      throws NodeException {
    for (E e : type.getEnumConstants()) {
      if (e.name().equalsIgnoreCase(value.replace('-', '_'))) {
        return e;
      }
    }
    throw new NodeException(
        NodeException.Code.INVALID_REQUEST,
        name
            + " must be one of "
            + java.util.Arrays.toString(type.getEnumConstants())
                .toLowerCase(Locale.ROOT)
                .replace('_', '-')
            + ", found "
            + value);
  }

  @ExceptionHandler(DocumentException.class)
  ResponseEntity<ProblemDetail> documentProblem(DocumentException e, HttpServletRequest request) {
    HttpStatus status =
        UNPROCESSABLE.contains(e.code())
            ? HttpStatus.UNPROCESSABLE_CONTENT
            : HttpStatus.BAD_REQUEST;
    ProblemDetail problem = Problems.of(status, e.code(), e.getMessage(), request.getRequestURI());
    problem.setProperty(
        "errors",
        e.errors().stream()
            .map(
                (ValidationError v) ->
                    java.util.Map.of(
                        "path", v.path(),
                        "code", v.code(),
                        "en", v.en(),
                        "es", v.es()))
            .toList());
    return ResponseEntity.status(status)
        .contentType(MediaType.APPLICATION_PROBLEM_JSON)
        .body(problem);
  }
}
