package org.puente.credentials.jose;

import com.nimbusds.jose.util.JSONObjectUtils;
import java.nio.charset.StandardCharsets;
import java.text.ParseException;
import java.util.Base64;
import java.util.Locale;
import java.util.Map;
import org.puente.credentials.CredentialException;
import org.puente.credentials.CredentialException.Code;
import org.puente.credentials.keys.KeyType;
import org.puente.credentials.keys.Multikey;

/**
 * A parsed JWS in compact serialization (RFC 7515 §7.1), before its signature is checked. Parsing
 * is strict: three base64url parts without padding, a JSON object header with a supported {@code
 * alg} (never {@code none}) and no {@code crit} extensions, since Puente understands none.
 *
 * @param header the protected header
 * @param payload the decoded payload bytes
 * @param signingInput the ASCII bytes of {@code header.payload} as received
 * @param signature the decoded signature
 */
public record CompactJws(
    Map<String, Object> header, byte[] payload, byte[] signingInput, byte[] signature) {
  /** The largest compact JWS accepted, in characters: 1 MiB. */
  public static final int MAX_LENGTH = 1 << 20;

  public CompactJws {
    header = Map.copyOf(header);
    payload = payload.clone();
    signingInput = signingInput.clone();
    signature = signature.clone();
  }

  @Override
  public byte[] payload() {
    return payload.clone();
  }

  @Override
  public byte[] signingInput() {
    return signingInput.clone();
  }

  @Override
  public byte[] signature() {
    return signature.clone();
  }

  /** Parses {@code compact}; it is not verified yet. */
  public static CompactJws parse(String compact) throws CredentialException {
    if (compact == null || compact.length() > MAX_LENGTH) {
      throw new CredentialException(
          compact == null ? Code.MALFORMED_JWT : Code.INPUT_TOO_LARGE,
          String.format(
              Locale.ROOT,
              "expected a compact JWS of at most %d characters, found %s",
              MAX_LENGTH,
              compact == null ? "null" : compact.length() + " characters"));
    }
    String[] parts = compact.split("\\.", -1);
    if (parts.length != 3) {
      throw malformed("a compact JWS has 3 dot-separated parts, found " + parts.length);
    }
    Map<String, Object> header = parseHeader(decode(parts[0], "header"));
    byte[] payload = decode(parts[1], "payload");
    byte[] signature = decode(parts[2], "signature");
    byte[] input = (parts[0] + "." + parts[1]).getBytes(StandardCharsets.US_ASCII);
    return new CompactJws(header, payload, input, signature);
  }

  private static Map<String, Object> parseHeader(byte[] json) throws CredentialException {
    Map<String, Object> header;
    try {
      header = JSONObjectUtils.parse(new String(json, StandardCharsets.UTF_8));
    } catch (ParseException | RuntimeException e) {
      throw malformed("JWS header is not a JSON object: " + e.getMessage());
    }
    if (!(header.get("alg") instanceof String alg)) {
      throw malformed("JWS header lacks a string 'alg'");
    }
    JoseAlgorithms.keyTypeFor(alg);
    if (header.containsKey("crit")) {
      throw malformed(
          "JWS header 'crit' " + header.get("crit") + " names extensions not supported");
    }
    return header;
  }

  private static byte[] decode(String part, String what) throws CredentialException {
    if (part.isEmpty() || part.indexOf('=') >= 0) {
      throw malformed("JWS " + what + " must be non-empty unpadded base64url");
    }
    try {
      return Base64.getUrlDecoder().decode(part);
    } catch (IllegalArgumentException e) {
      throw malformed("JWS " + what + " is not base64url: " + e.getMessage());
    }
  }

  /** The {@code alg} header. */
  public String algorithm() {
    return (String) header.get("alg");
  }

  /** A string header parameter, or null when absent. */
  public String headerString(String name) throws CredentialException {
    Object value = header.get(name);
    if (value != null && !(value instanceof String)) {
      throw malformed("JWS header '" + name + "' must be a string");
    }
    return (String) value;
  }

  /** Requires {@code typ} to be {@code expected} (RFC 8725 §3.11 explicit typing). */
  public void requireType(String expected) throws CredentialException {
    String typ = headerString("typ");
    if (!expected.equals(typ)) {
      throw malformed("JWS header typ '" + typ + "', expected '" + expected + "'");
    }
  }

  /** The payload as UTF-8 text. */
  public String payloadText() {
    return new String(payload, StandardCharsets.UTF_8);
  }

  /**
   * Checks the signature with {@code key}.
   *
   * @throws CredentialException {@code ALGORITHM_KEY_MISMATCH} or {@code INVALID_SIGNATURE}
   */
  public void verify(Multikey key) throws CredentialException {
    KeyType type = key.type();
    JoseAlgorithms.requireMatch(algorithm(), type);
    key.verify(signingInput, signature);
  }

  static CredentialException malformed(String message) {
    return new CredentialException(Code.MALFORMED_JWT, message);
  }
}
