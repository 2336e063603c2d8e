package io.brisk.http2;

import static org.assertj.core.api.Assertions.assertThat;

import io.brisk.Brisk;
import io.brisk.annotation.Get;
import io.brisk.server.RawHttp;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.TrustManagerFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An HTTP/2 connection as a whole, however it became one (h2c upgrade, prior knowledge, TLS with
 * ALPN): the idle timeout closes it only when no stream is open, and a stop lets its open streams
 * finish.
 */
class Http2ConnectionLifetimeTest {
  static final Duration IDLE = Duration.ofMillis(200);
  static final int GOAWAY = 0x7;

  final CountDownLatch slowStarted = new CountDownLatch(1);
  final CountDownLatch release = new CountDownLatch(1);

  public final class Api {
    /** Answers once released, or after three idle timeouts of silence on the connection. */
    @Get("/slow")
    public String slow() throws InterruptedException {
      slowStarted.countDown();
      boolean released = release.await(IDLE.toMillis() * 3, TimeUnit.MILLISECONDS);
      return released ? "released" : "slow";
    }

    @Get("/hello")
    public String hello() {
      return "hello";
    }
  }

  @TempDir Path dir;
  Brisk app;
  SSLContext clientTls;

  @AfterEach
  void stop() {
    release.countDown();
    if (app != null) {
      app.stop();
    }
  }

  private int start(boolean tls) throws Exception {
    app = Brisk.create().include(new Api());
    app.options().host("127.0.0.1").shutdownHook(false).banner(false).accessLog(false).http2(true)
        .idleTimeout(IDLE).shutdownTimeout(Duration.ofSeconds(20));
    if (tls) {
      char[] password = "changeit".toCharArray();
      Path keystore = selfSigned(password);
      app.options().tls(keystore, password);
      KeyStore trust = KeyStore.getInstance("PKCS12");
      try (InputStream in = Files.newInputStream(keystore)) {
        trust.load(in, password);
      }
      TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
      tmf.init(trust);
      clientTls = SSLContext.getInstance("TLS");
      clientTls.init(null, tmf.getTrustManagers(), null);
    }
    return app.start(0);
  }

  @Test
  void anUpgradedConnectionIsNotClosedAsIdleWhileAStreamIsAnswered() throws Exception {
    int port = start(false);
    try (HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_2).build()) {
      HttpResponse<String> first = get(http, "http://127.0.0.1:" + port + "/hello");
      HttpResponse<String> slow = get(http, "http://127.0.0.1:" + port + "/slow");

      assertThat(first.version()).isEqualTo(HttpClient.Version.HTTP_2);
      assertThat(slow.version()).isEqualTo(HttpClient.Version.HTTP_2);
      assertThat(slow.body()).isEqualTo("slow");
    }
  }

  @Test
  void aTlsConnectionIsNotClosedAsIdleWhileAStreamIsAnswered() throws Exception {
    int port = start(true);
    try (HttpClient http = HttpClient.newBuilder().sslContext(clientTls).version(HttpClient.Version.HTTP_2).build()) {
      HttpResponse<String> slow = get(http, "https://127.0.0.1:" + port + "/slow");

      assertThat(slow.version()).isEqualTo(HttpClient.Version.HTTP_2);
      assertThat(slow.body()).isEqualTo("slow");
    }
  }

  @Test
  void anIdlePriorKnowledgeConnectionIsClosedWithAGoaway() throws Exception {
    int port = start(false);
    try (Socket socket = new Socket("127.0.0.1", port)) {
      assertThat(framesUntilClosed(socket)).contains(GOAWAY);
    }
  }

  @Test
  void anIdleTlsConnectionIsClosedWithAGoaway() throws Exception {
    int port = start(true);
    try (SSLSocket socket = (SSLSocket) clientTls.getSocketFactory().createSocket("127.0.0.1", port)) {
      SSLParameters parameters = socket.getSSLParameters();
      parameters.setApplicationProtocols(new String[] {"h2"});
      socket.setSSLParameters(parameters);
      socket.startHandshake();
      assertThat(socket.getApplicationProtocol()).isEqualTo("h2");

      assertThat(framesUntilClosed(socket)).contains(GOAWAY);
    }
  }

  @Test
  void stoppingLetsAnOpenStreamFinish() throws Exception {
    int port = start(false);
    try (HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_2).build()) {
      assertThat(get(http, "http://127.0.0.1:" + port + "/hello").version()).isEqualTo(HttpClient.Version.HTTP_2);
      CompletableFuture<HttpResponse<String>> slow = http.sendAsync(
          HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/slow")).build(),
          HttpResponse.BodyHandlers.ofString());
      assertThat(slowStarted.await(10, TimeUnit.SECONDS)).isTrue();

      Thread stopper = Thread.ofPlatform().name("stopper").start(app::stop);
      release.countDown();
      HttpResponse<String> answer = slow.get(10, TimeUnit.SECONDS);
      stopper.join(20_000);

      assertThat(answer.statusCode()).isEqualTo(200);
      assertThat(answer.body()).isEqualTo("released");
      assertThat(stopper.isAlive()).isFalse();
    }
  }

  private static HttpResponse<String> get(HttpClient http, String url) throws Exception {
    return http.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString());
  }

  /**
   * Opens HTTP/2 on the socket (preface, empty SETTINGS), then reads until the server closes it;
   * returns the types of the frames received. The read timeout is the safety net.
   */
  private static List<Integer> framesUntilClosed(Socket socket) throws IOException {
    socket.setSoTimeout(RawHttp.READ_TIMEOUT_MILLIS);
    OutputStream out = socket.getOutputStream();
    out.write("PRI * HTTP/2.0\r\n\r\nSM\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
    out.write(new byte[] {0, 0, 0, 4, 0, 0, 0, 0, 0}); // SETTINGS, no parameters
    out.flush();
    ByteArrayOutputStream received = new ByteArrayOutputStream();
    InputStream in = socket.getInputStream();
    try {
      in.transferTo(received); // returns at the end of the stream
    } catch (SocketException reset) {
      // closed: what was read is enough
    }
    byte[] bytes = received.toByteArray();
    List<Integer> types = new ArrayList<>();
    for (int at = 0; at + 9 <= bytes.length; ) {
      int length = (bytes[at] & 0xff) << 16 | (bytes[at + 1] & 0xff) << 8 | bytes[at + 2] & 0xff;
      types.add(bytes[at + 3] & 0xff);
      at += 9 + length;
    }
    return types;
  }

  private Path selfSigned(char[] password) throws Exception {
    Path keystore = dir.resolve("server.p12");
    Path keytool = Path.of(ProcessHandle.current().info().command().orElseThrow()).resolveSibling("keytool");
    Process p = new ProcessBuilder(keytool.toString(), "-genkeypair", "-alias", "server", "-keyalg", "EC",
        "-groupname", "secp256r1", "-dname", "CN=localhost", "-ext", "SAN=ip:127.0.0.1,dns:localhost",
        "-validity", "2", "-storetype", "PKCS12", "-keystore", keystore.toString(),
        "-storepass", new String(password), "-keypass", new String(password)).redirectErrorStream(true).start();
    assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(p.exitValue()).as(new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8)).isZero();
    return keystore;
  }
}
