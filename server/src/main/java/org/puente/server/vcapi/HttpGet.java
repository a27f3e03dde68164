package org.puente.server.vcapi;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.puente.credentials.CredentialException;
import org.puente.credentials.CredentialException.Code;

/**
 * Bounded HTTP GETs to peer nodes (DID documents, status lists): timeouts, no redirects, a byte
 * limit, and {@code https} to loopback hosts rewritten to {@code http} ({@link NodeUrls}).
 */
public final class HttpGet {
  private final HttpClient http;
  private final Duration timeout;

  /** GETs through {@code http}, each bounded by {@code timeout}. */
  public HttpGet(HttpClient http, Duration timeout) {
    this.http = http;
    this.timeout = timeout;
  }

  /**
   * The body of a 200 answer to {@code GET url}.
   *
   * @param failure the code for a failed fetch ({@code DID_RESOLUTION_FAILED}, {@code
   *     STATUS_RETRIEVAL_ERROR})
   */
  public byte[] fetch(URI url, int maxBytes, Code failure) throws CredentialException {
    URI target = NodeUrls.reachable(url);
    HttpRequest request =
        HttpRequest.newBuilder(target)
            .timeout(timeout)
            .header("Accept", "application/json")
            .GET()
            .build();
    try {
      HttpResponse<InputStream> response =
          http.send(request, HttpResponse.BodyHandlers.ofInputStream());
      try (InputStream body = response.body()) {
        if (response.statusCode() != 200) {
          throw new CredentialException(
              failure, "GET " + target + " answered " + response.statusCode());
        }
        byte[] bytes = body.readNBytes(maxBytes + 1);
        if (bytes.length > maxBytes) {
          throw new CredentialException(
              Code.INPUT_TOO_LARGE, "GET " + target + " returned more than " + maxBytes + " bytes");
        }
        return bytes;
      }
    } catch (IOException e) {
      throw new CredentialException(failure, "GET " + target + " failed: " + e.getMessage(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new CredentialException(failure, "GET " + target + " interrupted", e);
    }
  }
}
