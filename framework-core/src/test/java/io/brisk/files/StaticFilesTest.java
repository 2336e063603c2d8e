package io.brisk.files;

import static org.assertj.core.api.Assertions.assertThat;

import io.brisk.Brisk;
import io.brisk.StaticFiles;
import io.brisk.annotation.Get;
import io.brisk.testing.TestClient;
import io.brisk.testing.TestResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class StaticFilesTest {
  @TempDir Path dir;
  Path root;

  public static final class Download {
    private final Path file;

    Download(Path file) {
      this.file = file;
    }

    @Get("/download")
    public Path download() {
      return file;
    }
  }

  @BeforeEach
  void files() throws Exception {
    root = Files.createDirectories(dir.resolve("public"));
    Files.writeString(root.resolve("index.html"), "<h1>home</h1>");
    Files.writeString(root.resolve("hello.txt"), "0123456789");
    Files.createDirectories(root.resolve("docs"));
    Files.writeString(root.resolve("docs/index.html"), "<h1>docs</h1>");
    Files.writeString(dir.resolve("secret.txt"), "top secret");
    Files.createSymbolicLink(root.resolve("link"), dir);
  }

  private Brisk app() {
    return Brisk.create()
        .include(StaticFiles.directory(root).at("/static"))
        .include(StaticFiles.classpath("web").spaFallback(true).at("/app"))
        .include(new Download(root.resolve("hello.txt")));
  }

  @Test
  void servesFilesWithContentTypesAndCachingHeaders() {
    try (TestClient client = TestClient.of(app())) {
      TestResponse r = client.get("/static/hello.txt").send();
      assertThat(r.status()).isEqualTo(200);
      assertThat(r.text()).isEqualTo("0123456789");
      assertThat(r.header("content-type")).contains("text/plain; charset=utf-8");
      assertThat(r.header("cache-control")).contains("public, max-age=3600");
      assertThat(r.header("etag")).isPresent();
      assertThat(r.header("last-modified")).isPresent();
      TestResponse index = client.get("/static/").send();
      assertThat(index.text()).isEqualTo("<h1>home</h1>");
      assertThat(index.header("cache-control")).contains("no-cache");
      assertThat(client.get("/static/docs/").send().text()).isEqualTo("<h1>docs</h1>");
      assertThat(client.get("/static/docs").send().text()).isEqualTo("<h1>docs</h1>");
      assertThat(client.get("/static/missing.txt").send().status()).isEqualTo(404);
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "/static/../secret.txt", "/static/%2e%2e/secret.txt", "/static/%2E%2E%2Fsecret.txt",
      "/static/%252e%252e/secret.txt", "/static/..%5csecret.txt", "/static/link/secret.txt",
      "/static/docs/../../secret.txt", "/static/%00secret.txt"})
  void neverLeavesTheRoot(String target) {
    try (TestClient client = TestClient.of(app())) {
      TestResponse r = client.get(target).send();
      assertThat(r.status()).isIn(400, 404);
      assertThat(r.text()).doesNotContain("top secret");
    }
  }

  @Test
  void answersConditionalRequestsWith304() {
    try (TestClient client = TestClient.of(app())) {
      String etag = client.get("/download").send().header("etag").orElseThrow();
      String lastModified = client.get("/download").send().header("last-modified").orElseThrow();
      TestResponse byTag = client.get("/download").header("If-None-Match", etag).send();
      assertThat(byTag.status()).isEqualTo(304);
      assertThat(byTag.text()).isEmpty();
      assertThat(client.get("/download").header("If-Modified-Since", lastModified).send().status()).isEqualTo(304);
      assertThat(client.get("/download").header("If-None-Match", "\"other\"").send().status()).isEqualTo(200);
    }
  }

  @Test
  void servesByteRangesWith206And416() {
    try (TestClient client = TestClient.of(app())) {
      TestResponse part = client.get("/download").header("Range", "bytes=2-5").send();
      assertThat(part.status()).isEqualTo(206);
      assertThat(part.text()).isEqualTo("2345");
      assertThat(part.header("content-range")).contains("bytes 2-5/10");
      assertThat(client.get("/download").header("Range", "bytes=-3").send().text()).isEqualTo("789");
      assertThat(client.get("/download").header("Range", "bytes=7-").send().text()).isEqualTo("789");
      TestResponse beyond = client.get("/download").header("Range", "bytes=50-60").send();
      assertThat(beyond.status()).isEqualTo(416);
      assertThat(beyond.header("content-range")).contains("bytes */10");
      TestResponse stale = client.get("/download").header("Range", "bytes=2-5").header("If-Range", "\"old\"").send();
      assertThat(stale.status()).isEqualTo(200);
      assertThat(stale.text()).isEqualTo("0123456789");
    }
  }

  @Test
  void servesClasspathFilesAndFallsBackToTheIndexForBrowserNavigations() {
    try (TestClient client = TestClient.of(app())) {
      TestResponse css = client.get("/app/app.css").send();
      assertThat(css.text()).isEqualTo("body{}\n");
      assertThat(css.header("content-type")).contains("text/css; charset=utf-8");
      TestResponse route = client.get("/app/orders/42").header("Accept", "text/html,application/xhtml+xml").send();
      assertThat(route.status()).isEqualTo(200);
      assertThat(route.text()).isEqualTo("<h1>app</h1>\n");
      assertThat(client.get("/app/orders/42").header("Accept", "application/json").send().status()).isEqualTo(404);
      assertThat(client.get("/app/missing.js").send().status()).isEqualTo(404);
    }
  }
}
