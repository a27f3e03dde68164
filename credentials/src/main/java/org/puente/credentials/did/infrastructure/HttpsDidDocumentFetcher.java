package org.puente.credentials.did.infrastructure;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Flow;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javax.net.ssl.SSLContext;
import org.puente.credentials.CredentialException;
import org.puente.credentials.CredentialException.Code;
import org.puente.credentials.did.DidDocumentFetcher;

/**
 * Fetches DID documents with {@code java.net.http}: HTTPS only, no redirects, a connect timeout, an
 * overall deadline that covers headers and body, and a body-size cap enforced while reading.
 */
public final class HttpsDidDocumentFetcher implements DidDocumentFetcher {
  private final HttpClient client;
  private final Duration readTimeout;

  /** A fetcher trusting the JDK's default certificate authorities. */
  public HttpsDidDocumentFetcher(Duration connectTimeout, Duration readTimeout) {
    this(connectTimeout, readTimeout, defaultContext());
  }

  /**
   * A fetcher trusting the authorities of {@code sslContext} (tests pass one that trusts their
   * self-signed server certificate).
   */
  public HttpsDidDocumentFetcher(
      Duration connectTimeout, Duration readTimeout, SSLContext sslContext) {
    this.readTimeout = Objects.requireNonNull(readTimeout, "readTimeout");
    this.client =
        HttpClient.newBuilder()
            .connectTimeout(Objects.requireNonNull(connectTimeout, "connectTimeout"))
            .followRedirects(HttpClient.Redirect.NEVER)
            .sslContext(sslContext)
            .build();
  }

  @Override
  public byte[] fetch(URI url, int maxBytes) throws CredentialException {
    if (!"https".equals(url.getScheme())) {
      throw new CredentialException(
          Code.DID_RESOLUTION_FAILED, "did:web documents are fetched over https only: " + url);
    }
    HttpRequest request =
        HttpRequest.newBuilder(url)
            .timeout(readTimeout)
            .header("Accept", "application/did+json, application/json")
            .GET()
            .build();
    CompletableFuture<HttpResponse<byte[]>> future =
        client.sendAsync(request, info -> new CappedBody(maxBytes));
    HttpResponse<byte[]> response = await(future, url);
    if (response.statusCode() != 200) {
      throw new CredentialException(
          Code.DID_RESOLUTION_FAILED,
          String.format(
              Locale.ROOT, "GET %s answered %d, expected 200", url, response.statusCode()));
    }
    return response.body();
  }

  private HttpResponse<byte[]> await(CompletableFuture<HttpResponse<byte[]>> future, URI url)
      throws CredentialException {
    try {
      return future.get(readTimeout.toMillis(), TimeUnit.MILLISECONDS);
    } catch (TimeoutException e) {
      future.cancel(true);
      throw timeout(url, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new CredentialException(Code.DID_RESOLUTION_FAILED, "interrupted fetching " + url, e);
    } catch (ExecutionException e) {
      throw translate(e.getCause(), url);
    }
  }

  private CredentialException translate(Throwable cause, URI url) {
    if (cause instanceof TooLarge tooLarge) {
      return new CredentialException(
          Code.INPUT_TOO_LARGE,
          String.format(Locale.ROOT, "DID document at %s exceeds %d bytes", url, tooLarge.limit),
          cause);
    }
    if (cause instanceof HttpConnectTimeoutException || cause instanceof HttpTimeoutException) {
      return timeout(url, cause);
    }
    return new CredentialException(
        Code.DID_RESOLUTION_FAILED, "GET " + url + " failed: " + cause, cause);
  }

  private CredentialException timeout(URI url, Throwable cause) {
    return new CredentialException(
        Code.DID_RESOLUTION_TIMEOUT,
        String.format(Locale.ROOT, "GET %s did not finish within %s", url, readTimeout),
        cause);
  }

  private static SSLContext defaultContext() {
    try {
      return SSLContext.getDefault();
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException("the JDK has no default TLS context", e);
    }
  }

  /** The body exceeded its cap; reading stopped there. */
  private static final class TooLarge extends IOException {
    private static final long serialVersionUID = 1L;
    private final int limit;

    TooLarge(int limit) {
      super("body exceeds " + limit + " bytes");
      this.limit = limit;
    }
  }

  /** Collects the body, cancelling the subscription as soon as it passes the cap. */
  private static final class CappedBody implements HttpResponse.BodySubscriber<byte[]> {
    private final int limit;
    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private final CompletableFuture<byte[]> result = new CompletableFuture<>();
    private Flow.Subscription subscription;

    CappedBody(int limit) {
      this.limit = limit;
    }

    @Override
    public CompletionStage<byte[]> getBody() {
      return result;
    }

    @Override
    public void onSubscribe(Flow.Subscription s) {
      this.subscription = s;
      s.request(Long.MAX_VALUE);
    }

    @Override
    public void onNext(List<ByteBuffer> buffers) {
      for (ByteBuffer buffer : buffers) {
        byte[] chunk = new byte[buffer.remaining()];
        buffer.get(chunk);
        bytes.write(chunk, 0, chunk.length);
      }
      if (bytes.size() > limit && !result.isDone()) {
        subscription.cancel();
        result.completeExceptionally(new TooLarge(limit));
      }
    }

    @Override
    public void onError(Throwable error) {
      result.completeExceptionally(error);
    }

    @Override
    public void onComplete() {
      result.complete(bytes.toByteArray());
    }
  }
}
