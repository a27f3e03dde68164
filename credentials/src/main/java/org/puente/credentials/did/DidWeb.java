package org.puente.credentials.did;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Pattern;
import org.puente.credentials.CredentialException;
import org.puente.credentials.CredentialException.Code;

/**
 * The did:web method's identifier-to-URL transformation.
 *
 * <p>{@code did:web:example.com} reads {@code https://example.com/.well-known/did.json}; {@code
 * did:web:example.com:user:alice} reads {@code https://example.com/user/alice/did.json}; a port is
 * written percent-encoded, {@code did:web:localhost%3A8443}.
 *
 * @see <a href="https://w3c-ccg.github.io/did-method-web/#read-resolve">did:web §3.2 Read
 *     (Resolve)</a>
 */
public final class DidWeb {
  static final String PREFIX = "did:web:";
  private static final Pattern HOST =
      Pattern.compile("[a-z0-9]([a-z0-9-]{0,62})(\\.[a-z0-9]([a-z0-9-]{0,62}))*(:[0-9]{1,5})?");
  private static final Pattern SEGMENT = Pattern.compile("[A-Za-z0-9._~-]+");

  private DidWeb() {}

  /** Whether {@code did} uses the did:web method. */
  public static boolean isDidWeb(String did) {
    return did != null && did.startsWith(PREFIX);
  }

  /**
   * The authority ({@code host} or {@code host:port}, lower case) that serves {@code did}'s
   * document.
   */
  public static String authority(String did) throws CredentialException {
    String[] parts = parts(did);
    return decodeAuthority(parts[0], did);
  }

  /** The HTTPS URL of {@code did}'s DID document (did:web §3.2 steps 1–5). */
  public static URI documentUrl(String did) throws CredentialException {
    String[] parts = parts(did);
    StringBuilder url = new StringBuilder("https://").append(decodeAuthority(parts[0], did));
    if (parts.length == 1) {
      url.append("/.well-known");
    }
    for (int i = 1; i < parts.length; i++) {
      String segment = parts[i];
      if (!SEGMENT.matcher(segment).matches() || segment.equals(".") || segment.equals("..")) {
        throw malformed(did, "path segment '" + segment + "' is not allowed");
      }
      url.append('/').append(segment);
    }
    return URI.create(url.append("/did.json").toString());
  }

  private static String[] parts(String did) throws CredentialException {
    if (!isDidWeb(did)) {
      throw new CredentialException(
          Code.UNSUPPORTED_DID_METHOD, "expected a did:web identifier, found '" + did + "'");
    }
    String msi = did.substring(PREFIX.length());
    if (msi.isEmpty() || msi.indexOf('#') >= 0 || msi.indexOf('?') >= 0 || msi.indexOf('/') >= 0) {
      throw malformed(did, "a DID (no path, query or fragment) with a host is required");
    }
    return msi.split(":", -1);
  }

  private static String decodeAuthority(String encoded, String did) throws CredentialException {
    String authority =
        encoded.replace("%3A", ":").replace("%3a", ":").toLowerCase(Locale.ROOT).strip();
    if (!HOST.matcher(authority).matches()
        || authority.getBytes(StandardCharsets.US_ASCII).length > 253) {
      throw malformed(did, "host '" + authority + "' is not a domain name with optional port");
    }
    return authority;
  }

  private static CredentialException malformed(String did, String why) {
    return new CredentialException(
        Code.DID_RESOLUTION_FAILED, "did:web identifier '" + did + "': " + why);
  }
}
