package io.brisk.server;

import static org.assertj.core.api.Assertions.assertThat;

import io.brisk.Brisk;
import io.brisk.annotation.Get;
import io.brisk.annotation.Post;
import java.util.concurrent.atomic.AtomicInteger;
import io.brisk.testing.BriskServerExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class ConnectionCloseTest {
  public static class Api {
    final AtomicInteger orders = new AtomicInteger();

    @Get("/hello")
    public String hello() {
      return "hello";
    }

    @Post("/orders")
    public String order() {
      return "order " + orders.incrementAndGet();
    }
  }

  private static final Api API = new Api();

  @RegisterExtension
  static final BriskServerExtension server = BriskServerExtension.of(() -> Brisk.create().include(API));

  @Test
  void closesTheConnectionAfterAnsweringARequestThatAsksForIt() throws Exception {
    try (RawHttp raw = new RawHttp(server.port())) {
      RawHttp.Reply reply = raw.send("GET /hello HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n").read();

      assertThat(reply.status()).isEqualTo(200);
      assertThat(reply.body()).isEqualTo("hello");
      assertThat(reply.header("Connection")).isEqualTo("close");
      assertThat(raw.closedByServer()).isTrue();
    }
  }

  @Test
  void processesNoRequestPipelinedAfterAClose() throws Exception {
    int before = API.orders.get();
    try (RawHttp raw = new RawHttp(server.port())) {
      raw.send("GET /hello HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n"
          + "POST /orders HTTP/1.1\r\nHost: x\r\nContent-Length: 0\r\n\r\n");

      assertThat(raw.read().body()).isEqualTo("hello");
      assertThat(raw.closedByServer()).isTrue();
    }
    assertThat(API.orders).hasValue(before);
  }

  @Test
  void sendsTheCommonHeadersOnEveryResponse() throws Exception {
    try (RawHttp raw = new RawHttp(server.port())) {
      RawHttp.Reply reply = raw.send("GET /hello HTTP/1.1\r\nHost: x\r\n\r\n").read();

      assertThat(reply.headers()).containsKeys("date", "x-request-id", "content-length", "content-type");
      assertThat(reply.header("Date")).endsWith(" GMT");
    }
  }
}
