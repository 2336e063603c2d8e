package io.brisk.responses;

import static org.assertj.core.api.Assertions.assertThat;

import io.brisk.Brisk;
import io.brisk.annotation.Get;
import io.brisk.annotation.Produces;
import io.brisk.testing.TestClient;
import io.brisk.testing.TestResponse;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StreamedResponsesTest {
  @TempDir
  static Path dir;

  /** 100 KB, more than one chunk. */
  static final byte[] LARGE = new byte[100 * 1024];

  static {
    for (int i = 0; i < LARGE.length; i++) {
      LARGE[i] = (byte) (i % 251);
    }
  }

  public static class Api {
    final CountDownLatch closed = new CountDownLatch(1);

    @Get("/stream")
    public InputStream stream() {
      return new ByteArrayInputStream(LARGE) {
        @Override
        public void close() throws IOException {
          closed.countDown();
          super.close();
        }
      };
    }

    @Get("/csv")
    @Produces("text/csv; charset=utf-8")
    public InputStream csv() {
      return new ByteArrayInputStream("a,b\n1,2\n".getBytes(StandardCharsets.UTF_8));
    }

    @Get("/files/{name}")
    public Path file(String name) {
      return dir.resolve(name);
    }
  }

  private static final Api api = new Api();
  private static final TestClient client = TestClient.of(Brisk.create().include(api));

  @AfterAll
  static void close() {
    client.close();
  }

  @Test
  void streamsAnInputStreamAsAnOctetStreamAndClosesIt() throws InterruptedException {
    TestResponse r = client.get("/stream").send();

    assertThat(r.status()).isEqualTo(200);
    assertThat(r.header("Content-Type")).hasValue("application/octet-stream");
    assertThat(Arrays.equals(r.bytes(), LARGE)).isTrue();
    // Closed once the last chunk is written, which may be just after the client has it.
    assertThat(api.closed.await(10, TimeUnit.SECONDS)).isTrue();
  }

  @Test
  void usesTheDeclaredContentTypeForAStream() {
    TestResponse r = client.get("/csv").send();

    assertThat(r.header("Content-Type")).hasValue("text/csv; charset=utf-8");
    assertThat(r.text()).isEqualTo("a,b\n1,2\n");
  }

  @Test
  void streamsAFileWithItsLengthAndAContentTypeFromItsExtension() throws IOException {
    Files.write(dir.resolve("data.json"), LARGE);

    TestResponse r = client.get("/files/data.json").send();

    assertThat(r.status()).isEqualTo(200);
    assertThat(r.header("Content-Type")).hasValue("application/json");
    assertThat(r.header("Content-Length")).hasValue(String.valueOf(LARGE.length));
    assertThat(Arrays.equals(r.bytes(), LARGE)).isTrue();
  }

  @Test
  void guessesCommonWebContentTypes() throws IOException {
    Files.writeString(dir.resolve("page.html"), "<h1>hi</h1>");
    Files.writeString(dir.resolve("notes.unknown"), "?");

    assertThat(client.get("/files/page.html").send().header("Content-Type")).hasValue("text/html; charset=utf-8");
    assertThat(client.get("/files/notes.unknown").send().header("Content-Type")).hasValue("application/octet-stream");
  }

  @Test
  void answersAMissingFileWith404() {
    TestResponse r = client.get("/files/missing.txt").send();

    assertThat(r.status()).isEqualTo(404);
    assertThat(r.json().get("detail").asText()).isEqualTo("The requested file does not exist");
  }

  @Test
  void answersHeadForAFileWithItsLengthButNoBody() throws IOException {
    Files.writeString(dir.resolve("small.txt"), "twelve bytes");

    TestResponse r = client.head("/files/small.txt").send();

    assertThat(r.status()).isEqualTo(200);
    assertThat(r.header("Content-Length")).hasValue("12");
    assertThat(r.bytes()).isEmpty();
  }
}
