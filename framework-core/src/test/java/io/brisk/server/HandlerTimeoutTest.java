package io.brisk.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.brisk.Brisk;
import io.brisk.Middleware;
import io.brisk.RequestResource;
import io.brisk.ServerOptions;
import io.brisk.annotation.Get;
import io.brisk.annotation.NonBlocking;
import io.brisk.annotation.Provides;
import io.brisk.testing.BriskServerExtension;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** A handler that takes longer than {@code handlerTimeout} is answered by the server, not waited for. */
class HandlerTimeoutTest {
  static final Duration LIMIT = Duration.ofSeconds(1);

  final CountDownLatch entered = new CountDownLatch(1);
  final CountDownLatch interrupted = new CountDownLatch(1);
  final CountDownLatch release = new CountDownLatch(1);
  final CountDownLatch closed = new CountDownLatch(1);
  final CompletableFuture<String> pending = new CompletableFuture<>();
  final List<Optional<Throwable>> txOutcomes = new CopyOnWriteArrayList<>();

  /** A transaction-like dependency: records how it was finished. */
  final class Tx implements RequestResource {
    @Override
    public void beforeResponse(Optional<Throwable> failure) {
      txOutcomes.add(failure);
    }

    @Override
    public void close(Optional<Throwable> failure) {
      txOutcomes.add(failure);
      closed.countDown();
    }
  }

  public final class Providers {
    @Provides
    public Tx tx() {
      return new Tx();
    }
  }

  public final class Api {
    @Get("/fast")
    public String fast() {
      return "fast";
    }

    /** Waits forever, but gives up when interrupted. */
    @Get("/hang")
    public String hang() throws InterruptedException {
      entered.countDown();
      try {
        new CountDownLatch(1).await();
      } catch (InterruptedException e) {
        interrupted.countDown();
        throw e;
      }
      return "never";
    }

    /** Ignores interrupts until released, then returns a large body that must never be sent. */
    @Get("/stubborn")
    public String stubborn(Tx tx) {
      entered.countDown();
      boolean wasInterrupted = false;
      while (true) {
        try {
          release.await();
          break;
        } catch (InterruptedException e) {
          wasInterrupted = true;
          interrupted.countDown();
        }
      }
      if (wasInterrupted) {
        Thread.currentThread().interrupt();
      }
      return "late ".repeat(10_000);
    }

    @Get("/stage")
    public CompletionStage<String> stage() {
      entered.countDown();
      return pending;
    }

    @Get("/event-loop-stage")
    @NonBlocking
    public CompletionStage<String> eventLoopStage() {
      entered.countDown();
      return pending;
    }
  }

  private Brisk app(int status) {
    Brisk app = Brisk.create().provider(new Providers()).include(new Api());
    app.options().handlerTimeout(LIMIT).handlerTimeoutStatus(status);
    return app;
  }

  @RegisterExtension
  final BriskServerExtension server = BriskServerExtension.of(() -> app(503));

  @AfterEach
  void releaseHandlers() {
    release.countDown();
    pending.complete("released");
  }

  @Test
  void answersAHungHandlerWithTheConfiguredStatusAndInterruptsIt() throws Exception {
    try (RawHttp http = new RawHttp(server.port())) {
      RawHttp.Reply r = http.send("GET /hang HTTP/1.1\r\nHost: x\r\nX-Request-Id: hung-1\r\n\r\n").read();

      assertThat(r.status()).isEqualTo(503);
      assertThat(r.header("Content-Type")).isEqualTo("application/problem+json");
      assertThat(r.header("X-Request-Id")).isEqualTo("hung-1");
      assertThat(r.body()).contains("\"status\":503", "\"instance\":\"/hang\"", "quote request id hung-1");
      assertThat(interrupted.await(10, TimeUnit.SECONDS)).as("the handler's thread is interrupted").isTrue();
      // The connection stays usable: the next request gets its own answer.
      assertThat(http.send("GET /fast HTTP/1.1\r\nHost: x\r\n\r\n").read().body()).isEqualTo("fast");
    }
  }

  @Test
  void keepsServingOthersWhileAHandlerIsStuck() throws Exception {
    try (RawHttp stuck = new RawHttp(server.port()); RawHttp other = new RawHttp(server.port())) {
      stuck.send("GET /stubborn HTTP/1.1\r\nHost: x\r\n\r\n");
      assertThat(entered.await(10, TimeUnit.SECONDS)).isTrue();

      assertThat(other.send("GET /fast HTTP/1.1\r\nHost: x\r\n\r\n").read().body()).isEqualTo("fast");
      assertThat(stuck.read().status()).isEqualTo(503);
      // Still stuck (it ignores the interrupt), and still others are served.
      assertThat(interrupted.await(10, TimeUnit.SECONDS)).isTrue();
      assertThat(closed.getCount()).isEqualTo(1);
      assertThat(other.send("GET /fast HTTP/1.1\r\nHost: x\r\n\r\n").read().body()).isEqualTo("fast");
    }
  }

  @Test
  void discardsALateResultAndStillClosesTheRequestsResources() throws Exception {
    try (RawHttp http = new RawHttp(server.port())) {
      assertThat(http.send("GET /stubborn HTTP/1.1\r\nHost: x\r\n\r\n").read().status()).isEqualTo(503);

      release.countDown();
      assertThat(closed.await(10, TimeUnit.SECONDS)).as("the late handler's resources close").isTrue();
      RawHttp.Reply next = http.send("GET /fast HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n").read();

      assertThat(next.body()).as("the late result is never written").isEqualTo("fast");
      assertThat(http.closedByServer()).isTrue();
      assertThat(txOutcomes).hasSize(2).allSatisfy(outcome ->
          assertThat(outcome).containsInstanceOf(TimeoutException.class));
    }
  }

  @Test
  void timesTheCompletionOfAReturnedStage() throws Exception {
    try (RawHttp http = new RawHttp(server.port())) {
      assertThat(http.send("GET /stage HTTP/1.1\r\nHost: x\r\n\r\n").read().status()).isEqualTo(503);

      pending.complete("late");
      assertThat(http.send("GET /fast HTTP/1.1\r\nHost: x\r\n\r\n").read().body()).isEqualTo("fast");
    }
  }

  @Test
  void timesTheStageOfANonBlockingHandler() throws Exception {
    try (RawHttp http = new RawHttp(server.port())) {
      assertThat(http.send("GET /event-loop-stage HTTP/1.1\r\nHost: x\r\n\r\n").read().status()).isEqualTo(503);

      pending.complete("late");
      assertThat(http.send("GET /fast HTTP/1.1\r\nHost: x\r\n\r\n").read().body()).isEqualTo("fast");
    }
  }

  @Test
  void answers504WhenConfigured() throws Exception {
    Brisk app = app(504);
    app.options().host("127.0.0.1").banner(false).shutdownHook(false);
    int port = app.start(0);
    try (RawHttp http = new RawHttp(port)) {
      RawHttp.Reply r = http.send("GET /hang HTTP/1.1\r\nHost: x\r\n\r\n").read();

      assertThat(r.status()).isEqualTo(504);
      assertThat(r.body()).contains("\"title\":\"Gateway Timeout\"", "quote request id " + r.header("X-Request-Id"));
    } finally {
      app.stop();
    }
  }

  @Test
  void timesHandlersBehindAppMiddleware() throws Exception {
    Brisk app = app(503).use(Middleware.after((request, reply) -> reply.header("X-Seen", "yes")));
    app.options().host("127.0.0.1").banner(false).shutdownHook(false);
    int port = app.start(0);
    try (RawHttp http = new RawHttp(port)) {
      assertThat(http.send("GET /hang HTTP/1.1\r\nHost: x\r\n\r\n").read().status()).isEqualTo(503);
      assertThat(interrupted.await(10, TimeUnit.SECONDS)).isTrue();
      RawHttp.Reply fast = http.send("GET /fast HTTP/1.1\r\nHost: x\r\n\r\n").read();
      assertThat(fast.body()).isEqualTo("fast");
      assertThat(fast.header("X-Seen")).isEqualTo("yes");
    } finally {
      app.stop();
    }
  }

  @Test
  void acceptsOnly503Or504() {
    assertThatThrownBy(() -> new ServerOptions().handlerTimeoutStatus(500))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("503 or 504");
    assertThatThrownBy(() -> new ServerOptions().handlerTimeout(Duration.ofSeconds(-1)))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
