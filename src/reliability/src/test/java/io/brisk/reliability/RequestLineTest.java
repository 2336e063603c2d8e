package io.brisk.reliability;

import static io.brisk.reliability.Category.REQUEST_LINE;

import io.brisk.testing.BriskServerExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class RequestLineTest {
  @RegisterExtension
  static final BriskServerExtension server = HostileServer.start();

  final Cases cases = new Cases(server::port);

  @Test
  void garbageInsteadOfARequestLine() throws Exception {
    cases.send(REQUEST_LINE, "Garbage instead of a request line", "`HELLO` and an empty line",
        "HELLO\r\n\r\n").problem(400).closed();
  }

  @Test
  void unknownProtocolVersion() throws Exception {
    cases.send(REQUEST_LINE, "Malformed protocol version", "`GET /ok HTTP/banana`",
        "GET /ok HTTP/banana\r\nHost: localhost\r\n\r\n").problem(400).closed();
  }

  @Test
  void requestLineWithoutAVersion() throws Exception {
    cases.send(REQUEST_LINE, "Request line without a version (HTTP/0.9 style)", "`GET /ok`",
        "GET /ok\r\n\r\n").problem(400).closed();
  }

  @Test
  void requestLineWithExtraParts() throws Exception {
    cases.send(REQUEST_LINE, "Request line with a space in the target", "`GET /o k HTTP/1.1`",
        "GET /o k HTTP/1.1\r\nHost: localhost\r\n\r\n").problem(400).closed();
  }

  @Test
  void unknownMethod() throws Exception {
    cases.send(REQUEST_LINE, "Unknown method", "`BREW /ok HTTP/1.1`",
        "BREW /ok HTTP/1.1\r\nHost: localhost\r\n\r\n").problem(501).saying("BREW is not supported").kept();
  }

  @Test
  void lowerCaseMethod() throws Exception {
    cases.send(REQUEST_LINE, "Method in lower case (methods are case-sensitive)", "`get /ok HTTP/1.1`",
        "get /ok HTTP/1.1\r\nHost: localhost\r\n\r\n").problem(501).kept();
  }

  @Test
  void methodWithCharactersNotAllowedInAToken() throws Exception {
    cases.send(REQUEST_LINE, "Method with characters outside the token grammar", "`G(E)T /ok HTTP/1.1`",
        "G(E)T /ok HTTP/1.1\r\nHost: localhost\r\n\r\n").problem(400).closed();
  }

  @Test
  void connectMethod() throws Exception {
    cases.send(REQUEST_LINE, "CONNECT (no proxying here)", "`CONNECT example.com:443 HTTP/1.1`",
        "CONNECT example.com:443 HTTP/1.1\r\nHost: localhost\r\n\r\n").problem(400).saying("must be a path").kept();
  }

  @Test
  void targetThatIsNotAPath() throws Exception {
    cases.send(REQUEST_LINE, "Target that is not a path", "`GET ok HTTP/1.1`",
        "GET ok HTTP/1.1\r\nHost: localhost\r\n\r\n").problem(400).saying("must be a path").kept();
  }

  @Test
  void asteriskTargetForGet() throws Exception {
    cases.send(REQUEST_LINE, "Asterisk target outside OPTIONS", "`GET * HTTP/1.1`",
        "GET * HTTP/1.1\r\nHost: localhost\r\n\r\n").problem(400).kept();
  }

  @Test
  void controlCharacterInTheTarget() throws Exception {
    cases.send(REQUEST_LINE, "Control character in the target", "`GET /o<DEL>k HTTP/1.1` (byte 0x7F)",
        "GET /o\u007Fk HTTP/1.1\r\nHost: localhost\r\n\r\n").problem(400).saying("control character").kept();
  }
}
