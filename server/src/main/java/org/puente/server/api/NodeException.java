package org.puente.server.api;

import java.util.Locale;

/**
 * A request the node refuses, with a stable {@link Code} that becomes the {@code code} member of
 * the problem+json (RFC 9457) response and decides its HTTP status.
 */
public final class NodeException extends Exception {
  private static final long serialVersionUID = 1L;

  /** Why a request was refused. */
  public enum Code {
    /** The body is not well-formed JSON, or not the expected shape. */
    MALFORMED_JSON(400),
    /** The body has a member the endpoint does not know. */
    UNKNOWN_FIELD(400),
    /** A parameter or member has a bad value. */
    INVALID_REQUEST(400),
    /** No bearer token on an endpoint that needs one. */
    MISSING_TOKEN(401),
    /** The bearer token is forged, malformed, for another audience or lacks Puente's claims. */
    INVALID_TOKEN(401),
    /** The bearer token has expired. */
    TOKEN_EXPIRED(401),
    /** The caller's roles do not include one the endpoint's access rule allows. */
    ROLE_NOT_ALLOWED(403),
    /** The caller's jurisdiction may not act on this node or this record. */
    JURISDICTION_MISMATCH(403),
    /**
     * The client certificate (peer port) names a DID that is not a registered peer authority node,
     * and no bearer token was given.
     */
    PEER_NOT_REGISTERED(403),
    /** Nothing here. */
    NOT_FOUND(404),
    /** The endpoint exists but not with this method. */
    METHOD_NOT_ALLOWED(405),
    /** The node cannot produce any of the accepted media types. */
    NOT_ACCEPTABLE(406),
    /** The request conflicts with the current state. */
    CONFLICT(409),
    /** The body exceeds the node's request size limit. */
    BODY_TOO_LARGE(413),
    /** The body's media type is not one the endpoint reads. */
    UNSUPPORTED_MEDIA_TYPE(415),
    /** A peer's trust list is malformed or its signature does not verify. */
    INVALID_TRUST_LIST(502),
    /** A peer or dependency did not answer usably. */
    UPSTREAM_UNAVAILABLE(502),
    /** The node's database could not commit what the request wrote; nothing of it was kept. */
    STORE_UNAVAILABLE(503),
    /** A bug: never expected; logged. */
    INTERNAL_ERROR(500);

    private final int status;

    Code(int status) {
      this.status = status;
    }

    /** The HTTP status. */
    public int status() {
      return status;
    }

    /** The wire spelling: {@code malformed-json}, {@code jurisdiction-mismatch}, ... */
    public String slug() {
      return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
  }

  private final Code code;

  /** A refusal with a message saying what was expected and what was found. */
  public NodeException(Code code, String message) {
    super(message);
    this.code = code;
  }

  /** The reason code. */
  public Code code() {
    return code;
  }
}
