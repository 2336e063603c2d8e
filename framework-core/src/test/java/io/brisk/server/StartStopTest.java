package io.brisk.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.brisk.Brisk;
import io.brisk.annotation.Get;
import java.net.ConnectException;
import java.net.Socket;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.URI;
import org.junit.jupiter.api.Test;

class StartStopTest {
  public static class Api {
    @Get("/hello")
    public String hello() {
      return "hello";
    }
  }

  private static Brisk app() {
    Brisk app = Brisk.create().include(new Api());
    app.options().host("127.0.0.1").banner(false).shutdownHook(false);
    return app;
  }

  private static String get(int port, String path) throws Exception {
    try (HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build()) {
      return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).build(),
          HttpResponse.BodyHandlers.ofString()).body();
    }
  }

  @Test
  void startsOnAFreePortWhenGivenZeroAndReturnsIt() throws Exception {
    Brisk app = app();
    try {
      int port = app.start(0);

      assertThat(port).isPositive();
      assertThat(app.port()).isEqualTo(port);
      assertThat(get(port, "/hello")).isEqualTo("hello");
    } finally {
      app.stop();
    }
  }

  @Test
  void givesTwoAppsDifferentFreePorts() {
    Brisk first = app();
    Brisk second = app();
    try {
      assertThat(first.start(0)).isNotEqualTo(second.start(0));
    } finally {
      first.stop();
      second.stop();
    }
  }

  @Test
  void refusesToStartTwice() {
    Brisk app = app();
    try {
      int port = app.start(0);

      assertThatThrownBy(() -> app.start(0)).isInstanceOf(IllegalStateException.class)
          .hasMessage("The app is already started on port " + port);
    } finally {
      app.stop();
    }
  }

  @Test
  void failsWithAnUncheckedExceptionOnAPortInUse() {
    Brisk first = app();
    Brisk second = app();
    try {
      int port = first.start(0);

      assertThatThrownBy(() -> second.start(port)).isInstanceOf(IllegalStateException.class)
          .hasMessageStartingWith("Cannot listen on 127.0.0.1:" + port);
      assertThatThrownBy(second::port).isInstanceOf(IllegalStateException.class);
    } finally {
      first.stop();
      second.stop();
    }
  }

  @Test
  void refusesConnectionsOnceStopped() {
    Brisk app = app();
    int port = app.start(0);

    app.stop();

    assertThatThrownBy(() -> new Socket("127.0.0.1", port).close()).isInstanceOf(ConnectException.class);
    assertThatThrownBy(app::port).isInstanceOf(IllegalStateException.class).hasMessage("The app is not started");
  }

  @Test
  void canStartAgainAfterStopping() throws Exception {
    Brisk app = app();
    try {
      app.start(0);
      app.stop();
      int port = app.start(0);

      assertThat(get(port, "/hello")).isEqualTo("hello");
    } finally {
      app.stop();
    }
  }

  @Test
  void servesOverNioWhenTheNativeTransportIsOff() throws Exception {
    Brisk app = app();
    app.options().nativeTransport(false).ioThreads(1);
    try {
      assertThat(get(app.start(0), "/hello")).isEqualTo("hello");
    } finally {
      app.stop();
    }
  }
}
