package org.puente.cli.load;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;

/**
 * The load tool's HTTP/1.1 client: one persistent loopback connection per worker, one prepared
 * request sent again and again. It exists because a load tool that shares two cores with the server
 * measures its own client as much as the server: on this machine the JDK {@code HttpClient} (an
 * asynchronous client with a selector thread and futures per exchange) let the node answer ~40 %
 * fewer requests than this blocking client did (see docs/server.md). Like wrk or h2load, it does
 * only what the measurement needs: no TLS, no redirects, no compression, no pipelining; responses
 * framed by {@code Content-Length} or chunked; a {@code Connection: close} answer reconnects.
 *
 * <p>Not thread-safe: one instance per worker thread.
 */
public final class LeanHttpClient implements AutoCloseable {
  private static final int MAX_HEADER_LINE = 8192;
  private static final int MAX_BODY = 16 * 1024 * 1024;

  private final String host;
  private final int port;
  private Socket socket;
  private OutputStream out;
  private InputStream in;

  /** A response: status code and body (decoded as UTF-8). */
  public record Response(int status, String body) {}

  /** A client for {@code target}'s host and port, which must be a loopback address. */
  public LeanHttpClient(URI target) {
    URI checked = LoopbackOnly.check(target);
    if (!"http".equals(checked.getScheme())) {
      throw new IllegalArgumentException("the load client speaks plain http, not " + target);
    }
    this.host = checked.getHost();
    this.port = checked.getPort() < 0 ? 80 : checked.getPort();
  }

  /**
   * Prepares a {@code POST} of {@code body} to {@code target} with {@code headers} (Host and
   * Content-Length are added), as the bytes {@link #exchange} sends.
   */
  public static byte[] post(URI target, Map<String, String> headers, byte[] body) {
    StringBuilder head = new StringBuilder();
    String path =
        target.getRawPath() + (target.getRawQuery() == null ? "" : "?" + target.getRawQuery());
    head.append("POST ").append(path).append(" HTTP/1.1\r\n");
    head.append("Host: ")
        .append(target.getHost())
        .append(':')
        .append(target.getPort())
        .append("\r\n");
    headers.forEach((k, v) -> head.append(k).append(": ").append(v).append("\r\n"));
    head.append("Content-Length: ").append(body.length).append("\r\n\r\n");
    byte[] h = head.toString().getBytes(StandardCharsets.US_ASCII);
    byte[] request = new byte[h.length + body.length];
    System.arraycopy(h, 0, request, 0, h.length);
    System.arraycopy(body, 0, request, h.length, body.length);
    return request;
  }

  /**
   * Sends {@code request} (from {@link #post}) and reads the whole response. A kept-alive
   * connection that the server closed meanwhile is replaced and the request sent once more.
   */
  public Response exchange(byte[] request) throws IOException {
    boolean reused = socket != null;
    try {
      return send(request);
    } catch (IOException e) {
      if (!reused) {
        throw e;
      }
      return send(request);
    }
  }

  private Response send(byte[] request) throws IOException {
    if (socket == null) {
      connect();
    }
    try {
      out.write(request);
      out.flush();
      return read();
    } catch (IOException | RuntimeException e) {
      close();
      throw e;
    }
  }

  private void connect() throws IOException {
    socket = new Socket(host, port);
    socket.setTcpNoDelay(true);
    out = socket.getOutputStream();
    in = new BufferedInputStream(socket.getInputStream(), 16 * 1024);
  }

  private Response read() throws IOException {
    String statusLine = line();
    String[] parts = statusLine.split(" ", 3);
    if (parts.length < 2 || !parts[0].startsWith("HTTP/1.")) {
      throw new IOException("not an HTTP/1.x status line: '" + statusLine + "'");
    }
    int status = Integer.parseInt(parts[1]);
    long length = -1;
    boolean chunked = false;
    boolean closeAfter = parts[0].equals("HTTP/1.0");
    for (String header = line(); !header.isEmpty(); header = line()) {
      int colon = header.indexOf(':');
      if (colon < 0) {
        throw new IOException("malformed header line: '" + header + "'");
      }
      String name = header.substring(0, colon).trim().toLowerCase(Locale.ROOT);
      String value = header.substring(colon + 1).trim().toLowerCase(Locale.ROOT);
      switch (name) {
        case "content-length" -> length = Long.parseLong(value);
        case "transfer-encoding" -> chunked = value.contains("chunked");
        case "connection" -> closeAfter = value.contains("close");
        default -> {}
      }
    }
    byte[] body = chunked ? chunkedBody() : fixedBody(length);
    if (closeAfter) {
      close();
    }
    return new Response(status, new String(body, StandardCharsets.UTF_8));
  }

  private byte[] fixedBody(long length) throws IOException {
    if (length < 0 || length > MAX_BODY) {
      throw new IOException("response without a usable Content-Length: " + length);
    }
    byte[] body = in.readNBytes((int) length);
    if (body.length != length) {
      throw new IOException("connection closed inside the body");
    }
    return body;
  }

  private byte[] chunkedBody() throws IOException {
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    while (true) {
      String sizeLine = line();
      int semicolon = sizeLine.indexOf(';');
      int size =
          Integer.parseInt(
              (semicolon < 0 ? sizeLine : sizeLine.substring(0, semicolon)).trim(), 16);
      if (size == 0) {
        for (String trailer = line(); !trailer.isEmpty(); trailer = line()) {
          // trailers are read and ignored
        }
        return body.toByteArray();
      }
      if (body.size() + size > MAX_BODY) {
        throw new IOException("response body over " + MAX_BODY + " bytes");
      }
      body.write(fixedBody(size));
      if (!line().isEmpty()) {
        throw new IOException("chunk not followed by CRLF");
      }
    }
  }

  private String line() throws IOException {
    StringBuilder b = new StringBuilder(64);
    for (int c = in.read(); ; c = in.read()) {
      if (c < 0) {
        throw new IOException("connection closed by the server");
      }
      if (c == '\n') {
        int n = b.length();
        return n > 0 && b.charAt(n - 1) == '\r' ? b.substring(0, n - 1) : b.toString();
      }
      if (b.length() == MAX_HEADER_LINE) {
        throw new IOException("header line over " + MAX_HEADER_LINE + " bytes");
      }
      b.append((char) c);
    }
  }

  @Override
  public void close() {
    if (socket != null) {
      try {
        socket.close();
      } catch (IOException e) {
        // closing a loopback socket: nothing to do about a failure
      }
      socket = null;
    }
  }
}
