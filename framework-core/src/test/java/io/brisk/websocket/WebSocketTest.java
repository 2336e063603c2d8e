package io.brisk.websocket;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.brisk.Brisk;
import io.brisk.WebSocketMessage;
import io.brisk.WebSocketSession;
import io.brisk.annotation.Query;
import io.brisk.annotation.WebSocket;
import io.brisk.security.ApiKey;
import io.brisk.security.ApiKeyScheme;
import io.brisk.testing.BriskServerExtension;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.net.http.WebSocketHandshakeException;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class WebSocketTest {
  record Move(int x, int y) {}

  public static final class Api {
    @WebSocket("/ws/echo")
    public void echo(WebSocketSession session) {
      for (Optional<WebSocketMessage> m = session.receive(); m.isPresent(); m = session.receive()) {
        if (m.get().isText()) {
          session.sendText(m.get().text());
        } else {
          session.sendBinary(m.get().binary());
        }
      }
    }

    @WebSocket("/ws/rooms/{room}")
    public void room(String room, @Query Optional<String> nick, ApiKey token, WebSocketSession session) {
      session.sendText("welcome " + nick.orElse("anonymous") + " to " + room);
      Move move = session.json(session.receive().orElseThrow(), Move.class);
      session.sendJson(new Move(move.y(), move.x()));
      session.close(4000, "bye");
    }
  }

  @RegisterExtension
  static final BriskServerExtension server = BriskServerExtension.of(() -> {
    Brisk app = Brisk.create().security(ApiKeyScheme.header("X-Token")).include(new Api());
    app.options().maxWebSocketMessageSize(1024);
    return app;
  });

  /** Collects what a java.net.http WebSocket receives. */
  static final class Listener implements java.net.http.WebSocket.Listener {
    final BlockingQueue<String> events = new LinkedBlockingQueue<>();
    final StringBuilder text = new StringBuilder();

    @Override
    public CompletionStage<?> onText(java.net.http.WebSocket ws, CharSequence data, boolean last) {
      text.append(data);
      if (last) {
        events.add("text:" + text);
        text.setLength(0);
      }
      ws.request(1);
      return null;
    }

    @Override
    public CompletionStage<?> onBinary(java.net.http.WebSocket ws, ByteBuffer data, boolean last) {
      byte[] b = new byte[data.remaining()];
      data.get(b);
      events.add("binary:" + b.length);
      ws.request(1);
      return null;
    }

    @Override
    public CompletionStage<?> onClose(java.net.http.WebSocket ws, int status, String reason) {
      events.add("close:" + status + ":" + reason);
      return null;
    }

    String next() throws InterruptedException {
      String e = events.poll(10, TimeUnit.SECONDS);
      assertThat(e).as("an event within 10 s").isNotNull();
      return e;
    }
  }

  private static java.net.http.WebSocket open(HttpClient http, String path, Listener listener, String... headers) {
    java.net.http.WebSocket.Builder b = http.newWebSocketBuilder().connectTimeout(Duration.ofSeconds(10));
    for (int i = 0; i < headers.length; i += 2) {
      b.header(headers[i], headers[i + 1]);
    }
    return b.buildAsync(URI.create("ws://127.0.0.1:" + server.port() + path), listener).join();
  }

  @Test
  void echoesTextAndBinaryMessages() throws Exception {
    try (HttpClient http = HttpClient.newHttpClient()) {
      Listener listener = new Listener();
      java.net.http.WebSocket ws = open(http, "/ws/echo", listener);
      ws.sendText("hello", true).join();
      assertThat(listener.next()).isEqualTo("text:hello");
      ws.sendText("über ", false).join();
      ws.sendText("fragments", true).join();
      assertThat(listener.next()).isEqualTo("text:über fragments");
      ws.sendBinary(ByteBuffer.wrap(new byte[] {1, 2, 3}), true).join();
      assertThat(listener.next()).isEqualTo("binary:3");
      ws.sendClose(1000, "done").join();
      assertThat(listener.next()).startsWith("close:1000");
    }
  }

  @Test
  void bindsPathQueryAndHeadersAndSpeaksJson() throws Exception {
    try (HttpClient http = HttpClient.newHttpClient()) {
      Listener listener = new Listener();
      java.net.http.WebSocket ws = open(http, "/ws/rooms/lobby?nick=ann", listener, "X-Token", "t");
      assertThat(listener.next()).isEqualTo("text:welcome ann to lobby");
      ws.sendText("{\"x\":1,\"y\":2}", true).join();
      assertThat(listener.next()).isEqualTo("text:{\"x\":2,\"y\":1}");
      assertThat(listener.next()).isEqualTo("close:4000:bye");
    }
  }

  @Test
  void refusesTheUpgradeOverHttpWhenBindingFails() {
    try (HttpClient http = HttpClient.newHttpClient()) {
      CompletableFuture<java.net.http.WebSocket> attempt = http.newWebSocketBuilder()
          .buildAsync(URI.create("ws://127.0.0.1:" + server.port() + "/ws/rooms/lobby"), new Listener());
      assertThatThrownBy(attempt::join).isInstanceOf(CompletionException.class)
          .cause().isInstanceOf(WebSocketHandshakeException.class)
          .satisfies(e -> assertThat(((WebSocketHandshakeException) e).getResponse().statusCode()).isEqualTo(401));
    }
  }

  @Test
  void closesWith1009WhenAMessageIsTooBig() throws Exception {
    try (HttpClient http = HttpClient.newHttpClient()) {
      Listener listener = new Listener();
      java.net.http.WebSocket ws = open(http, "/ws/echo", listener);
      ws.sendText("x".repeat(2000), true).join();
      assertThat(listener.next()).startsWith("close:1009");
    }
  }

  @Test
  void answersAPlainRequestToAWebSocketRouteWith426() throws Exception {
    try (HttpClient http = HttpClient.newHttpClient()) {
      HttpResponse<String> r = http.send(java.net.http.HttpRequest.newBuilder(server.uri("/ws/echo")).build(),
          HttpResponse.BodyHandlers.ofString());
      assertThat(r.statusCode()).isEqualTo(426);
      assertThat(r.headers().firstValue("upgrade")).contains("websocket");
    }
  }
}
