package io.brisk.streaming;

import static org.assertj.core.api.Assertions.assertThat;

import io.brisk.Brisk;
import io.brisk.ServerSentEvent;
import io.brisk.annotation.Get;
import io.brisk.annotation.Header;
import io.brisk.annotation.Produces;
import io.brisk.testing.BriskServerExtension;
import io.brisk.testing.TestClient;
import io.brisk.testing.TestResponse;
import java.io.OutputStream;
import java.net.Socket;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.SubmissionPublisher;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class StreamingTest {
  record Tick(int n) {}

  static final CountDownLatch endlessClosed = new CountDownLatch(1);
  static final CountDownLatch pingRelease = new CountDownLatch(1);

  public static final class Api {
    @Get("/events")
    public Stream<ServerSentEvent> events(@Header Optional<String> lastEventId) {
      int from = lastEventId.map(Integer::parseInt).orElse(0);
      return Stream.of(
          ServerSentEvent.of(new Tick(from + 1)).withId(String.valueOf(from + 1)).withEvent("tick"),
          ServerSentEvent.of("two\nlines").withRetry(Duration.ofSeconds(3)),
          ServerSentEvent.comment("done"));
    }

    @Get("/ticks")
    public Stream<Tick> ticks() {
      return Stream.of(new Tick(1), new Tick(2), new Tick(3));
    }

    @Get("/sse-objects")
    @Produces("text/event-stream")
    public Iterator<Tick> sseObjects() {
      return List.of(new Tick(7)).iterator();
    }

    @Get("/published")
    public java.util.concurrent.Flow.Publisher<Tick> published() {
      // A cold publisher: it produces for each subscriber, after it subscribes.
      return subscriber -> {
        SubmissionPublisher<Tick> publisher = new SubmissionPublisher<>();
        publisher.subscribe(subscriber);
        Thread.ofVirtual().start(() -> {
          for (int i = 1; i <= 3; i++) {
            publisher.submit(new Tick(i));
          }
          publisher.close();
        });
      };
    }

    @Get("/endless")
    public Stream<ServerSentEvent> endless() {
      return Stream.iterate(1, i -> i + 1).map(i -> ServerSentEvent.of(new Tick(i)))
          .onClose(endlessClosed::countDown);
    }

    @Get("/quiet")
    public Stream<ServerSentEvent> quiet() {
      return Stream.of(1).map(i -> {
        try {
          pingRelease.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
        return ServerSentEvent.of("late");
      });
    }

    @Get("/plain")
    public String plain() {
      return "after the stream";
    }
  }

  private static Brisk app() {
    return Brisk.create().include(new Api());
  }

  /** Over HTTP, a short keep-alive so that the ping test needs no long wait. */
  @RegisterExtension
  static final BriskServerExtension server = BriskServerExtension.of(() -> {
    Brisk app = app();
    app.options().sseKeepAlive(Duration.ofMillis(50));
    return app;
  });

  @Test
  void servesServerSentEventsWithEveryField() {
    try (TestClient client = TestClient.of(app())) {
      TestResponse r = client.get("/events").header("Last-Event-ID", "41").send();
      assertThat(r.status()).isEqualTo(200);
      assertThat(r.header("content-type")).contains("text/event-stream");
      assertThat(r.header("cache-control")).contains("no-cache");
      assertThat(r.text()).isEqualTo("event: tick\nid: 42\ndata: {\"n\":42}\n\n"
          + "retry: 3000\ndata: two\ndata: lines\n\n"
          + ": done\n\n");
    }
  }

  @Test
  void streamsJsonLinesAndPlainObjectsAsEvents() {
    try (TestClient client = TestClient.of(app())) {
      TestResponse lines = client.get("/ticks").send();
      assertThat(lines.header("content-type")).contains("application/jsonl");
      assertThat(lines.text()).isEqualTo("{\"n\":1}\n{\"n\":2}\n{\"n\":3}\n");
      assertThat(client.get("/sse-objects").send().text()).isEqualTo("data: {\"n\":7}\n\n");
      assertThat(client.get("/published").send().text()).isEqualTo("{\"n\":1}\n{\"n\":2}\n{\"n\":3}\n");
    }
  }

  @Test
  void stopsAnEndlessStreamWhenTheClientGoesAway() throws Exception {
    try (HttpClient http = HttpClient.newHttpClient()) {
      HttpResponse<Stream<String>> r = http.send(HttpRequest.newBuilder(server.uri("/endless")).build(),
          HttpResponse.BodyHandlers.ofLines());
      try (Stream<String> lines = r.body()) {
        assertThat(lines.filter(l -> l.startsWith("data:")).limit(3).toList())
            .containsExactly("data: {\"n\":1}", "data: {\"n\":2}", "data: {\"n\":3}");
      }
    }
    assertThat(endlessClosed.await(10, TimeUnit.SECONDS)).isTrue();
  }

  @Test
  void pingsAQuietEventStream() throws Exception {
    try (HttpClient http = HttpClient.newHttpClient()) {
      HttpResponse<Stream<String>> r = http.send(HttpRequest.newBuilder(server.uri("/quiet")).build(),
          HttpResponse.BodyHandlers.ofLines());
      try (Stream<String> lines = r.body()) {
        Iterator<String> it = lines.iterator();
        assertThat(it.next()).isEqualTo(": ping");
        pingRelease.countDown();
        String line = it.next();
        while (!line.startsWith("data:")) {
          line = it.next();
        }
        assertThat(line).isEqualTo("data: late");
      }
    }
  }

  @Test
  void answersPipelinedRequestsInOrderAfterAStream() throws Exception {
    try (Socket socket = new Socket("127.0.0.1", server.port())) {
      OutputStream out = socket.getOutputStream();
      out.write(("GET /ticks HTTP/1.1\r\nHost: x\r\n\r\nGET /plain HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n")
          .getBytes(StandardCharsets.US_ASCII));
      out.flush();
      String all = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      int stream = all.indexOf("{\"n\":3}");
      int plain = all.indexOf("after the stream");
      assertThat(stream).isPositive();
      assertThat(plain).isGreaterThan(stream);
      assertThat(all.indexOf("HTTP/1.1 200", all.indexOf("HTTP/1.1 200") + 1)).isGreaterThan(stream);
    }
  }

  @Test
  void sendsOnlyHeadersForHead() {
    try (TestClient client = TestClient.of(app())) {
      TestResponse r = client.head("/ticks").send();
      assertThat(r.status()).isEqualTo(200);
      assertThat(r.text()).isEmpty();
    }
  }
}
