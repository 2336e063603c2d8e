package io.brisk.server;

import static org.assertj.core.api.Assertions.assertThat;

import io.brisk.Brisk;
import io.brisk.annotation.Get;
import io.brisk.annotation.NonBlocking;
import io.brisk.testing.BriskServerExtension;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class PipeliningTest {
  /** The slow handler finishes only after the fast one has run: the fast answer is ready first. */
  public static class Api {
    volatile CountDownLatch fastDone = new CountDownLatch(1);

    @Get("/slow")
    public String slow() throws InterruptedException {
      return fastDone.await(10, TimeUnit.SECONDS) ? "slow, finished after fast" : "slow, alone";
    }

    @Get("/fast")
    public String fast() {
      fastDone.countDown();
      return "fast";
    }

    @Get("/inline")
    @NonBlocking
    public String inline() {
      fastDone.countDown();
      return "inline";
    }
  }

  private static final Api API = new Api();

  @RegisterExtension
  static final BriskServerExtension server = BriskServerExtension.of(() -> Brisk.create().include(API));

  @Test
  void onlyTheAnswerToAMalformedRequestClosesAndNothingFollowsIt() throws Exception {
    API.fastDone = new CountDownLatch(1);
    try (RawHttp raw = new RawHttp(server.port())) {
      raw.send("GET /slow HTTP/1.1\r\nHost: x\r\n\r\nGET /fast HTTP/banana\r\nHost: x\r\n\r\n");
      API.fastDone.countDown();

      RawHttp.Reply first = raw.read();
      RawHttp.Reply second = raw.read();

      assertThat(first.status()).isEqualTo(200);
      assertThat(first.header("Connection")).isNull();
      assertThat(second.status()).isEqualTo(400);
      assertThat(second.header("Connection")).isEqualTo("close");
      assertThat(raw.closedByServer()).isTrue();
    }
  }

  @Test
  void answersPipelinedRequestsInRequestOrderEvenWhenTheFirstIsSlower() throws Exception {
    API.fastDone = new CountDownLatch(1);
    try (RawHttp raw = new RawHttp(server.port())) {
      raw.send("GET /slow HTTP/1.1\r\nHost: x\r\nX-Request-Id: one\r\n\r\n"
          + "GET /fast HTTP/1.1\r\nHost: x\r\nX-Request-Id: two\r\n\r\n");

      RawHttp.Reply first = raw.read();
      RawHttp.Reply second = raw.read();

      assertThat(first.body()).isEqualTo("slow, finished after fast");
      assertThat(first.header("X-Request-Id")).isEqualTo("one");
      assertThat(second.body()).isEqualTo("fast");
      assertThat(second.header("X-Request-Id")).isEqualTo("two");
    }
  }

  @Test
  void holdsAnEventLoopAnswerBackUntilTheEarlierOneIsWritten() throws Exception {
    API.fastDone = new CountDownLatch(1);
    try (RawHttp raw = new RawHttp(server.port())) {
      raw.send("GET /slow HTTP/1.1\r\nHost: x\r\n\r\nGET /inline HTTP/1.1\r\nHost: x\r\n\r\n");

      assertThat(raw.read().body()).isEqualTo("slow, finished after fast");
      assertThat(raw.read().body()).isEqualTo("inline");
    }
  }

  @Test
  void answersPipelinedErrorsInOrderToo() throws Exception {
    API.fastDone = new CountDownLatch(1);
    try (RawHttp raw = new RawHttp(server.port())) {
      raw.send("GET /slow HTTP/1.1\r\nHost: x\r\n\r\n"
          + "GET /missing HTTP/1.1\r\nHost: x\r\n\r\n"
          + "GET /fast HTTP/1.1\r\nHost: x\r\n\r\n");

      assertThat(raw.read().body()).isEqualTo("slow, finished after fast");
      assertThat(raw.read().status()).isEqualTo(404);
      assertThat(raw.read().body()).isEqualTo("fast");
    }
  }
}
