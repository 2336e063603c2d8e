package io.brisk.reliability;

import static io.brisk.reliability.Category.CORS_AND_HOST;
import static org.assertj.core.api.Assertions.assertThat;

import io.brisk.testing.BriskServerExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The app allows the origin https://app.example.com and trusts the hosts localhost and 127.0.0.1. */
class CorsAndHostTest {
  @RegisterExtension
  static final BriskServerExtension server = HostileServer.start();

  final Cases cases = new Cases(server::port);

  private static String preflight(String origin, String method, String headers) {
    return "OPTIONS /items HTTP/1.1\r\nHost: localhost\r\nOrigin: " + origin + "\r\nAccess-Control-Request-Method: "
        + method + "\r\n" + (headers == null ? "" : "Access-Control-Request-Headers: " + headers + "\r\n") + "\r\n";
  }

  @Test
  void preflightFromAnOriginNotAllowed() throws Exception {
    Answer answer = cases.send(CORS_AND_HOST, "CORS preflight from an origin not allowed",
        "`OPTIONS /items` from `Origin: https://evil.example`", preflight("https://evil.example", "POST", null));
    answer.problem(400).kept();
    assertThat(answer.reply.header("Access-Control-Allow-Origin")).isNull();
  }

  @Test
  void preflightForAHeaderNotAllowed() throws Exception {
    Answer answer = cases.send(CORS_AND_HOST, "CORS preflight asking for a header not allowed",
        "allowed origin, `Access-Control-Request-Headers: X-Admin`",
        preflight(HostileApp.ALLOWED_ORIGIN, "POST", "X-Admin"));
    answer.problem(400).kept();
    assertThat(answer.reply.header("Access-Control-Allow-Origin")).isNull();
  }

  @Test
  void untrustedHost() throws Exception {
    cases.send(CORS_AND_HOST, "Host not trusted", "`Host: evil.example`",
        "GET /ok HTTP/1.1\r\nHost: evil.example\r\n\r\n").problem(400).saying("Invalid host header").kept();
  }

  @Test
  void missingHost() throws Exception {
    cases.send(CORS_AND_HOST, "No Host header", "`GET /ok HTTP/1.1` without `Host`",
        "GET /ok HTTP/1.1\r\n\r\n").problem(400).kept();
  }

  @Test
  void twoHosts() throws Exception {
    cases.send(CORS_AND_HOST, "Two Host headers", "`Host: localhost` + `Host: evil.example`",
        "GET /ok HTTP/1.1\r\nHost: localhost\r\nHost: evil.example\r\n\r\n").problem(400).kept();
  }
}
