package io.brisk.server;

import static org.assertj.core.api.Assertions.assertThat;

import io.brisk.Brisk;
import io.brisk.annotation.Get;
import io.brisk.annotation.Post;
import io.brisk.testing.BriskServerExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** {@code Expect} headers: answered in order, as problems, like every other error. */
class ExpectationsTest {
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
    app.options().maxBodySize(1024);
    return app;
  });

  @Test
  void continuesAnExpectedBodyWithinTheLimit() throws Exception {
    try (RawHttp raw = new RawHttp(server.port())) {
      raw.send("POST /upload HTTP/1.1\r\nHost: x\r\nContent-Length: 3\r\nExpect: 100-continue\r\n\r\n");
      assertThat(raw.read().status()).isEqualTo(100);
      RawHttp.Reply reply = raw.send("abc").read();

      assertThat(reply.status()).isEqualTo(200);
      assertThat(reply.body()).isEqualTo("3 bytes");
    }
  }

  /** Found by fuzzing: Netty's own bare 417 had no problem body and no request id. */
  @Test
  void answersAnUnknownExpectationWith417ProblemAndKeepsTheConnection() throws Exception {
    try (RawHttp raw = new RawHttp(server.port())) {
      RawHttp.Reply reply = raw.send("POST /upload HTTP/1.1\r\nHost: x\r\nContent-Length: 3\r\n"
          + "Expect: 101-continue\r\n\r\nabc").read();

      assertThat(reply.status()).isEqualTo(417);
      assertThat(reply.header("Content-Type")).isEqualTo("application/problem+json");
      assertThat(reply.header("X-Request-Id")).isNotBlank();
      assertThat(reply.body()).isEqualTo("{\"type\":\"about:blank\",\"title\":\"Expectation Failed\",\"status\":417,"
          + "\"detail\":\"The expectation '101-continue' is not supported; the only one supported is 100-continue\","
          + "\"instance\":\"/upload\"}");
      assertThat(raw.send("GET /hello HTTP/1.1\r\nHost: x\r\n\r\n").read().body()).isEqualTo("hello");
    }
  }

  @Test
  void answersAnExpectedBodyOverTheLimitWith413ProblemInsteadOfContinuing() throws Exception {
    try (RawHttp raw = new RawHttp(server.port())) {
      RawHttp.Reply reply = raw.send("POST /upload HTTP/1.1\r\nHost: x\r\nContent-Length: 1025\r\n"
          + "Expect: 100-continue\r\n\r\n").read();

      assertThat(reply.status()).isEqualTo(413);
      assertThat(reply.header("Content-Type")).isEqualTo("application/problem+json");
      assertThat(reply.body()).contains("\"status\":413");
      assertThat(reply.header("Connection")).isEqualTo("close");
      assertThat(raw.closedByServer()).isTrue();
    }
  }

  /** Found by fuzzing: parsing the malformed length threw, and the connection closed without an answer. */
  @Test
  void answersAnUnparsableLengthWithAnExpectationWith400ProblemAndCloses() throws Exception {
    try (RawHttp raw = new RawHttp(server.port())) {
      RawHttp.Reply reply = raw.send("POST /upload HTTP/1.1\r\nHost: x\r\nExpect: 100-continue\r\n"
          + "Content-Length: (3\r\n\r\nabc").read();

      assertThat(reply.status()).isEqualTo(400);
      assertThat(reply.header("Content-Type")).isEqualTo("application/problem+json");
      assertThat(reply.header("Connection")).isEqualTo("close");
      assertThat(raw.closedByServer()).isTrue();
    }
  }
}
