package io.brisk.reliability;

import static io.brisk.reliability.Category.SLOW_CLIENTS;

import io.brisk.server.RawHttp;
import io.brisk.testing.BriskServerExtension;
import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Clients that hold a connection by sending slowly. The idle timeout is long here, so only the
 * request header and body timeouts (short, for the test) can end these connections.
 */
class SlowClientsTest {
  @RegisterExtension
  static final BriskServerExtension server = HostileServer.start(app -> app.options()
      .idleTimeout(Duration.ofMinutes(5))
      .requestHeaderTimeout(Duration.ofMillis(400))
      .requestBodyTimeout(Duration.ofMillis(400)));

  final Cases cases = new Cases(server::port);
  final ScheduledExecutorService dribbler = Executors.newSingleThreadScheduledExecutor();

  @AfterEach
  void stopDribbling() {
    dribbler.shutdownNow();
  }

  /** Sends one byte of {@code text} (then repeats its last byte) every 20 ms, as a slowloris does. */
  private void dribble(RawHttp wire, String text) {
    int[] next = {0};
    dribbler.scheduleAtFixedRate(() -> {
      try {
        wire.send(String.valueOf(text.charAt(Math.min(next[0]++, text.length() - 1))));
      } catch (IOException closedByServer) {
        throw new IllegalStateException("stop", closedByServer);
      }
    }, 0, 20, TimeUnit.MILLISECONDS);
  }

  @Test
  void headersSentAByteAtATime() throws Exception {
    try (RawHttp wire = new RawHttp(server.port())) {
      dribble(wire, "GET /ok HTTP/1.1\r\nHost: localhost\r\nX-Slow: " + "z".repeat(1000));
      cases.answered(SLOW_CLIENTS, "Headers sent a byte at a time (slowloris)",
          "`GET /ok`, one header byte every 20 ms (header timeout 400 ms)", wire)
          .problem(408).saying("headers did not arrive within 400 ms").closed();
    }
  }

  @Test
  void bodyThatStalls() throws Exception {
    cases.send(SLOW_CLIENTS, "Body that stalls", "`POST /echo`, `Content-Length: 100`, 10 bytes, then nothing",
        "POST /echo HTTP/1.1\r\nHost: localhost\r\nContent-Length: 100\r\n\r\n0123456789")
        .problem(408).saying("body did not arrive within 400 ms").closed();
  }

  @Test
  void bodySentAByteAtATime() throws Exception {
    try (RawHttp wire = new RawHttp(server.port())) {
      wire.send("POST /echo HTTP/1.1\r\nHost: localhost\r\nContent-Length: 1000\r\n\r\n");
      dribble(wire, "b");
      cases.answered(SLOW_CLIENTS, "Body sent a byte at a time", "`POST /echo`, `Content-Length: 1000`, a byte every 20 ms",
          wire).problem(408).closed();
    }
  }

  @Test
  void chunkedBodyWithoutItsLastChunk() throws Exception {
    cases.send(SLOW_CLIENTS, "Chunked body without its last chunk", "`POST /echo`, one chunk, then nothing",
        "POST /echo HTTP/1.1\r\nHost: localhost\r\nTransfer-Encoding: chunked\r\n\r\n5\r\nhello\r\n")
        .problem(408).closed();
  }

  @Test
  void multipartBodyThatStalls() throws Exception {
    cases.send(SLOW_CLIENTS, "Multipart body that stalls", "`POST /upload`, half of the declared length",
        "POST /upload HTTP/1.1\r\nHost: localhost\r\nContent-Type: multipart/form-data; boundary=XyZ\r\n"
            + "Content-Length: 400\r\n\r\n--XyZ\r\nContent-Disposition: form-data; name=\"title\"\r\n\r\nhi\r\n")
        .problem(408).closed();
  }

  @Test
  void requestLineNeverFinished() throws Exception {
    cases.send(SLOW_CLIENTS, "Request line never finished", "`GET /ok HTT`, then nothing",
        "GET /ok HTT").problem(408).saying("headers did not arrive").closed();
  }
}
