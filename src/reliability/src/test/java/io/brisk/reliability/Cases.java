package io.brisk.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import io.brisk.server.RawHttp;
import java.io.IOException;
import java.util.function.IntSupplier;

/**
 * Runs hostile-input cases against one server: sends the bytes, reads the answer, finds out whether
 * the connection is still usable, records the row, and checks that a fresh connection is served.
 */
final class Cases {
  static final String GOOD_REQUEST = "GET /ok HTTP/1.1\r\nHost: localhost\r\n\r\n";

  private final IntSupplier port;

  Cases(IntSupplier port) {
    this.port = port;
  }

  /** Sends {@code bytes} (ISO-8859-1) on a new connection and records what the server answered. */
  Answer send(Category category, String name, String sent, String bytes) throws IOException {
    try (RawHttp wire = new RawHttp(port.getAsInt())) {
      wire.send(bytes);
      return answered(category, name, sent, wire);
    }
  }

  /** Reads the answer of a case whose bytes were sent on {@code wire}, and records it. */
  Answer answered(Category category, String name, String sent, RawHttp wire) throws IOException {
    RawHttp.Reply reply = wire.read();
    boolean kept = stillServes(wire, reply);
    Answer answer = new Answer(reply, kept);
    HostileInputs.record(new Row(category, name, sent,
        reply.status() < 0 ? "no answer" : String.valueOf(reply.status()),
        kept ? "kept" : "closed", answer.problemCell()));
    servesAFreshConnection();
    return answer;
  }

  /** A good request on the same connection is served, or the server has closed it. */
  private static boolean stillServes(RawHttp wire, RawHttp.Reply reply) throws IOException {
    if (reply.status() < 0 || "close".equals(reply.header("Connection"))) {
      assertThat(wire.closedByServer()).as("closed after %s", reply).isTrue();
      return false;
    }
    try {
      wire.send(GOOD_REQUEST);
    } catch (IOException closed) {
      return false;
    }
    RawHttp.Reply next = wire.read();
    if (next.status() < 0) {
      return false;
    }
    assertThat(next.status()).as("the next request on a kept connection").isEqualTo(200);
    return true;
  }

  /** The server still answers a good request on a new connection. */
  void servesAFreshConnection() throws IOException {
    try (RawHttp fresh = new RawHttp(port.getAsInt())) {
      RawHttp.Reply reply = fresh.send(GOOD_REQUEST).read();
      assertThat(reply.status()).as("a good request after the case").isEqualTo(200);
      assertThat(reply.body()).isEqualTo("ok");
    }
  }
}
