package io.brisk.server;

import static org.assertj.core.api.Assertions.assertThat;

import io.brisk.Brisk;
import io.brisk.annotation.Get;
import io.brisk.annotation.Post;
import io.brisk.testing.BriskServerExtension;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class LimitsTest {
  public static class Api {
    @Post("/upload")
    public String upload(io.brisk.Request request) {
      return request.body().length + " bytes";
    }

    @Get("/hello")
    public String hello() {
      return "hello";
    }
  }

  @RegisterExtension
  static final BriskServerExtension server = BriskServerExtension.of(() -> {
    Brisk app = Brisk.create().include(new Api());
    app.options().maxBodySize(1024).maxUriLength(256).maxHeaderSize(512).maxHeaderCount(5);
    return app;
  });

  @Test
  void acceptsABodyAtTheLimit() throws Exception {
    try (HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build()) {
      HttpResponse<String> r = http.send(HttpRequest.newBuilder(server.uri("/upload"))
          .POST(HttpRequest.BodyPublishers.ofByteArray(new byte[1024])).build(), HttpResponse.BodyHandlers.ofString());

      assertThat(r.statusCode()).isEqualTo(200);
      assertThat(r.body()).isEqualTo("1024 bytes");
    }
  }

  @Test
  void answersABodyOverTheLimitWith413Problem() throws Exception {
    try (RawHttp raw = new RawHttp(server.port())) {
      RawHttp.Reply reply = raw.send("POST /upload HTTP/1.1\r\nHost: x\r\nContent-Length: 1025\r\n\r\n"
          + "a".repeat(1025)).read();

      assertThat(reply.status()).isEqualTo(413);
      assertThat(reply.header("Content-Type")).isEqualTo("application/problem+json");
      assertThat(reply.body()).isEqualTo("{\"type\":\"about:blank\",\"title\":\"Content Too Large\",\"status\":413,"
          + "\"detail\":\"The request body is too large: it is larger than 1024 bytes\",\"instance\":\"/upload\"}");
      assertThat(reply.header("Connection")).isEqualTo("close");
      assertThat(raw.closedByServer()).isTrue();
    }
  }

  @Test
  void keepsReadingARefusedBodyAfterThe413SoTheClientIsNotReset() throws Exception {
    try (RawHttp raw = new RawHttp(server.port())) {
      RawHttp.Reply reply = raw.send("POST /upload HTTP/1.1\r\nHost: x\r\nContent-Length: 1048576\r\n\r\n"
          + "a".repeat(2048)).read();
      assertThat(reply.status()).isEqualTo(413);
      assertThat(raw.closedByServer()).as("the server ended its side after the 413").isTrue();

      // The client, not yet aware, sends the rest of its body. A server that had closed its socket
      // would answer with a reset and these writes would fail; a lingering one reads and drops them.
      byte[] chunk = new byte[16 * 1024];
      for (int sent = 2048; sent < 1048576; sent += chunk.length) {
        raw.send(chunk);
      }
    }
  }

  @Test
  void answersAChunkedBodyOverTheLimitWith413() throws Exception {
    String chunk = "a".repeat(600);
    try (RawHttp raw = new RawHttp(server.port())) {
      RawHttp.Reply reply = raw.send("POST /upload HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n"
          + "258\r\n" + chunk + "\r\n258\r\n" + chunk + "\r\n0\r\n\r\n").read();

      assertThat(reply.status()).isEqualTo(413);
      assertThat(reply.body()).contains("\"detail\":\"The request body is too large: it is larger than 1024 bytes\"");
    }
  }

  @Test
  void answersARequestLineOverTheLimitWith414() throws Exception {
    try (RawHttp raw = new RawHttp(server.port())) {
      RawHttp.Reply reply = raw.send("GET /" + "a".repeat(300) + " HTTP/1.1\r\nHost: x\r\n\r\n").read();

      assertThat(reply.status()).isEqualTo(414);
      assertThat(reply.header("Content-Type")).isEqualTo("application/problem+json");
      assertThat(reply.body()).contains("\"type\":\"about:blank\",\"title\":\"URI Too Long\",\"status\":414,"
          + "\"detail\":\"The request line is longer than 256 bytes\"");
      assertThat(raw.closedByServer()).isTrue();
    }
  }

  @Test
  void answersHeadersOverTheLimitWith431() throws Exception {
    try (RawHttp raw = new RawHttp(server.port())) {
      RawHttp.Reply reply = raw.send("GET /hello HTTP/1.1\r\nHost: x\r\nX-Big: " + "b".repeat(600) + "\r\n\r\n").read();

      assertThat(reply.status()).isEqualTo(431);
      assertThat(reply.body()).contains("\"title\":\"Request Header Fields Too Large\"",
          "\"detail\":\"The request headers are larger than 512 bytes\"");
      assertThat(raw.closedByServer()).isTrue();
    }
  }

  @Test
  void answersMoreHeaderFieldsThanTheLimitWith431() throws Exception {
    try (RawHttp raw = new RawHttp(server.port())) {
      RawHttp.Reply reply = raw.send("GET /hello HTTP/1.1\r\nHost: x\r\nA: 1\r\nB: 2\r\nC: 3\r\nD: 4\r\nE: 5\r\n\r\n")
          .read();

      assertThat(reply.status()).isEqualTo(431);
      assertThat(reply.body()).contains("\"detail\":\"The request has more than 5 header fields\"");
      assertThat(raw.closedByServer()).isTrue();
    }
  }

  @Test
  void acceptsHeaderFieldsUpToTheLimit() throws Exception {
    try (RawHttp raw = new RawHttp(server.port())) {
      assertThat(raw.send("GET /hello HTTP/1.1\r\nHost: x\r\nA: 1\r\nB: 2\r\nC: 3\r\nD: 4\r\n\r\n").read().status())
          .isEqualTo(200);
    }
  }

  @Test
  void keepsServingOtherConnectionsAfterALimitIsHit() throws Exception {
    try (RawHttp raw = new RawHttp(server.port())) {
      raw.send("GET /" + "a".repeat(300) + " HTTP/1.1\r\n\r\n").read();
    }
    try (RawHttp raw = new RawHttp(server.port())) {
      assertThat(raw.send("GET /hello HTTP/1.1\r\nHost: x\r\n\r\n").read().body()).isEqualTo("hello");
    }
  }
}
