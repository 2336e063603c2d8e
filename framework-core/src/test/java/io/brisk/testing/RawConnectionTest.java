package io.brisk.testing;

import static java.nio.charset.StandardCharsets.US_ASCII;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import io.brisk.Brisk;
import io.brisk.annotation.Body;
import io.brisk.annotation.Get;
import io.brisk.annotation.NonBlocking;
import io.brisk.annotation.Path;
import io.brisk.annotation.Post;
import org.junit.jupiter.api.Test;

class RawConnectionTest {
  public static final class Api {
    @Get("/hello/{name}")
    public String hello(@Path String name) {
      return "hello " + name;
    }

    @NonBlocking
    @Get("/fast")
    public String fast() {
      return "fast";
    }

    @Post("/echo")
    public String echo(@Body String body) {
      return body;
    }
  }

  private static final Brisk APP = Brisk.create().include(new Api());

  private static String send(RawConnection c, String request) {
    return new String(c.send(request.getBytes(US_ASCII)), UTF_8);
  }

  @Test
  void answersAVirtualThreadHandlerBeforeSendReturns() {
    try (RawConnection c = RawConnection.open(APP)) {
      String answer = send(c, "GET /hello/ada HTTP/1.1\r\nHost: x\r\n\r\n");
      assertThat(answer).startsWith("HTTP/1.1 200 OK\r\n").endsWith("\r\n\r\nhello ada");
      assertThat(c.isOpen()).isTrue();
    }
  }

  @Test
  void answersPipelinedRequestsInOrder() {
    try (RawConnection c = RawConnection.open(APP)) {
      String answer = send(c, "GET /hello/a HTTP/1.1\r\nHost: x\r\n\r\nGET /fast HTTP/1.1\r\nHost: x\r\n\r\n"
          + "GET /hello/b HTTP/1.1\r\nHost: x\r\n\r\n");
      assertThat(answer.indexOf("hello a")).isLessThan(answer.indexOf("fast")).isPositive();
      assertThat(answer.indexOf("fast")).isLessThan(answer.indexOf("hello b"));
    }
  }

  @Test
  void answersNothingUntilTheRequestIsComplete() {
    try (RawConnection c = RawConnection.open(APP)) {
      assertThat(send(c, "POST /echo HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 5\r\n\r\n\"a"))
          .isEmpty();
      assertThat(send(c, "bc\"")).startsWith("HTTP/1.1 200 OK\r\n").endsWith("abc");
    }
  }

  @Test
  void answersMalformedBytesWithAProblemAndClosesTheConnection() {
    try (RawConnection c = RawConnection.open(APP)) {
      String answer = send(c, "GET /hello/a HTTP/1.1\r\nHost: x\r\nContent-Length: 1\r\nContent-Length: 2\r\n\r\n");
      assertThat(answer).startsWith("HTTP/1.1 400 Bad Request\r\n").contains("application/problem+json");
      assertThat(c.isOpen()).isFalse();
      assertThat(c.send("GET /fast HTTP/1.1\r\n\r\n".getBytes(US_ASCII))).isEmpty();
    }
  }

  @Test
  void releasesAnUnfinishedRequestOnClose() {
    RawConnection c = RawConnection.open(APP);
    send(c, "POST /echo HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 100\r\n\r\nabc");
    c.close();
    assertThat(c.isOpen()).isFalse();
  }
}
