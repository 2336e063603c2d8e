package io.brisk.fuzz;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.brisk.testing.NettyLeakDetector;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpHeaderNames;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** The checks every fuzzed exchange must pass; a failure is a finding (Jazzer keeps the input). */
final class Oracles {
  private static final ObjectMapper JSON = new ObjectMapper();

  private Oracles() {}

  /** A broken promise of the server, with what the harness saw. */
  static final class Finding extends AssertionError {
    Finding(String message) {
      super(message);
    }
  }

  /**
   * A well-formed response: status in range, framed by a length or chunks unless it has no body,
   * never a server fault other than 501 (an unknown method), and on an error a problem+json
   * body whose status matches.
   */
  static void wellFormed(FullHttpResponse r, boolean head) {
    if (r.decoderResult().isFailure()) {
      throw new Finding("Malformed or truncated response: " + r.decoderResult().cause() + "\n" + r.headers());
    }
    int status = r.status().code();
    if (status < 200 || status > 599) {
      throw new Finding("Status out of range: " + status);
    }
    if (status >= 500 && status != 501) {
      throw new Finding("Server error " + status + ": " + body(r));
    }
    boolean bodiless = head || status == 204 || status == 304;
    if (!bodiless && !r.headers().contains(HttpHeaderNames.CONTENT_LENGTH)
        && !r.headers().contains(HttpHeaderNames.TRANSFER_ENCODING)) {
      throw new Finding("A " + status + " response with neither Content-Length nor chunked encoding");
    }
    if (status >= 400) {
      problem(r, status, head);
    }
  }

  /** An error response: problem+json, and (when there is a readable body) a status that matches. */
  static void problem(FullHttpResponse r, int status, boolean head) {
    String type = r.headers().get(HttpHeaderNames.CONTENT_TYPE, "");
    if (!type.startsWith("application/problem+json")) {
      throw new Finding("A " + status + " response of type '" + type + "', not application/problem+json");
    }
    if (head || r.headers().contains(HttpHeaderNames.CONTENT_ENCODING)) {
      return;
    }
    JsonNode problem;
    try {
      problem = JSON.readTree(body(r));
    } catch (IOException e) {
      throw new Finding("A " + status + " problem body that is not JSON: " + body(r));
    }
    if (problem == null || !problem.isObject() || problem.path("status").asInt() != status
        || !problem.path("title").isTextual()) {
      throw new Finding("A " + status + " problem body without a matching status and a title: " + body(r));
    }
  }

  /** No buffer leak reported so far (the detector reports them as the collector finds them). */
  static void noLeakReported() {
    List<String> leaks = NettyLeakDetector.snapshot();
    if (!leaks.isEmpty()) {
      throw new Finding(leaks.size() + " Netty buffer leak(s):\n" + String.join("\n\n", leaks));
    }
  }

  static String body(FullHttpResponse r) {
    return r.content().toString(StandardCharsets.UTF_8);
  }
}
