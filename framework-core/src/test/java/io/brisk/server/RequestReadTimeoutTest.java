package io.brisk.server;

import static org.assertj.core.api.Assertions.assertThat;

import io.brisk.Brisk;
import io.brisk.annotation.Get;
import io.brisk.annotation.Post;
import io.brisk.testing.BriskServerExtension;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class RequestReadTimeoutTest {
  public static class Api {
    @Get("/hello")
    public String hello() {
      return "hello";
    }

    @Post("/echo")
    public String echo(io.brisk.Request request) {
      return new String(request.body(), java.nio.charset.StandardCharsets.UTF_8);
    }
  }

  // The idle timeout is long: only the read timeouts can end these connections in time.
  @RegisterExtension
  static final BriskServerExtension server = BriskServerExtension.of(() -> {
    Brisk app = Brisk.create().include(new Api());
    app.options().idleTimeout(Duration.ofMinutes(5))
        .requestHeaderTimeout(Duration.ofMillis(300))
        .requestBodyTimeout(Duration.ofMillis(300));
    return app;
  });

  private final ScheduledExecutorService dribbler = Executors.newSingleThreadScheduledExecutor();

  @AfterEach
  void stopDribbling() {
    dribbler.shutdownNow();
  }

  @Test
  void answers408WhenTheHeadersArriveAByteAtATime() throws Exception {
    try (RawHttp raw = new RawHttp(server.port())) {
      raw.send("GET /hello HTTP/1.1\r\n");
      // A slowloris: never idle, never done.
      dribbler.scheduleAtFixedRate(() -> {
        try {
          raw.send("X");
        } catch (Exception closed) {
          throw new IllegalStateException(closed);
        }
      }, 0, 20, TimeUnit.MILLISECONDS);

      RawHttp.Reply reply = raw.read();

      assertThat(reply.status()).isEqualTo(408);
      assertThat(reply.header("Content-Type")).isEqualTo("application/problem+json");
      assertThat(reply.body()).contains("\"title\":\"Request Timeout\"",
          "\"detail\":\"The request headers did not arrive within 300 ms\"");
      assertThat(reply.header("Connection")).isEqualTo("close");
    }
  }

  @Test
  void answers408WhenTheBodyStalls() throws Exception {
    try (RawHttp raw = new RawHttp(server.port())) {
      RawHttp.Reply reply = raw.send("POST /echo HTTP/1.1\r\nHost: x\r\nContent-Type: text/plain\r\n"
          + "Content-Length: 100\r\n\r\nonly a part").read();

      assertThat(reply.status()).isEqualTo(408);
      assertThat(reply.body()).contains("\"detail\":\"The request body did not arrive within 300 ms\"",
          "\"instance\":\"/echo\"");
      assertThat(raw.closedByServer()).isTrue();
    }
  }

  @Test
  void keepsServingRequestsThatArriveInTimeOnTheSameConnection() throws Exception {
    try (RawHttp raw = new RawHttp(server.port())) {
      for (int i = 0; i < 3; i++) {
        assertThat(raw.send("POST /echo HTTP/1.1\r\nHost: x\r\nContent-Type: text/plain\r\nContent-Length: 2\r\n\r\nhi")
            .read().body()).isEqualTo("hi");
        assertThat(raw.send("GET /hello HTTP/1.1\r\nHost: x\r\n\r\n").read().body()).isEqualTo("hello");
      }
    }
  }
}
