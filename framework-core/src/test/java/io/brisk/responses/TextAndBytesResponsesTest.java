package io.brisk.responses;

import static org.assertj.core.api.Assertions.assertThat;

import io.brisk.Brisk;
import io.brisk.annotation.Get;
import io.brisk.annotation.Produces;
import io.brisk.testing.TestClient;
import io.brisk.testing.TestResponse;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

class TextAndBytesResponsesTest {
  public static class Api {
    @Get("/text")
    public String text() {
      return "Grüße, 世界";
    }

    @Get("/html")
    @Produces("text/html; charset=utf-8")
    public String html() {
      return "<p>hi</p>";
    }

    @Get("/bytes")
    public byte[] bytes() {
      return new byte[] {0, 1, 2, (byte) 255};
    }

    @Get("/png")
    @Produces("image/png")
    public byte[] png() {
      return new byte[] {(byte) 0x89, 'P', 'N', 'G'};
    }

    @Get("/builder")
    public StringBuilder builder() {
      return new StringBuilder("built");
    }
  }

  private static final TestClient client = TestClient.of(Brisk.create().include(new Api()));

  @AfterAll
  static void close() {
    client.close();
  }

  @Test
  void writesAStringAsUtf8PlainText() {
    TestResponse r = client.get("/text").send();

    assertThat(r.header("Content-Type")).hasValue("text/plain; charset=utf-8");
    assertThat(r.text()).isEqualTo("Grüße, 世界");
    assertThat(r.header("Content-Length")).hasValue("15");
  }

  @Test
  void writesAnyCharSequenceAsText() {
    assertThat(client.get("/builder").send().text()).isEqualTo("built");
  }

  @Test
  void usesTheDeclaredContentTypeForText() {
    TestResponse r = client.get("/html").send();

    assertThat(r.header("Content-Type")).hasValue("text/html; charset=utf-8");
    assertThat(r.text()).isEqualTo("<p>hi</p>");
  }

  @Test
  void writesBytesAsAnOctetStream() {
    TestResponse r = client.get("/bytes").send();

    assertThat(r.header("Content-Type")).hasValue("application/octet-stream");
    assertThat(r.bytes()).containsExactly(0, 1, 2, 255);
    assertThat(r.header("Content-Length")).hasValue("4");
  }

  @Test
  void usesTheDeclaredContentTypeForBytes() {
    TestResponse r = client.get("/png").send();

    assertThat(r.header("Content-Type")).hasValue("image/png");
    assertThat(r.bytes()).containsExactly(0x89, 'P', 'N', 'G');
  }
}
