package io.brisk.reliability;

import static io.brisk.reliability.Category.STATIC_FILES;
import static org.assertj.core.api.Assertions.assertThat;

import io.brisk.server.RawHttp;
import io.brisk.testing.BriskServerExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Ways out of the static root ({@code public}, served at {@code /static}) to the secret beside it;
 * none may answer the secret.
 */
class StaticFilesTraversalTest {
  @RegisterExtension
  static final BriskServerExtension server = HostileServer.start();

  final Cases cases = new Cases(server::port);

  private Answer get(String name, String target) throws Exception {
    Answer answer = cases.send(STATIC_FILES, name, "`GET " + target + "`",
        "GET " + target + " HTTP/1.1\r\nHost: localhost\r\n\r\n");
    assertThat(answer.reply.body()).doesNotContain(HostileApp.SECRET);
    return answer;
  }

  @Test
  void servesAFileInsideTheRoot() throws Exception {
    try (RawHttp wire = new RawHttp(server.port())) {
      RawHttp.Reply reply = wire.send("GET /static/hello.txt HTTP/1.1\r\nHost: localhost\r\n\r\n").read();
      assertThat(reply.status()).isEqualTo(200);
      assertThat(reply.body()).isEqualTo("hello");
    }
  }

  @Test
  void dotDot() throws Exception {
    get("Raw `../`", "/static/../secret.txt").problem(404).kept();
  }

  @Test
  void percentEncodedDotDot() throws Exception {
    get("Percent-encoded dots", "/static/%2e%2e/secret.txt").problem(404).kept();
  }

  @Test
  void percentEncodedDotDotSlash() throws Exception {
    get("Percent-encoded dots and slash", "/static/%2e%2e%2fsecret.txt").problem(404).kept();
  }

  @Test
  void doubleEncodedDotDotSlash() throws Exception {
    get("Double-encoded dots and slash", "/static/%252e%252e%252fsecret.txt").problem(404).kept();
  }

  @Test
  void backslash() throws Exception {
    get("Backslash", "/static/..\\secret.txt").problem(404).kept();
  }

  @Test
  void percentEncodedBackslash() throws Exception {
    get("Percent-encoded backslash", "/static/..%5csecret.txt").problem(404).kept();
  }

  @Test
  void symlinkToAFileOutside() throws Exception {
    get("Symbolic link to a file outside", "/static/link.txt").problem(404).kept();
  }

  @Test
  void symlinkToAFolderOutside() throws Exception {
    get("Symbolic link to a folder outside", "/static/up/secret.txt").problem(404).kept();
  }

  @Test
  void encodedNul() throws Exception {
    get("Encoded NUL after a file name", "/static/hello.txt%00.png").problem(400).saying("control character").kept();
  }

  @Test
  void absolutePath() throws Exception {
    get("Absolute path inside the path", "/static//etc/passwd").problem(404).kept();
  }
}
