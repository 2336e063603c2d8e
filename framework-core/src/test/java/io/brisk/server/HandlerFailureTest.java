package io.brisk.server;

import static org.assertj.core.api.Assertions.assertThat;

import io.brisk.Brisk;
import io.brisk.annotation.Get;
import io.brisk.testing.BriskServerExtension;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A handler that throws or exhausts the JVM's resources costs its own request a 500 and nothing
 * more: the server keeps serving, and the request id ties the client's answer to the log line.
 */
class HandlerFailureTest {
  final CountDownLatch entered = new CountDownLatch(1);
  final CountDownLatch release = new CountDownLatch(1);

  public final class Api {
    @Get("/ok")
    public String ok() {
      return "ok";
    }

    @Get("/throws")
    public String throwsException() {
      throw new IllegalStateException("secret detail");
    }

    @Get("/stack-overflow")
    public int stackOverflow() {
      return recurse(0);
    }

    @Get("/out-of-memory")
    public int outOfMemory() {
      // A real OutOfMemoryError without filling the heap: no JVM can allocate this array.
      long[] huge = new long[Integer.MAX_VALUE];
      return huge.length;
    }

    @Get("/busy")
    public String busy() throws InterruptedException {
      entered.countDown();
      return release.await(10, TimeUnit.SECONDS) ? "done" : "gave up";
    }
  }

  private static int recurse(int depth) {
    return recurse(depth + 1) + 1;
  }

  @RegisterExtension
  final BriskServerExtension server = BriskServerExtension.of(() -> Brisk.create().include(new Api()));

  @AfterEach
  void releaseHandlers() {
    release.countDown();
  }

  @Test
  void tiesTheLoggedExceptionToThe500ByItsRequestId() throws Exception {
    RawHttp.Reply r;
    try (CapturedLog log = new CapturedLog(); RawHttp http = new RawHttp(server.port())) {
      r = http.send("GET /throws HTTP/1.1\r\nHost: x\r\n\r\n").read();
      String id = r.header("X-Request-Id");

      assertThat(r.status()).isEqualTo(500);
      assertThat(id).matches("[0-9a-f]{16}");
      assertThat(r.body()).contains("quote request id " + id).doesNotContain("secret detail");
      assertThat(log.linesWith("[request id " + id + "]")).singleElement()
          .satisfies(line -> assertThat(line).contains("ERROR", "GET /throws"));
      assertThat(log.text()).contains("java.lang.IllegalStateException: secret detail");
    }
  }

  @Test
  void answersAStackOverflowWith500AndKeepsServing() throws Exception {
    try (CapturedLog log = new CapturedLog(); RawHttp http = new RawHttp(server.port())) {
      RawHttp.Reply r = http.send("GET /stack-overflow HTTP/1.1\r\nHost: x\r\n\r\n").read();

      assertThat(r.status()).isEqualTo(500);
      assertThat(log.linesWith("[request id " + r.header("X-Request-Id") + "]")).hasSize(1);
      assertThat(log.text()).contains("java.lang.StackOverflowError");
      assertThat(http.send("GET /ok HTTP/1.1\r\nHost: x\r\n\r\n").read().body()).isEqualTo("ok");
    }
  }

  @Test
  void answersAnOutOfMemoryErrorWith500AndKeepsServing() throws Exception {
    try (CapturedLog log = new CapturedLog(); RawHttp http = new RawHttp(server.port())) {
      RawHttp.Reply r = http.send("GET /out-of-memory HTTP/1.1\r\nHost: x\r\n\r\n").read();

      assertThat(r.status()).isEqualTo(500);
      assertThat(log.linesWith("[request id " + r.header("X-Request-Id") + "]")).hasSize(1);
      assertThat(log.text()).contains("java.lang.OutOfMemoryError");
      assertThat(http.send("GET /ok HTTP/1.1\r\nHost: x\r\n\r\n").read().body()).isEqualTo("ok");
    }
  }

  @Test
  void failuresOnOtherConnectionsDoNotDisturbARequestInProgress() throws Exception {
    try (RawHttp slow = new RawHttp(server.port()); RawHttp other = new RawHttp(server.port())) {
      slow.send("GET /busy HTTP/1.1\r\nHost: x\r\n\r\n");
      assertThat(entered.await(10, TimeUnit.SECONDS)).isTrue();

      for (String path : new String[] {"/throws", "/stack-overflow", "/out-of-memory"}) {
        assertThat(other.send("GET " + path + " HTTP/1.1\r\nHost: x\r\n\r\n").read().status()).isEqualTo(500);
      }
      release.countDown();

      assertThat(slow.read().body()).isEqualTo("done");
      assertThat(other.send("GET /ok HTTP/1.1\r\nHost: x\r\n\r\n").read().body()).isEqualTo("ok");
    }
  }
}
