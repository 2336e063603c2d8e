package io.brisk.reliability;

import static io.brisk.reliability.Category.ENCODING;
import static org.assertj.core.api.Assertions.assertThat;

import io.brisk.testing.BriskServerExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class EncodingTest {
  @RegisterExtension
  static final BriskServerExtension server = HostileServer.start();

  final Cases cases = new Cases(server::port);

  private Answer get(String name, String target) throws Exception {
    return cases.send(ENCODING, name, "`GET " + target + "`", "GET " + target + " HTTP/1.1\r\nHost: localhost\r\n\r\n");
  }

  @Test
  void invalidPercentEncodingInThePath() throws Exception {
    get("Invalid percent-encoding in the path", "/items/%zz").problem(400).kept();
  }

  @Test
  void truncatedPercentEncodingInThePath() throws Exception {
    get("Truncated percent-encoding in the path", "/items/abc%4").problem(400).kept();
  }

  @Test
  void badUtf8InThePath() throws Exception {
    get("Bad UTF-8 in the path", "/items/%C3%28").problem(400).kept();
  }

  @Test
  void overlongUtf8InThePath() throws Exception {
    get("Overlong UTF-8 for '/' in the path", "/items/%C0%AF").problem(400).kept();
  }

  @Test
  void rawNonAsciiInThePath() throws Exception {
    cases.send(ENCODING, "Raw non-ASCII byte in the path", "`GET /items/\u00ff` (byte 0xFF, not encoded)",
        "GET /items/\u00ff HTTP/1.1\r\nHost: localhost\r\n\r\n").problem(400);
  }

  @Test
  void encodedNulInThePath() throws Exception {
    get("Encoded NUL in the path", "/items/a%00b").problem(400).kept();
  }

  @Test
  void invalidPercentEncodingInTheQuery() throws Exception {
    get("Invalid percent-encoding in the query", "/search?q=%zz").problem(400).kept();
  }

  @Test
  void badUtf8InTheQuery() throws Exception {
    get("Bad UTF-8 in the query", "/search?q=%C3%28").problem(400).kept();
  }

  @Test
  void nonUtf8BytesInAHeaderValue() throws Exception {
    // RFC 9110 5.5: bytes above 0x7F in a field value are opaque; they are read as ISO-8859-1.
    Answer answer = cases.send(ENCODING, "Bytes that are not UTF-8 in a header value", "`X-Name: \u00c3(` (bytes 0xC3 0x28)",
        "GET /greet HTTP/1.1\r\nHost: localhost\r\nX-Name: \u00c3(\r\n\r\n");
    assertThat(answer.status()).isEqualTo(200);
    assertThat(answer.reply.body()).isEqualTo("hello \u00c3(");
    answer.kept();
  }
}
