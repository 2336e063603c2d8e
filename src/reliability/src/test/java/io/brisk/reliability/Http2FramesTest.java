package io.brisk.reliability;

import static io.brisk.reliability.Category.HTTP2;
import static org.assertj.core.api.Assertions.assertThat;

import io.brisk.testing.BriskServerExtension;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Frames that break HTTP/2 (prior knowledge, cleartext): each is a connection error, answered with
 * GOAWAY and the error code RFC 9113 names, then the connection closes; the next connection, HTTP/2
 * or HTTP/1.1, is served.
 */
class Http2FramesTest {
  private static final Map<Long, String> ERRORS = Map.of(0x1L, "PROTOCOL_ERROR", 0x3L, "FLOW_CONTROL_ERROR",
      0x6L, "FRAME_SIZE_ERROR", 0x9L, "COMPRESSION_ERROR");

  @RegisterExtension
  static final BriskServerExtension server = HostileServer.start(app -> app.options().http2(true));

  final Cases cases = new Cases(server::port);

  /** Sends the frames, records the GOAWAY, checks the close and that new connections are served. */
  private void connectionError(String name, String sent, String expected, Frames frames) throws Exception {
    long code;
    boolean closed;
    String seen;
    try (H2Wire wire = new H2Wire(server.port())) {
      frames.send(wire);
      code = wire.goAwayError();
      closed = wire.closedByServer();
      seen = wire.seen.toString();
    }
    String error = ERRORS.getOrDefault(code, code < 0 ? "no GOAWAY" : "0x" + Long.toHexString(code));
    HostileInputs.record(new Row(HTTP2, name, sent, "GOAWAY " + error, closed ? "closed" : "kept", "-"));
    assertThat(error).as("frames: %s", seen).isEqualTo(expected);
    assertThat(closed).isTrue();
    servesANewHttp2Connection();
    cases.servesAFreshConnection();
  }

  private interface Frames {
    void send(H2Wire wire) throws IOException;
  }

  private void servesANewHttp2Connection() throws IOException {
    try (H2Wire wire = new H2Wire(server.port())) {
      wire.frame(H2Wire.HEADERS, H2Wire.END_STREAM | H2Wire.END_HEADERS, 1, H2Wire.get("/ok"));
      H2Wire.Frame headers = null;
      H2Wire.Frame data = null;
      while (data == null) {
        H2Wire.Frame f = wire.read();
        assertThat(f).as("a frame of the response to GET /ok over HTTP/2").isNotNull();
        if (f.stream() == 1 && f.type() == H2Wire.HEADERS) {
          headers = f;
        } else if (f.stream() == 1 && f.type() == H2Wire.DATA) {
          data = f;
        }
      }
      assertThat(headers).as("response headers on a new HTTP/2 connection").isNotNull();
      assertThat(headers.payload()[0] & 0xff).as(":status 200 (static table index 8)").isEqualTo(0x88);
      assertThat(new String(data.payload(), StandardCharsets.UTF_8)).isEqualTo("ok");
    }
  }

  @Test
  void frameLargerThanTheMaximum() throws Exception {
    connectionError("Frame larger than the maximum frame size", "a HEADERS frame header declaring 16,385 bytes",
        "FRAME_SIZE_ERROR", w -> w.frame(H2Wire.HEADERS, H2Wire.END_HEADERS, 1, 16_385, new byte[0]));
  }

  @Test
  void dataOnStreamZero() throws Exception {
    connectionError("DATA on stream 0", "a DATA frame on the connection stream", "PROTOCOL_ERROR",
        w -> w.frame(H2Wire.DATA, 0, 0, new byte[] {1, 2, 3}));
  }

  @Test
  void headersOnAnEvenStream() throws Exception {
    connectionError("Client stream with an even id", "HEADERS on stream 2", "PROTOCOL_ERROR",
        w -> w.frame(H2Wire.HEADERS, H2Wire.END_STREAM | H2Wire.END_HEADERS, 2, H2Wire.get("/ok")));
  }

  @Test
  void settingsOfTheWrongLength() throws Exception {
    connectionError("SETTINGS of a length not a multiple of 6", "a 5-byte SETTINGS payload", "FRAME_SIZE_ERROR",
        w -> w.frame(H2Wire.SETTINGS, 0, 0, new byte[5]));
  }

  @Test
  void pingOfTheWrongLength() throws Exception {
    connectionError("PING of the wrong length", "a 7-byte PING payload", "FRAME_SIZE_ERROR",
        w -> w.frame(H2Wire.PING, 0, 0, new byte[7]));
  }

  @Test
  void windowUpdateOfZero() throws Exception {
    connectionError("WINDOW_UPDATE of zero on the connection", "increment 0 on stream 0", "PROTOCOL_ERROR",
        w -> w.frame(H2Wire.WINDOW_UPDATE, 0, 0, new byte[4]));
  }

  @Test
  void continuationWithoutHeaders() throws Exception {
    connectionError("CONTINUATION without HEADERS", "a CONTINUATION frame on stream 1", "PROTOCOL_ERROR",
        w -> w.frame(H2Wire.CONTINUATION, H2Wire.END_HEADERS, 1, H2Wire.get("/ok")));
  }

  @Test
  void headerBlockThatIsNotHpack() throws Exception {
    connectionError("Header block that is not valid HPACK", "HEADERS whose block indexes entry 2^28",
        "COMPRESSION_ERROR",
        w -> w.frame(H2Wire.HEADERS, H2Wire.END_STREAM | H2Wire.END_HEADERS, 1,
            new byte[] {(byte) 0xff, (byte) 0xff, (byte) 0xff, (byte) 0xff, 0x0f}));
  }
}
