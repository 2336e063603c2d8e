package io.brisk.bench.jdkfloor;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;

/**
 * The start-up floor: {@code GET /plaintext} served by the JDK's own HTTP server, with no library
 * at all. {@code src/bench/startup.sh} measures it (with {@code APP_ARGS=jdk}) to show what any
 * JVM HTTP server on this machine needs before its first response; it is not a load-test peer.
 *
 * <p>{@code PORT} (default 8080).
 */
public final class JdkHttpFloor {
  private static final byte[] HELLO = "Hello, World!".getBytes(StandardCharsets.US_ASCII);

  private JdkHttpFloor() {}

  /** Serves {@code GET /plaintext} on {@code 127.0.0.1:$PORT} until the JVM exits. */
  public static void main(String[] args) throws IOException {
    int port = Integer.parseInt(System.getenv().getOrDefault("PORT", "8080").trim());
    start(port);
  }

  /**
   * Starts the server; every path but {@code /plaintext} answers 404.
   *
   * @param port the port on 127.0.0.1 (0 for any free one)
   * @return the started server
   */
  public static HttpServer start(int port) throws IOException {
    HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 0);
    server.createContext("/", exchange -> {
      try (exchange) {
        boolean plaintext = exchange.getRequestURI().getPath().equals("/plaintext");
        exchange.getResponseHeaders().set("Content-Type", "text/plain");
        if (!plaintext) {
          exchange.sendResponseHeaders(404, -1);
          return;
        }
        exchange.sendResponseHeaders(200, HELLO.length);
        try (OutputStream body = exchange.getResponseBody()) {
          body.write(HELLO);
        }
      }
    });
    server.start();
    return server;
  }
}
