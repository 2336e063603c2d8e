package io.brisk.server;

import static org.assertj.core.api.Assertions.assertThat;

import io.brisk.Brisk;
import io.brisk.annotation.Get;
import io.brisk.testing.BriskServerExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class MalformedRequestTest {
  public static class Api {
    @Get("/hello")
    public String hello() {
      return "hello";
    }

    @io.brisk.annotation.Post("/upload")
    public String upload(io.brisk.UploadedFile file) {
      return file.filename();
    }
  }

  @RegisterExtension
  static final BriskServerExtension server = BriskServerExtension.of(() -> Brisk.create().include(new Api()));

  @Test
  void answersAnUnparseableRequestLineWith400AndCloses() throws Exception {
    try (RawHttp raw = new RawHttp(server.port())) {
      RawHttp.Reply reply = raw.send("GET /hello HTTP/banana\r\nHost: x\r\n\r\n").read();

      assertThat(reply.status()).isEqualTo(400);
      assertThat(reply.header("Content-Type")).isEqualTo("application/problem+json");
      assertThat(reply.body()).contains("\"title\":\"Bad Request\"", "\"detail\":\"The request is not valid HTTP/1.1: ");
      assertThat(reply.header("Connection")).isEqualTo("close");
      assertThat(raw.closedByServer()).isTrue();
    }
  }

  @Test
  void answersAnInvalidHeaderLineWith400() throws Exception {
    try (RawHttp raw = new RawHttp(server.port())) {
      RawHttp.Reply reply = raw.send("GET /hello HTTP/1.1\r\nHost: x\r\nBad Header: y\r\n\r\n").read();

      assertThat(reply.status()).isEqualTo(400);
    }
  }

  @Test
  void refusesContentLengthBesideTransferEncodingAndNeverRunsTheSmuggledRequest() throws Exception {
    try (RawHttp raw = new RawHttp(server.port())) {
      RawHttp.Reply reply = raw.send("POST /hello HTTP/1.1\r\nHost: x\r\nContent-Length: 4\r\n"
          + "Transfer-Encoding: chunked\r\n\r\n0\r\n\r\nGET /hello HTTP/1.1\r\nHost: x\r\n\r\n").read();

      assertThat(reply.status()).isEqualTo(400);
      assertThat(reply.body()).contains(
          "\"detail\":\"The request has both Content-Length and Transfer-Encoding\"");
      assertThat(reply.header("Connection")).isEqualTo("close");
      assertThat(raw.closedByServer()).isTrue();
    }
  }

  @Test
  void refusesATransferEncodingWhoseLastCodingIsNotChunked() throws Exception {
    try (RawHttp raw = new RawHttp(server.port())) {
      RawHttp.Reply reply = raw.send("POST /hello HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked, identity\r\n\r\n"
          + "0\r\n\r\n").read();

      assertThat(reply.status()).isEqualTo(400);
      assertThat(raw.closedByServer()).isTrue();
    }
  }

  @Test
  void answersATargetThatIsNotAPathWith400() throws Exception {
    try (RawHttp raw = new RawHttp(server.port())) {
      RawHttp.Reply reply = raw.send("GET hello HTTP/1.1\r\nHost: x\r\n\r\n").read();

      assertThat(reply.status()).isEqualTo(400);
      assertThat(reply.body()).contains("\"detail\":\"The request target must be a path starting with '/'\"");
    }
  }

  @Test
  void servesAnAbsoluteFormTargetByItsPath() throws Exception {
    try (RawHttp raw = new RawHttp(server.port())) {
      RawHttp.Reply reply = raw.send("GET http://example.com/hello HTTP/1.1\r\nHost: example.com\r\n\r\n").read();

      assertThat(reply.body()).isEqualTo("hello");
    }
  }

  /** Found by fuzzing: the connection was closed without an answer. */
  @Test
  void answersAMultipartTypeWithAMalformedBoundaryWith400AndCloses() throws Exception {
    try (RawHttp raw = new RawHttp(server.port())) {
      RawHttp.Reply reply = raw.send("POST /hello HTTP/1.1\r\nHost: x\r\n"
          + "Content-Type: multipart/form-data; boundary\r\nContent-Length: 4\r\n\r\n--x\n").read();

      assertThat(reply.status()).isEqualTo(400);
      assertThat(reply.header("Content-Type")).isEqualTo("application/problem+json");
      assertThat(reply.body()).contains("\"detail\":\"The request is not valid HTTP/1.1: the multipart body is not valid: ");
      assertThat(reply.header("Connection")).isEqualTo("close");
      assertThat(raw.closedByServer()).isTrue();
    }
  }

  /** Found by fuzzing: a NUL in the query reached a redirect's Location header, and the answer was a 500. */
  @Test
  void answersAControlCharacterInTheTargetWith400() throws Exception {
    try (RawHttp raw = new RawHttp(server.port())) {
      RawHttp.Reply reply = raw.send("GET /hello/?q=a\u0000b HTTP/1.1\r\nHost: x\r\n\r\n").read();

      assertThat(reply.status()).isEqualTo(400);
      assertThat(reply.header("Content-Type")).isEqualTo("application/problem+json");
      assertThat(reply.body()).contains("\"detail\":\"The request target contains a control character\"");
      assertThat(raw.send("GET /hello HTTP/1.1\r\nHost: x\r\n\r\n").read().body()).isEqualTo("hello");
    }
  }

  /** Found by fuzzing: the upload was treated as complete and answered 422, on a connection left open. */
  @Test
  void answersAMultipartBodyWithABadChunkWith400AndCloses() throws Exception {
    try (RawHttp raw = new RawHttp(server.port())) {
      RawHttp.Reply reply = raw.send("POST /upload HTTP/1.1\r\nHost: x\r\n"
          + "Content-Type: multipart/form-data; boundary=b\r\nTransfer-Encoding: chunked\r\n\r\n"
          + "4\r\n--b\r\n\r\n*\r\nxx\r\n").read();

      assertThat(reply.status()).isEqualTo(400);
      assertThat(reply.header("Content-Type")).isEqualTo("application/problem+json");
      assertThat(reply.header("Connection")).isEqualTo("close");
      assertThat(raw.closedByServer()).isTrue();
    }
  }

  /** Found by fuzzing: a part longer than its own Content-Length was a 507, as if storage had failed. */
  @Test
  void answersAPartLongerThanItsContentLengthWith400() throws Exception {
    String body = "--b\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.txt\"\r\n"
        + "Content-Length: 3\r\n\r\nmuch longer than three bytes\r\n--b--\r\n";
    try (RawHttp raw = new RawHttp(server.port())) {
      RawHttp.Reply reply = raw.send("POST /upload HTTP/1.1\r\nHost: x\r\n"
          + "Content-Type: multipart/form-data; boundary=b\r\nContent-Length: " + body.length() + "\r\n\r\n"
          + body).read();

      assertThat(reply.status()).isEqualTo(400);
      assertThat(reply.header("Content-Type")).isEqualTo("application/problem+json");
      assertThat(reply.body()).contains("a part is longer than its Content-Length");
    }
  }
}
