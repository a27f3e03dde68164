package org.puente.cli.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The load tool's client against the JDK's HTTP server: fixed-length and chunked bodies, one kept
 * connection for many requests, reconnection after {@code Connection: close}, loopback only.
 */
class LeanHttpClientTest {
  private HttpServer server;
  private final Set<String> connections = ConcurrentHashMap.newKeySet();
  private final AtomicInteger requests = new AtomicInteger();

  @BeforeEach
  void start() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext(
        "/echo",
        exchange -> {
          requests.incrementAndGet();
          connections.add(exchange.getRemoteAddress().toString());
          byte[] in = exchange.getRequestBody().readAllBytes();
          byte[] out =
              ("got "
                      + in.length
                      + " bytes, auth "
                      + exchange.getRequestHeaders().getFirst("X-Auth"))
                  .getBytes(StandardCharsets.UTF_8);
          boolean chunked = exchange.getRequestURI().getQuery() != null;
          if (exchange.getRequestURI().toString().contains("close")) {
            exchange.getResponseHeaders().add("Connection", "close");
          }
          exchange.sendResponseHeaders(201, chunked ? 0 : out.length);
          try (OutputStream body = exchange.getResponseBody()) {
            body.write(out);
          }
        });
    server.start();
  }

  @AfterEach
  void stop() {
    server.stop(0);
  }

  private URI uri(String pathAndQuery) {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + pathAndQuery);
  }

  @Test
  void fixedLengthResponses_overOneKeptConnection() throws IOException {
    URI target = uri("/echo");
    byte[] request = LeanHttpClient.post(target, Map.of("X-Auth", "t1"), new byte[2600]);
    try (LeanHttpClient client = new LeanHttpClient(target)) {
      for (int i = 0; i < 50; i++) {
        LeanHttpClient.Response r = client.exchange(request);
        assertThat(r.status()).isEqualTo(201);
        assertThat(r.body()).isEqualTo("got 2600 bytes, auth t1");
      }
    }
    assertThat(requests).hasValue(50);
    assertThat(connections).hasSize(1);
  }

  @Test
  void chunkedResponses_areReadWhole() throws IOException {
    URI target = uri("/echo?chunked");
    byte[] request = LeanHttpClient.post(target, Map.of("X-Auth", "t2"), "{}".getBytes());
    try (LeanHttpClient client = new LeanHttpClient(target)) {
      for (int i = 0; i < 5; i++) {
        assertThat(client.exchange(request).body()).isEqualTo("got 2 bytes, auth t2");
      }
    }
  }

  @Test
  void connectionClose_makesTheNextExchangeReconnect() throws IOException {
    URI target = uri("/echo/close");
    byte[] request = LeanHttpClient.post(target, Map.of(), new byte[1]);
    try (LeanHttpClient client = new LeanHttpClient(target)) {
      for (int i = 0; i < 3; i++) {
        assertThat(client.exchange(request).status()).isEqualTo(201);
      }
    }
    assertThat(connections).hasSize(3);
  }

  @Test
  void onlyPlainHttpToThisMachine() {
    assertThatThrownBy(() -> new LeanHttpClient(URI.create("http://192.0.2.1:80/x")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("loopback");
    assertThatThrownBy(() -> new LeanHttpClient(URI.create("https://127.0.0.1:8443/x")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("plain http");
  }
}
