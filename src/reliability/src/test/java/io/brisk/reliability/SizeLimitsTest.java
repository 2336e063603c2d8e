package io.brisk.reliability;

import static io.brisk.reliability.Category.LIMITS;

import io.brisk.server.RawHttp;
import io.brisk.testing.BriskServerExtension;
import java.io.IOException;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class SizeLimitsTest {
  @RegisterExtension
  static final BriskServerExtension server = HostileServer.start();

  final Cases cases = new Cases(server::port);

  @Test
  void bodyOverTheLimitWithContentLength() throws Exception {
    cases.send(LIMITS, "Body over the limit, with Content-Length",
        "`POST /echo` declaring `Content-Length: 1000000` (limit 16 KiB)",
        "POST /echo HTTP/1.1\r\nHost: localhost\r\nContent-Length: 1000000\r\n\r\n" + "a".repeat(100))
        .problem(413).saying("larger than 16384 bytes").closed();
  }

  @Test
  void bodyOverTheLimitWithoutContentLength() throws Exception {
    String chunk = "a".repeat(4096);
    String fiveChunks = ("1000\r\n" + chunk + "\r\n").repeat(5);
    cases.send(LIMITS, "Body over the limit, chunked (no Content-Length)",
        "`POST /echo`, `Transfer-Encoding: chunked`, 20 KiB in 5 chunks",
        "POST /echo HTTP/1.1\r\nHost: localhost\r\nTransfer-Encoding: chunked\r\n\r\n" + fiveChunks + "0\r\n\r\n")
        .problem(413).saying("larger than 16384 bytes").closed();
  }

  @Test
  void chunkedBodyThatNeverEnds() throws Exception {
    RawHttp wire = new RawHttp(server.port());
    wire.send("POST /echo HTTP/1.1\r\nHost: localhost\r\nTransfer-Encoding: chunked\r\n\r\n");
    AtomicBoolean answered = new AtomicBoolean();
    Thread sender = Thread.ofVirtual().start(() -> {
      String chunk = "400\r\n" + "a".repeat(1024) + "\r\n";
      try {
        while (!answered.get()) {
          wire.send(chunk);
        }
      } catch (IOException closedByServer) {
        // the server has answered and closed: the endless body ends here
      }
    });
    try {
      cases.answered(LIMITS, "Chunked body that never ends", "`POST /echo`, 1 KiB chunks sent until the server answers",
          wire).problem(413).closed();
    } finally {
      answered.set(true);
      wire.close(); // also ends a send blocked on a full socket buffer
      sender.join();
    }
  }

  @Test
  void expectContinueWithABodyOverTheLimit() throws Exception {
    cases.send(LIMITS, "Expect: 100-continue with a body over the limit",
        "`POST /echo`, `Expect: 100-continue`, `Content-Length: 1000000`",
        "POST /echo HTTP/1.1\r\nHost: localhost\r\nExpect: 100-continue\r\nContent-Length: 1000000\r\n\r\n")
        .problem(413).closed();
  }

  @Test
  void unsupportedExpectation() throws Exception {
    cases.send(LIMITS, "Expectation the server cannot meet", "`POST /echo`, `Expect: teapot`",
        "POST /echo HTTP/1.1\r\nHost: localhost\r\nExpect: teapot\r\nContent-Length: 2\r\n\r\nhi")
        .problem(417).saying("'teapot' is not supported").kept();
  }

  @Test
  void headersTooLarge() throws Exception {
    cases.send(LIMITS, "Headers too large", "`GET /ok` with a 3 KiB header (limit 2 KiB)",
        "GET /ok HTTP/1.1\r\nHost: localhost\r\nX-Big: " + "b".repeat(3072) + "\r\n\r\n")
        .problem(431).saying("larger than 2048 bytes").closed();
  }

  @Test
  void tooManyHeaders() throws Exception {
    StringBuilder headers = new StringBuilder();
    for (int i = 0; i < 25; i++) {
      headers.append("X-H").append(i).append(": ").append(i).append("\r\n");
    }
    cases.send(LIMITS, "Too many header fields", "`GET /ok` with 26 header fields (limit 20)",
        "GET /ok HTTP/1.1\r\nHost: localhost\r\n" + headers + "\r\n")
        .problem(431).saying("more than 20 header fields").closed();
  }

  @Test
  void uriTooLong() throws Exception {
    cases.send(LIMITS, "URI too long", "`GET /items/aaa...` of 2 KiB (limit 1 KiB)",
        "GET /items/" + "a".repeat(2048) + " HTTP/1.1\r\nHost: localhost\r\n\r\n")
        .problem(414).saying("longer than 1024 bytes").closed();
  }
}
