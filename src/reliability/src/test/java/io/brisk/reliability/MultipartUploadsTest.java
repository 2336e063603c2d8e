package io.brisk.reliability;

import static io.brisk.reliability.Category.MULTIPART;

import io.brisk.testing.BriskServerExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Bodies for {@code POST /upload} (a file and a title; at most 5 parts of 4 KiB). */
class MultipartUploadsTest {
  @RegisterExtension
  static final BriskServerExtension server = HostileServer.start();

  final Cases cases = new Cases(server::port);

  private static String part(String name, String content) {
    return "--XyZ\r\nContent-Disposition: form-data; name=\"" + name + "\"\r\n\r\n" + content + "\r\n";
  }

  private static String file(String content) {
    return "--XyZ\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.txt\"\r\n"
        + "Content-Type: text/plain\r\n\r\n" + content + "\r\n";
  }

  private Answer upload(String name, String sent, String contentType, String body) throws Exception {
    return cases.send(MULTIPART, name, sent, "POST /upload HTTP/1.1\r\nHost: localhost\r\nContent-Type: " + contentType
        + "\r\nContent-Length: " + body.length() + "\r\n\r\n" + body);
  }

  @Test
  void missingBoundary() throws Exception {
    upload("Missing boundary", "`Content-Type: multipart/form-data` without `boundary`", "multipart/form-data",
        part("title", "t") + "--XyZ--\r\n").problem(400).closed();
  }

  @Test
  void tooManyParts() throws Exception {
    upload("Too many parts", "7 parts (limit 5)", "multipart/form-data; boundary=XyZ",
        file("x") + part("title", "t") + part("a", "1") + part("b", "2") + part("c", "3") + part("d", "4")
            + part("e", "5") + "--XyZ--\r\n").problem(413).saying("more than 5 parts").closed();
  }

  @Test
  void unterminatedPart() throws Exception {
    upload("Unterminated part", "a part and no closing boundary", "multipart/form-data; boundary=XyZ",
        part("title", "t") + "--XyZ\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.txt\"\r\n\r\nabc")
        .problem(400).closed();
  }

  @Test
  void partOverTheLimit() throws Exception {
    upload("Part over the limit", "a 6 KiB file (limit 4 KiB)", "multipart/form-data; boundary=XyZ",
        part("title", "t") + file("f".repeat(6 * 1024)) + "--XyZ--\r\n").problem(413).saying("larger than 4096").closed();
  }

  @Test
  void uploadDeclaredOverTheLimit() throws Exception {
    cases.send(MULTIPART, "Upload declared over the limit", "`Content-Length: 100000000`",
        "POST /upload HTTP/1.1\r\nHost: localhost\r\nContent-Type: multipart/form-data; boundary=XyZ\r\n"
            + "Content-Length: 100000000\r\n\r\n" + part("title", "t")).problem(413).closed();
  }

  @Test
  void brokenChunkInsideAnUpload() throws Exception {
    String body = part("title", "t") + file("abc");
    cases.send(MULTIPART, "Broken chunk inside a chunked upload", "a valid chunk, then chunk size `zz`",
        "POST /upload HTTP/1.1\r\nHost: localhost\r\nContent-Type: multipart/form-data; boundary=XyZ\r\n"
            + "Transfer-Encoding: chunked\r\n\r\n" + Integer.toHexString(body.length()) + "\r\n" + body + "\r\nzz\r\n")
        .problem(400).closed();
  }

  @Test
  void missingFilePart() throws Exception {
    upload("Required file part missing", "only the `title` field", "multipart/form-data; boundary=XyZ",
        part("title", "t") + "--XyZ--\r\n").problem(422).kept();
  }
}
