package io.brisk.acceptance;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.cert.CertificateFactory;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.Timeout;

/**
 * Two instances of the packaged inventory app behind Debian's nginx, as a deployment would run
 * them: TLS at the proxy, the app under the path prefix /api, both instances in one upstream
 * (src/test/resources/nginx/inventory-proxy.conf). The proxy headers reach the app, the docs work
 * under the prefix, and stopping one instance gracefully while a client keeps calling costs no
 * request. The client connects from 127.0.0.2, so that the client address the app reports is
 * visibly not the proxy's.
 */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class NginxProxyTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String CLIENT_ADDRESS = "127.0.0.2";
  private static final String NGINX_MISSING = "nginx is missing: this test runs Debian's nginx as a reverse proxy."
      + " Install it with src/it/install-nginx.sh (as root; .ci/run does it).";

  private static InventoryProcess a;
  private static InventoryProcess b;
  private static Process nginx;
  private static Path nginxDir;
  private static int proxyPort;
  private static HttpClient http;

  @BeforeAll
  static void startInstancesAndProxy() throws Exception {
    Path binary = nginxBinary();
    Map<String, String> env = Map.of("TRUSTED_PROXIES", "127.0.0.1");
    a = InventoryProcess.start("inventory-a", env);
    b = InventoryProcess.start("inventory-b", env);
    nginxDir = Files.createTempDirectory("brisk-nginx");
    makeCertificate(nginxDir);
    proxyPort = freePort();
    String conf = resource("nginx/inventory-proxy.conf")
        .replace("@USER_DIRECTIVE@", "root".equals(System.getProperty("user.name")) ? "user root;" : "")
        .replace("@DIR@", nginxDir.toString())
        .replace("@PORT_A@", Integer.toString(a.port()))
        .replace("@PORT_B@", Integer.toString(b.port()))
        .replace("@LISTEN_PORT@", Integer.toString(proxyPort));
    Files.writeString(nginxDir.resolve("nginx.conf"), conf);
    nginx = new ProcessBuilder(binary.toString(), "-p", nginxDir.toString(), "-c", nginxDir.resolve("nginx.conf").toString(),
        "-e", nginxDir.resolve("error.log").toString())
        .redirectErrorStream(true).redirectOutput(nginxDir.resolve("nginx.out").toFile()).start();
    awaitListening(proxyPort);
    http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).sslContext(trusting(nginxDir))
        .localAddress(InetAddress.getByName(CLIENT_ADDRESS)).connectTimeout(Duration.ofSeconds(5)).build();
  }

  @AfterAll
  static void stopEverything() throws Exception {
    if (http != null) {
      http.close();
    }
    if (nginx != null) {
      nginx.destroy();
      if (!nginx.waitFor(10, TimeUnit.SECONDS)) {
        nginx.destroyForcibly();
      }
    }
    for (InventoryProcess p : new InventoryProcess[] {a, b}) {
      if (p != null) {
        p.close();
      }
    }
    if (nginxDir != null) {
      try (var files = Files.walk(nginxDir)) {
        files.sorted(java.util.Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
      }
    }
  }

  @Test
  @Order(1)
  void theAppSeesTheOriginalClientSchemeHostAndPrefix() throws Exception {
    HttpResponse<String> r = get("/api/debug/request");

    assertThat(r.statusCode()).isEqualTo(200);
    JsonNode seen = JSON.readTree(r.body());
    assertThat(seen.get("client").asText()).isEqualTo(CLIENT_ADDRESS);
    assertThat(seen.get("scheme").asText()).isEqualTo("https");
    assertThat(seen.get("host").asText()).isEqualTo("localhost:" + proxyPort);
    assertThat(seen.get("root_path").asText()).isEqualTo("/api");
    assertThat(seen.get("path").asText()).isEqualTo("/debug/request");
  }

  @Test
  @Order(2)
  void spreadsRequestsOverBothInstances() throws Exception {
    Set<Integer> instances = new java.util.HashSet<>();
    for (int i = 0; i < 6; i++) {
      instances.add(JSON.readTree(get("/api/debug/request").body()).get("instance").asInt());
    }

    assertThat(instances).containsExactlyInAnyOrder(a.port(), b.port());
  }

  @Test
  @Order(3)
  void servesTheDocsUnderThePrefix() throws Exception {
    HttpResponse<String> page = get("/api/docs");
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/html"));
    assertThat(page.body()).contains("\"/api/openapi.json\"", "/api/docs/swagger-ui-bundle.js", "/api/docs/swagger-ui.css");

    HttpResponse<String> bundle = get("/api/docs/swagger-ui-bundle.js");
    assertThat(bundle.statusCode()).isEqualTo(200);
    assertThat(bundle.body().length()).isGreaterThan(100_000);

    HttpResponse<String> document = get("/api/openapi.json");
    assertThat(document.statusCode()).isEqualTo(200);
    JsonNode doc = JSON.readTree(document.body());
    assertThat(doc.get("paths").has("/items")).isTrue();
    assertThat(doc.get("servers").get(0).get("url").asText()).as("\"Try it out\" goes through the proxy")
        .isEqualTo("/api");
    assertThat(doc.at("/components/securitySchemes").findValue("tokenUrl").asText()).isEqualTo("/api/token");

    assertThat(get("/api/redoc").body()).contains("\"/api/openapi.json\"");
  }

  /** Runs last: it stops instance a. */
  @Test
  @Order(4)
  void stoppingOneInstanceGracefullyCostsNoRequest() throws Exception {
    int clients = 4;
    AtomicBoolean running = new AtomicBoolean(true);
    AtomicBoolean aExited = new AtomicBoolean();
    CountDownLatch warmedUp = new CountDownLatch(40);
    CountDownLatch servedAfterExit = new CountDownLatch(40);
    List<String> failures = Collections.synchronizedList(new ArrayList<>());
    Map<Integer, AtomicInteger> byInstance = new ConcurrentHashMap<>();
    Set<Integer> instancesAfterExit = ConcurrentHashMap.newKeySet();
    AtomicInteger total = new AtomicInteger();
    List<Thread> threads = new ArrayList<>();
    for (int c = 0; c < clients; c++) {
      int client = c;
      threads.add(Thread.ofPlatform().name("proxy-client-" + c).start(() -> {
        for (int i = 0; running.get(); i++) {
          // Slow and quick requests mixed, so that some are in flight on the instance when it stops.
          String path = (i + client) % 2 == 0 ? "/api/debug/slow?millis=50" : "/api/debug/request";
          boolean afterExit = aExited.get();
          try {
            HttpResponse<String> r = get(path);
            if (r.statusCode() != 200) {
              failures.add(path + " -> " + r.statusCode() + " " + r.body());
              continue;
            }
            int instance = JSON.readTree(r.body()).get("instance").asInt();
            byInstance.computeIfAbsent(instance, k -> new AtomicInteger()).incrementAndGet();
            total.incrementAndGet();
            warmedUp.countDown();
            if (afterExit) {
              instancesAfterExit.add(instance);
              servedAfterExit.countDown();
            }
          } catch (IOException | InterruptedException | RuntimeException e) {
            failures.add(path + " -> " + e);
          }
        }
      }));
    }
    try {
      assertThat(warmedUp.await(60, TimeUnit.SECONDS)).as("the load got going").isTrue();

      // A request straight to instance a, half sent when it is told to stop: it must still be answered.
      try (Socket direct = new Socket("127.0.0.1", a.port())) {
        direct.setSoTimeout(30_000);
        direct.getOutputStream().write(("GET /debug/slow?millis=500 HTTP/1.1\r\nHost: x\r\nContent-Length: 2\r\n"
            + "Expect: 100-continue\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
        assertThat(head(direct.getInputStream())).as("a read the request's head").startsWith("HTTP/1.1 100");

        a.terminate(); // SIGTERM: the JVM's shutdown hook stops Brisk gracefully
        direct.getOutputStream().write("{}".getBytes(StandardCharsets.US_ASCII));
        String answer = head(direct.getInputStream());
        assertThat(answer).startsWith("HTTP/1.1 200").containsIgnoringCase("connection: close");
      }
      OptionalInt exit = a.awaitExit(Duration.ofSeconds(30));
      assertThat(exit).as("instance a exits within its shutdown timeout").isPresent();
      aExited.set(true);
      assertThat(servedAfterExit.await(60, TimeUnit.SECONDS)).as("b goes on serving").isTrue();
    } finally {
      running.set(false);
      for (Thread t : threads) {
        t.join(30_000);
      }
    }

    assertThat(failures).as("requests that failed while instance a stopped").isEmpty();
    assertThat(byInstance.keySet()).contains(a.port(), b.port());
    assertThat(instancesAfterExit).containsExactly(b.port());
    assertThat(a.output()).contains("Brisk stopped");
    long retried = Files.readAllLines(nginxDir.resolve("access.log")).stream()
        .filter(l -> l.contains("upstream=") && l.substring(l.indexOf("upstream=")).contains(", ")).count();
    System.out.printf("%d requests through nginx while instance a stopped; %d served by a, %d by b;"
        + " %d retried on the other instance by proxy_next_upstream%n", total.get(),
        byInstance.get(a.port()).get(), byInstance.get(b.port()).get(), retried);
  }

  /** Reads a response's status line and headers (up to the empty line). */
  private static String head(InputStream in) throws IOException {
    StringBuilder text = new StringBuilder();
    while (!text.toString().endsWith("\r\n\r\n")) {
      int c = in.read();
      if (c < 0) {
        throw new IOException("connection closed after: " + text);
      }
      text.append((char) c);
    }
    return text.toString();
  }

  private static HttpResponse<String> get(String path) throws IOException, InterruptedException {
    return http.send(HttpRequest.newBuilder(URI.create("https://localhost:" + proxyPort + path))
        .timeout(Duration.ofSeconds(20)).build(), HttpResponse.BodyHandlers.ofString());
  }

  private static Path nginxBinary() {
    for (String candidate : new String[] {"/usr/sbin/nginx", "/usr/bin/nginx", "/usr/local/sbin/nginx"}) {
      Path p = Path.of(candidate);
      if (Files.isExecutable(p)) {
        return p;
      }
    }
    String path = System.getenv().getOrDefault("PATH", "");
    for (String dir : path.split(java.io.File.pathSeparator)) {
      Path p = Path.of(dir, "nginx");
      if (!dir.isEmpty() && Files.isExecutable(p)) {
        return p;
      }
    }
    throw new AssertionError(NGINX_MISSING);
  }

  /** A self-signed certificate for localhost, made with openssl (nginx reads PEM files). */
  private static void makeCertificate(Path dir) throws IOException, InterruptedException {
    Process p = new ProcessBuilder("openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2",
        "-subj", "/CN=localhost", "-addext", "subjectAltName=DNS:localhost,IP:127.0.0.1",
        "-keyout", dir.resolve("key.pem").toString(), "-out", dir.resolve("cert.pem").toString())
        .redirectErrorStream(true).start();
    String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor(60, TimeUnit.SECONDS) && p.exitValue() == 0).as("openssl made a certificate: %s", output)
        .isTrue();
  }

  /** TLS that trusts exactly the proxy's certificate. */
  private static SSLContext trusting(Path dir) throws Exception {
    KeyStore store = KeyStore.getInstance(KeyStore.getDefaultType());
    store.load(null, null);
    try (InputStream in = Files.newInputStream(dir.resolve("cert.pem"))) {
      store.setCertificateEntry("proxy", CertificateFactory.getInstance("X.509").generateCertificate(in));
    }
    TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
    trust.init(store);
    SSLContext tls = SSLContext.getInstance("TLS");
    tls.init(null, trust.getTrustManagers(), null);
    return tls;
  }

  private static String resource(String name) throws IOException {
    try (InputStream in = NginxProxyTest.class.getClassLoader().getResourceAsStream(name)) {
      assertThat(in).as("resource %s", name).isNotNull();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }

  /** Waits until nginx accepts connections, failing with its log when it exits instead. */
  private static void awaitListening(int port) throws IOException, InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
    while (System.nanoTime() < deadline) {
      if (!nginx.isAlive()) {
        throw new AssertionError("nginx exited with " + nginx.exitValue() + ": "
            + Files.readString(nginxDir.resolve("nginx.out")) + Files.readString(nginxDir.resolve("error.log")));
      }
      try (Socket s = new Socket()) {
        s.connect(new InetSocketAddress("127.0.0.1", port), 500);
        return;
      } catch (IOException notYet) {
        Thread.sleep(50); // waiting for an external process: nothing to be notified by
      }
    }
    throw new AssertionError("nginx did not listen on " + port + " within 30 s");
  }
}
