package io.brisk.server;

import static org.assertj.core.api.Assertions.assertThat;

import io.brisk.Brisk;
import io.brisk.annotation.Get;
import io.brisk.testing.BriskServerExtension;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class IdleTimeoutTest {
  public static class Api {
    @Get("/hello")
    public String hello() {
      return "hello";
    }
  }

  @RegisterExtension
  static final BriskServerExtension server = BriskServerExtension.of(() -> {
    Brisk app = Brisk.create().include(new Api());
    app.options().idleTimeout(Duration.ofMillis(100));
    return app;
  });

  @Test
  void closesAConnectionThatSendsNothing() throws Exception {
    try (RawHttp raw = new RawHttp(server.port())) {
      assertThat(raw.closedByServer()).isTrue();
    }
  }

  @Test
  void closesAKeptAliveConnectionOnceItFallsIdle() throws Exception {
    try (RawHttp raw = new RawHttp(server.port())) {
      assertThat(raw.send("GET /hello HTTP/1.1\r\nHost: x\r\n\r\n").read().body()).isEqualTo("hello");

      assertThat(raw.closedByServer()).isTrue();
    }
  }
}
