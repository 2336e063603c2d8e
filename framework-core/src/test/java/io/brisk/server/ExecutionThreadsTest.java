package io.brisk.server;

import static org.assertj.core.api.Assertions.assertThat;

import io.brisk.Brisk;
import io.brisk.ExecutionMode;
import io.brisk.Route;
import io.brisk.annotation.Get;
import io.brisk.annotation.NonBlocking;
import io.brisk.testing.BriskServerExtension;
import io.netty.util.concurrent.FastThreadLocalThread;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class ExecutionThreadsTest {
  /** Where the calling code runs: a virtual thread, a Netty event loop, or some other thread. */
  static String where() {
    Thread t = Thread.currentThread();
    if (t.isVirtual()) {
      return "virtual thread";
    }
    return t instanceof FastThreadLocalThread ? "event loop" : "other thread " + t.getName();
  }

  public static class Api {
    @Get("/blocking")
    public String blocking() {
      return where();
    }

    @Get("/non-blocking")
    @NonBlocking
    public String nonBlocking() {
      return where();
    }

    @Get("/stage")
    public CompletionStage<String> stage() {
      return CompletableFuture.completedFuture(where());
    }
  }

  @NonBlocking
  public static class AllNonBlockingApi {
    @Get("/class-level")
    public String classLevel() {
      return where();
    }
  }

  @RegisterExtension
  static final BriskServerExtension server = BriskServerExtension.of(
      () -> Brisk.create().include(new Api()).include(new AllNonBlockingApi()));

  private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

  @AfterAll
  static void closeClient() {
    HTTP.close();
  }

  private static String get(String path) throws Exception {
    return HTTP.send(HttpRequest.newBuilder(server.uri(path)).build(), HttpResponse.BodyHandlers.ofString()).body();
  }

  @Test
  void runsHandlersOnVirtualThreadsByDefault() throws Exception {
    assertThat(get("/blocking")).isEqualTo("virtual thread");
  }

  @Test
  void runsNonBlockingHandlersOnTheEventLoop() throws Exception {
    assertThat(get("/non-blocking")).isEqualTo("event loop");
  }

  @Test
  void runsHandlersReturningACompletionStageOnTheEventLoop() throws Exception {
    assertThat(get("/stage")).isEqualTo("event loop");
  }

  @Test
  void runsEveryHandlerOfANonBlockingClassOnTheEventLoop() throws Exception {
    assertThat(get("/class-level")).isEqualTo("event loop");
  }

  @Test
  void recordsTheExecutionModeInTheRouteModel() {
    assertThat(server.app().routes()).extracting(r -> r.path() + " " + r.execution()).containsExactlyInAnyOrder(
        "/blocking VIRTUAL_THREAD", "/non-blocking EVENT_LOOP", "/stage EVENT_LOOP", "/class-level EVENT_LOOP");
  }

  @Test
  void canRunEveryHandlerOnTheEventLoopByDefault() {
    Brisk app = Brisk.create().include(new Api());
    app.options().defaultExecution(ExecutionMode.EVENT_LOOP);

    assertThat(app.routes()).extracting(Route::execution).containsOnly(ExecutionMode.EVENT_LOOP);
  }
}
