package io.brisk.http2;

import static org.assertj.core.api.Assertions.assertThat;

import io.brisk.Brisk;
import io.brisk.annotation.Get;
import io.brisk.testing.BriskServerExtension;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The HTTP/1 read timeouts stop applying once a connection has upgraded to HTTP/2 (h2c). */
class Http2ReadTimeoutTest {
  public static final class Api {
    @Get("/slow")
    public String slow() throws InterruptedException {
      // Deliberately longer than the header timeout: the upgraded connection must outlive it.
      new CountDownLatch(1).await(600, TimeUnit.MILLISECONDS);
      return "slow";
    }

    @Get("/hello")
    public String hello() {
      return "hello";
    }
  }

  @RegisterExtension
  static final BriskServerExtension server = BriskServerExtension.of(() -> {
    Brisk app = Brisk.create().include(new Api());
    app.options().http2(true).requestHeaderTimeout(Duration.ofMillis(200)).requestBodyTimeout(Duration.ofMillis(200));
    return app;
  });

  @Test
  void anUpgradedConnectionOutlivesTheHeaderTimeout() throws Exception {
    try (HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_2).build()) {
      HttpResponse<String> first = http.send(HttpRequest.newBuilder(server.uri("/slow")).build(),
          HttpResponse.BodyHandlers.ofString());
      HttpResponse<String> second = http.send(HttpRequest.newBuilder(server.uri("/hello")).build(),
          HttpResponse.BodyHandlers.ofString());

      assertThat(first.version()).isEqualTo(HttpClient.Version.HTTP_2);
      assertThat(first.body()).isEqualTo("slow");
      assertThat(second.version()).isEqualTo(HttpClient.Version.HTTP_2);
      assertThat(second.body()).isEqualTo("hello");
    }
  }
}
