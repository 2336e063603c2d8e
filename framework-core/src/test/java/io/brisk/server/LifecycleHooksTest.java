package io.brisk.server;

import static org.assertj.core.api.Assertions.assertThat;

import io.brisk.Brisk;
import io.brisk.annotation.Get;
import java.net.ConnectException;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

class LifecycleHooksTest {
  public static class Api {
    @Get("/hello")
    public String hello() {
      return "hello";
    }
  }

  private final List<String> events = new CopyOnWriteArrayList<>();

  private Brisk app() {
    Brisk app = Brisk.create().include(new Api());
    app.options().host("127.0.0.1").banner(false).shutdownHook(false);
    return app;
  }

  @Test
  void runsStartHooksOnceTheServerAnswers() {
    Brisk app = app();
    app.onStart(() -> events.add("first start hook: " + call(app.port())))
        .onStart(() -> events.add("second start hook"));
    try {
      app.start(0);

      assertThat(events).containsExactly("first start hook: hello", "second start hook");
    } finally {
      app.stop();
    }
  }

  @Test
  void runsStopHooksInReverseOrderAfterTheServerStopped() {
    Brisk app = app();
    int port = app.start(0);
    app.onStop(() -> events.add("registered first, " + (refused(port) ? "port closed" : "port open")))
        .onStop(() -> events.add("registered second"));

    app.stop();

    assertThat(events).containsExactly("registered second", "registered first, port closed");
  }

  @Test
  void runsTheOtherStopHooksWhenOneFails() {
    Brisk app = app();
    app.onStop(() -> events.add("still ran")).onStop(() -> {
      throw new IllegalStateException("hook failure");
    });
    app.start(0);

    app.stop();

    assertThat(events).containsExactly("still ran");
  }

  @Test
  void runsHooksOnEveryStartAndStop() {
    Brisk app = app();
    app.onStart(() -> events.add("start")).onStop(() -> events.add("stop"));

    app.start(0);
    app.stop();
    app.stop();
    app.start(0);
    app.stop();

    assertThat(events).containsExactly("start", "stop", "start", "stop");
  }

  private static String call(int port) {
    try (HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build()) {
      return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/hello")).build(),
          HttpResponse.BodyHandlers.ofString()).body();
    } catch (Exception e) {
      return "failed: " + e;
    }
  }

  private static boolean refused(int port) {
    try {
      new Socket("127.0.0.1", port).close();
      return false;
    } catch (ConnectException e) {
      return true;
    } catch (java.io.IOException e) {
      return false;
    }
  }
}
