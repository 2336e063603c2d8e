package io.brisk.reliability;

import static io.brisk.reliability.Category.FRAMING;
import static org.assertj.core.api.Assertions.assertThat;

import io.brisk.testing.BriskServerExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Request smuggling: every ambiguous or broken framing is a 400 that closes the connection, and the
 * request hidden behind it (a {@code GET /smuggled}) never runs.
 */
class MessageFramingTest {
  private static final String SMUGGLED = "GET /smuggled HTTP/1.1\r\nHost: localhost\r\n\r\n";

  @RegisterExtension
  static final BriskServerExtension server = HostileServer.start();

  final Cases cases = new Cases(server::port);
  int runsBefore;

  @BeforeEach
  void countRuns() {
    runsBefore = HostileApp.SMUGGLED_RUNS.get();
  }

  @AfterEach
  void smuggledRequestNeverRan() {
    assertThat(HostileApp.SMUGGLED_RUNS.get()).as("runs of the smuggled request").isEqualTo(runsBefore);
  }

  private Answer smuggle(String name, String sent, String headers, String body) throws Exception {
    return cases.send(FRAMING, name, sent, "POST /echo HTTP/1.1\r\nHost: localhost\r\n" + headers + "\r\n" + body + SMUGGLED)
        .problem(400).closed();
  }

  @Test
  void contentLengthAndTransferEncoding() throws Exception {
    smuggle("Content-Length and Transfer-Encoding", "`Content-Length: 4` + `Transfer-Encoding: chunked`",
        "Content-Length: 4\r\nTransfer-Encoding: chunked\r\n", "0\r\n\r\n")
        .saying("both Content-Length and Transfer-Encoding");
  }

  @Test
  void transferEncodingAndContentLength() throws Exception {
    smuggle("Transfer-Encoding before Content-Length", "`Transfer-Encoding: chunked` + `Content-Length: 48`",
        "Transfer-Encoding: chunked\r\nContent-Length: 48\r\n", "0\r\n\r\n")
        .saying("both Content-Length and Transfer-Encoding");
  }

  @Test
  void twoDifferentContentLengths() throws Exception {
    smuggle("Two different Content-Length headers", "`Content-Length: 0` + `Content-Length: 44`",
        "Content-Length: 0\r\nContent-Length: 44\r\n", "");
  }

  @Test
  void twoEqualContentLengths() throws Exception {
    smuggle("Two equal Content-Length headers", "`Content-Length: 2` twice", "Content-Length: 2\r\nContent-Length: 2\r\n",
        "hi");
  }

  @Test
  void contentLengthList() throws Exception {
    smuggle("Content-Length as a list", "`Content-Length: 2, 2`", "Content-Length: 2, 2\r\n", "hi");
  }

  @Test
  void contentLengthNotANumber() throws Exception {
    smuggle("Content-Length not a number", "`Content-Length: 2x`", "Content-Length: 2x\r\n", "hi");
  }

  @Test
  void negativeContentLength() throws Exception {
    smuggle("Negative Content-Length", "`Content-Length: -1`", "Content-Length: -1\r\n", "");
  }

  @Test
  void contentLengthWithASign() throws Exception {
    smuggle("Content-Length with a plus sign", "`Content-Length: +2`", "Content-Length: +2\r\n", "hi");
  }

  @Test
  void chunkedNotTheLastCoding() throws Exception {
    smuggle("Transfer-Encoding whose last coding is not chunked", "`Transfer-Encoding: chunked, identity`",
        "Transfer-Encoding: chunked, identity\r\n", "0\r\n\r\n");
  }

  @Test
  void unknownTransferCoding() throws Exception {
    smuggle("Unknown transfer coding", "`Transfer-Encoding: xchunked`", "Transfer-Encoding: xchunked\r\n", "0\r\n\r\n");
  }

  @Test
  void transferEncodingInHttp10() throws Exception {
    cases.send(FRAMING, "Transfer-Encoding in an HTTP/1.0 request", "`POST /echo HTTP/1.0` + `Transfer-Encoding: chunked`",
        "POST /echo HTTP/1.0\r\nHost: localhost\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n" + SMUGGLED)
        .problem(400).closed();
  }

  @Test
  void chunkSizeNotHex() throws Exception {
    smuggle("Chunk size not hexadecimal", "`Transfer-Encoding: chunked`, chunk size `zz`",
        "Transfer-Encoding: chunked\r\n", "zz\r\nhi\r\n0\r\n\r\n");
  }

  @Test
  void chunkSizeOverflow() throws Exception {
    smuggle("Chunk size overflowing 64 bits", "chunk size `fffffffffffffffff1`",
        "Transfer-Encoding: chunked\r\n", "fffffffffffffffff1\r\nhi\r\n0\r\n\r\n");
  }

  @Test
  void chunkLongerThanDeclared() throws Exception {
    smuggle("Chunk longer than its size", "chunk size `2` followed by 5 bytes",
        "Transfer-Encoding: chunked\r\n", "2\r\nhello\r\n0\r\n\r\n");
  }
}
