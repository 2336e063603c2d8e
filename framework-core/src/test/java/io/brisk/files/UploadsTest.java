package io.brisk.files;

import static org.assertj.core.api.Assertions.assertThat;

import io.brisk.BackgroundTasks;
import io.brisk.Brisk;
import io.brisk.UploadedFile;
import io.brisk.annotation.Form;
import io.brisk.annotation.Post;
import io.brisk.testing.TestClient;
import io.brisk.testing.TestResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UploadsTest {
  private static final String BOUNDARY = "----brisk-test-boundary";

  @TempDir Path uploads;
  Brisk app;
  int port;
  final CountDownLatch cleanedUp = new CountDownLatch(1);

  public final class Api {
    @Post("/upload")
    public Map<String, Object> upload(UploadedFile file, @Form String title, BackgroundTasks tasks) throws IOException {
      // Tasks run after the request's cleanup: this one marks the moment temporary files are gone.
      tasks.add(cleanedUp::countDown);
      return Map.of("title", title, "filename", file.filename(), "type", file.contentType(), "size", file.size(),
          "inMemory", file.inMemory(), "sha256", sha256(file.open()));
    }

    @Post("/many")
    public List<String> many(List<UploadedFile> files) {
      return files.stream().map(f -> f.filename() + ":" + f.size() + ":" + f.headers().get("content-type")).toList();
    }
  }

  @BeforeEach
  void start() {
    app = Brisk.create().include(new Api());
    app.options().host("127.0.0.1").shutdownHook(false).banner(false).uploadDirectory(uploads)
        .maxUploadSize(60L * 1024 * 1024).maxPartSize(55L * 1024 * 1024).maxParts(5);
    port = app.start(0);
  }

  @AfterEach
  void stop() {
    app.stop();
  }

  static String sha256(InputStream in) throws IOException {
    try (in) {
      MessageDigest d = MessageDigest.getInstance("SHA-256");
      byte[] buf = new byte[64 * 1024];
      for (int n; (n = in.read(buf)) > 0; ) {
        d.update(buf, 0, n);
      }
      return HexFormat.of().formatHex(d.digest());
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  static byte[] part(String name, String filename, String type, byte[] content) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    String head = "--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"" + name + "\""
        + (filename == null ? "" : "; filename=\"" + filename + "\"") + "\r\n"
        + (type == null ? "" : "Content-Type: " + type + "\r\n") + "\r\n";
    out.writeBytes(head.getBytes(StandardCharsets.UTF_8));
    out.writeBytes(content);
    out.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
    return out.toByteArray();
  }

  static byte[] end() {
    return ("--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.UTF_8);
  }

  static byte[] concat(byte[]... parts) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (byte[] p : parts) {
      out.writeBytes(p);
    }
    return out.toByteArray();
  }

  private HttpResponse<String> post(String path, HttpRequest.BodyPublisher body) throws Exception {
    try (HttpClient http = HttpClient.newHttpClient()) {
      return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
              .header("Content-Type", "multipart/form-data; boundary=" + BOUNDARY)
              .timeout(Duration.ofSeconds(60))
              .POST(body).build(),
          HttpResponse.BodyHandlers.ofString());
    }
  }

  @Test
  void readsAFileAndAFieldAndDeletesTheSpooledFileAfterTheResponse() throws Exception {
    byte[] content = new byte[100_000];
    new java.util.Random(1).nextBytes(content);
    HttpResponse<String> r = post("/upload", HttpRequest.BodyPublishers.ofByteArray(concat(
        part("title", null, null, "Quarterly report".getBytes(StandardCharsets.UTF_8)),
        part("file", "report.pdf", "application/pdf", content), end())));
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.body()).contains("\"filename\":\"report.pdf\"", "\"type\":\"application/pdf\"",
        "\"size\":100000", "\"inMemory\":false", "\"title\":\"Quarterly report\"",
        "\"sha256\":\"" + sha256(new java.io.ByteArrayInputStream(content)) + "\"");
    assertThat(cleanedUp.await(10, TimeUnit.SECONDS)).isTrue();
    try (Stream<Path> left = Files.list(uploads)) {
      assertThat(left).isEmpty();
    }
  }

  @Test
  void keepsSmallFilesInMemoryAndReadsSeveralFilesPerField() throws Exception {
    HttpResponse<String> r = post("/many", HttpRequest.BodyPublishers.ofByteArray(concat(
        part("files", "a.txt", "text/plain", "aaa".getBytes(StandardCharsets.UTF_8)),
        part("files", "b.txt", "text/plain", "bbbbb".getBytes(StandardCharsets.UTF_8)), end())));
    assertThat(r.body()).startsWith("[\"a.txt:3:text/plain").contains("\"b.txt:5:text/plain");
  }

  @Test
  void streamsA50MiBUploadToDiskWithoutHoldingItInTheHeap() throws Exception {
    long size = 50L * 1024 * 1024;
    System.gc();
    long before = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    InputStream body = new SequenceInputStream(java.util.Collections.enumeration(List.of(
        new java.io.ByteArrayInputStream(part("title", null, null, "big".getBytes(StandardCharsets.UTF_8))),
        new java.io.ByteArrayInputStream(("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"file\";"
            + " filename=\"big.bin\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8)),
        new Zeros(size),
        new java.io.ByteArrayInputStream(("\r\n--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.UTF_8)))));
    HttpResponse<String> r = post("/upload", HttpRequest.BodyPublishers.ofInputStream(() -> body));
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.body()).contains("\"size\":" + size, "\"inMemory\":false");
    System.gc();
    long after = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    assertThat(after - before).isLessThan(8L * 1024 * 1024);
  }

  @Test
  void rejectsUploadsOverTheLimitsWith413AndKeepsServing() throws Exception {
    byte[] tooMany = concat(part("f1", "1", null, new byte[1]), part("f2", "2", null, new byte[1]),
        part("f3", "3", null, new byte[1]), part("f4", "4", null, new byte[1]), part("f5", "5", null, new byte[1]),
        part("f6", "6", null, new byte[1]), end());
    HttpResponse<String> parts = post("/many", HttpRequest.BodyPublishers.ofByteArray(tooMany));
    assertThat(parts.statusCode()).isEqualTo(413);
    assertThat(parts.body()).contains("more than 5 parts");
    InputStream huge = new SequenceInputStream(new java.io.ByteArrayInputStream(("--" + BOUNDARY
        + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"x\"\r\n\r\n").getBytes(StandardCharsets.UTF_8)),
        new Zeros(56L * 1024 * 1024));
    HttpResponse<String> part = post("/upload", HttpRequest.BodyPublishers.ofInputStream(() -> huge));
    assertThat(part.statusCode()).isEqualTo(413);
    assertThat(part.headers().firstValue("content-type")).contains("application/problem+json");
    HttpResponse<String> ok = post("/many", HttpRequest.BodyPublishers.ofByteArray(concat(
        part("files", "a.txt", "text/plain", "a".getBytes(StandardCharsets.UTF_8)), end())));
    assertThat(ok.statusCode()).isEqualTo(200);
  }

  @Test
  void rejectsAFileRouteCalledWithoutMultipartWith415() {
    try (TestClient client = TestClient.of(Brisk.create().include(new Api()))) {
      TestResponse r = client.post("/many").json(List.of()).send();
      assertThat(r.status()).isEqualTo(415);
    }
  }

  @Test
  void answers507WhenTheUploadCannotBeStored() throws Exception {
    Brisk broken = Brisk.create().include(new Api());
    broken.options().host("127.0.0.1").shutdownHook(false).banner(false)
        .uploadDirectory(uploads.resolve("missing-folder"));
    int brokenPort = broken.start(0);
    try (HttpClient http = HttpClient.newHttpClient()) {
      HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + brokenPort + "/many"))
          .header("Content-Type", "multipart/form-data; boundary=" + BOUNDARY)
          .POST(HttpRequest.BodyPublishers.ofByteArray(concat(part("files", "a", null, new byte[50_000]), end())))
          .build(), HttpResponse.BodyHandlers.ofString());
      assertThat(r.statusCode()).isEqualTo(507);
      assertThat(r.body()).contains("cannot store the upload");
    } finally {
      broken.stop();
    }
  }

  /** An input stream of {@code size} zero bytes, without the bytes ever existing at once. */
  static final class Zeros extends InputStream {
    private long left;

    Zeros(long size) {
      this.left = size;
    }

    @Override
    public int read() {
      if (left == 0) {
        return -1;
      }
      left--;
      return 0;
    }

    @Override
    public int read(byte[] b, int off, int len) {
      if (left == 0) {
        return -1;
      }
      int n = (int) Math.min(len, left);
      java.util.Arrays.fill(b, off, off + n, (byte) 0);
      left -= n;
      return n;
    }
  }
}
