package org.puente.server.vcapi;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;

/**
 * Where a node is reached. did:web §3.2.1 maps {@code did:web:host%3Aport} to {@code
 * https://host:port}; loopback hosts (the demo's and the tests' nodes) are reached over plain HTTP
 * instead, and nothing else is.
 */
public final class NodeUrls {
  private static final Set<String> LOOPBACK = Set.of("localhost", "127.0.0.1", "[::1]");

  private NodeUrls() {}

  /** The base URL of the node whose DID is {@code did} ({@code did:web} only). */
  public static URI baseUrl(String did) {
    if (!did.startsWith("did:web:")) {
      throw new IllegalArgumentException("a node DID must be did:web, found " + did);
    }
    String host =
        java.net.URLDecoder.decode(
            did.substring("did:web:".length()).split(":", 2)[0], StandardCharsets.UTF_8);
    return URI.create(scheme(host) + "://" + host);
  }

  /** Whether {@code authority} ({@code host} or {@code host:port}) is this machine. */
  public static boolean isLoopback(String authority) {
    String host = authority.toLowerCase(Locale.ROOT);
    int colon = host.lastIndexOf(':');
    if (colon > 0 && !host.endsWith("]")) {
      host = host.substring(0, colon);
    }
    return LOOPBACK.contains(host);
  }

  /** {@code http} for loopback, else {@code https}. */
  public static String scheme(String authority) {
    return isLoopback(authority) ? "http" : "https";
  }

  /** {@code url} with {@code https} replaced by {@code http} when its host is loopback. */
  public static URI reachable(URI url) {
    if ("https".equals(url.getScheme()) && isLoopback(url.getAuthority())) {
      return URI.create("http" + url.toString().substring("https".length()));
    }
    return url;
  }
}
