package io.brisk.reliability;

import static io.brisk.reliability.Category.HEADERS;
import static org.assertj.core.api.Assertions.assertThat;

import io.brisk.testing.BriskServerExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class HeaderSyntaxTest {
  @RegisterExtension
  static final BriskServerExtension server = HostileServer.start();

  final Cases cases = new Cases(server::port);

  @Test
  void headerLineWithoutAColon() throws Exception {
    cases.send(HEADERS, "Header line without a colon", "`Bad Header`",
        "GET /ok HTTP/1.1\r\nHost: localhost\r\nBad Header\r\n\r\n").problem(400).closed();
  }

  @Test
  void whitespaceBeforeTheColon() throws Exception {
    cases.send(HEADERS, "Whitespace between name and colon", "`X-Name : a`",
        "GET /ok HTTP/1.1\r\nHost: localhost\r\nX-Name : a\r\n\r\n").problem(400).closed();
  }

  @Test
  void obsoleteLineFolding() throws Exception {
    // RFC 9112 5.2 lets a server either refuse obs-fold or replace it with a space; Netty unfolds.
    Answer answer = cases.send(HEADERS, "Obsolete line folding (unfolded to one value)",
        "`X-Name: a` continued on a line starting with a space",
        "GET /greet HTTP/1.1\r\nHost: localhost\r\nX-Name: a\r\n b\r\n\r\n");
    assertThat(answer.status()).isEqualTo(200);
    assertThat(answer.reply.body()).isEqualTo("hello a b");
    answer.kept();
  }

  @Test
  void nulInAHeaderValue() throws Exception {
    cases.send(HEADERS, "NUL byte in a header value", "`X-Name: a<NUL>b`",
        "GET /ok HTTP/1.1\r\nHost: localhost\r\nX-Name: a\u0000b\r\n\r\n").problem(400).closed();
  }

  @Test
  void bareCarriageReturnInAHeaderValue() throws Exception {
    cases.send(HEADERS, "Bare CR inside a header value", "`X-Name: a<CR>b`",
        "GET /ok HTTP/1.1\r\nHost: localhost\r\nX-Name: a\rb\r\n\r\n").problem(400).closed();
  }

  @Test
  void bareLineFeeds() throws Exception {
    cases.send(HEADERS, "Lines ended by LF alone", "`GET /ok HTTP/1.1<LF>Host: localhost<LF><LF>`",
        "GET /ok HTTP/1.1\nHost: localhost\n\n").problem(400).closed();
  }

  @Test
  void nonAsciiInAHeaderName() throws Exception {
    cases.send(HEADERS, "Non-ASCII byte in a header name", "`X-Näme: a` (byte 0xE4)",
        "GET /ok HTTP/1.1\r\nHost: localhost\r\nX-N\u00e4me: a\r\n\r\n").problem(400).closed();
  }

  @Test
  void emptyHeaderName() throws Exception {
    cases.send(HEADERS, "Empty header name", "`: a`",
        "GET /ok HTTP/1.1\r\nHost: localhost\r\n: a\r\n\r\n").problem(400).closed();
  }
}
