package io.brisk.server;

import static org.assertj.core.api.Assertions.assertThat;

import io.brisk.Brisk;
import io.brisk.annotation.Get;
import java.io.IOException;
import java.net.ConnectException;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class GracefulStopTest {
  public static class Api {
    final CountDownLatch entered = new CountDownLatch(1);
    final CountDownLatch release = new CountDownLatch(1);

    @Get("/slow")
    public String slow() throws InterruptedException {
      entered.countDown();
      return release.await(10, TimeUnit.SECONDS) ? "finished" : "timed out";
    }
  }

  private final Api api = new Api();

  private Brisk app(Duration shutdownTimeout) {
    Brisk app = Brisk.create().include(api);
    app.options().host("127.0.0.1").banner(false).shutdownHook(false).shutdownTimeout(shutdownTimeout);
    return app;
  }

  @Test
  void finishesAnInFlightRequestBeforeStopping() throws Exception {
    Brisk app = app(Duration.ofSeconds(10));
    int port = app.start(0);
    try (HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build()) {
      CompletableFuture<HttpResponse<String>> inFlight = http.sendAsync(
          HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/slow")).build(),
          HttpResponse.BodyHandlers.ofString());
      assertThat(api.entered.await(10, TimeUnit.SECONDS)).isTrue();

      Thread stopper = Thread.ofPlatform().start(app::stop);
      awaitRefused(port);

      assertThat(stopper.isAlive()).as("stop() waits for the in-flight request").isTrue();
      api.release.countDown();
      HttpResponse<String> response = inFlight.get(10, TimeUnit.SECONDS);
      stopper.join(10_000);

      assertThat(response.statusCode()).isEqualTo(200);
      assertThat(response.body()).isEqualTo("finished");
      assertThat(stopper.isAlive()).isFalse();
    } finally {
      api.release.countDown();
      app.stop();
    }
  }

  @Test
  void closesARequestStillRunningAtTheShutdownTimeout() throws Exception {
    Brisk app = app(Duration.ofMillis(100));
    int port = app.start(0);
    try (HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build()) {
      CompletableFuture<HttpResponse<String>> inFlight = http.sendAsync(
          HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/slow")).build(),
          HttpResponse.BodyHandlers.ofString());
      assertThat(api.entered.await(10, TimeUnit.SECONDS)).isTrue();

      app.stop();

      assertThat(inFlight).failsWithin(10, TimeUnit.SECONDS).withThrowableOfType(ExecutionException.class)
          .withCauseInstanceOf(IOException.class);
    } finally {
      api.release.countDown();
    }
  }

  /** Waits until the listening socket is closed: stop() has begun. */
  private static void awaitRefused(int port) throws IOException {
    while (true) {
      try {
        new Socket("127.0.0.1", port).close();
        Thread.onSpinWait();
      } catch (ConnectException refused) {
        return;
      }
    }
  }
}
