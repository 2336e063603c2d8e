package io.brisk.startup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.brisk.Brisk;
import io.brisk.annotation.Get;
import io.brisk.internal.StartupTasks;
import io.brisk.spi.BriskPlugin;
import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Start-up work forked onto a second core (forced here: the tests may run on one core) keeps the
 * serial start-up's behaviour: start() joins it before accepting a connection, its failure fails
 * start() unchanged with nothing answered, and the earliest failure wins.
 */
@ExtendWith(ForceParallelStartup.class)
class ParallelStartupTest {
  public static class Api {
    @Get("/")
    public String root() {
      return "root";
    }
  }

  public static class Broken {
    @Get("/broken/{id}")
    public String broken(int other) {
      return "never";
    }
  }

  /**
   * Forks, when the routes are built (or when installed), a task that waits for the test and then
   * does its work.
   */
  static final class ForkingPlugin implements BriskPlugin {
    final CountDownLatch release = new CountDownLatch(1);
    final Runnable work;
    final boolean atInstall;
    final AtomicReference<Thread> thread = new AtomicReference<>();

    ForkingPlugin(Runnable work) {
      this(work, false);
    }

    ForkingPlugin(Runnable work, boolean atInstall) {
      this.work = work;
      this.atInstall = atInstall;
    }

    @Override
    public void install(Brisk app) {
      if (atInstall) {
        fork(app);
      }
    }

    @Override
    public void routesBuilt(Brisk app, List<io.brisk.Route> routes) {
      if (!atInstall) {
        fork(app);
      }
    }

    private void fork(Brisk app) {
      StartupTasks.of(app).fork("test-startup-task", () -> {
        thread.set(Thread.currentThread());
        try {
          release.await();
        } catch (InterruptedException e) {
          throw new IllegalStateException(e);
        }
        work.run();
        return null;
      });
    }
  }

  private static Brisk app(BriskPlugin plugin) {
    Brisk app = Brisk.create().include(new Api()).plugin(plugin);
    app.options().host("127.0.0.1").banner(false).shutdownHook(false);
    return app;
  }

  private static int freePort() throws IOException {
    try (ServerSocket s = new ServerSocket(0)) {
      return s.getLocalPort();
    }
  }

  /** Connects once the port listens, and sends a request. */
  private static Socket connectAndAsk(int port) throws Exception {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
    while (true) {
      try {
        Socket s = new Socket("127.0.0.1", port);
        s.setSoTimeout(10_000);
        s.getOutputStream().write("GET / HTTP/1.1\r\nHost: x\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
        return s;
      } catch (ConnectException notYet) {
        if (System.nanoTime() > deadline) {
          throw notYet;
        }
        Thread.sleep(2);
      }
    }
  }

  /** What the server sent before closing (an empty string when it closed or reset unanswered). */
  private static String readAll(Socket s) throws IOException {
    StringBuilder out = new StringBuilder();
    try (InputStream in = s.getInputStream()) {
      byte[] buf = new byte[1024];
      int n;
      while ((n = in.read(buf)) > 0) {
        out.append(new String(buf, 0, n, StandardCharsets.US_ASCII));
        if (out.indexOf("root") >= 0) {
          break;
        }
      }
    } catch (java.net.SocketException reset) {
      // Closed unanswered.
    }
    return out.toString();
  }

  @Test
  void aRequestSentWhileATaskRunsIsAnsweredOnlyAfterStartReturns() throws Exception {
    ForkingPlugin plugin = new ForkingPlugin(() -> {});
    Brisk app = app(plugin);
    int port = freePort();
    CompletableFuture<Integer> started = CompletableFuture.supplyAsync(() -> app.start(port));
    try (Socket s = connectAndAsk(port)) {
      s.setSoTimeout(1_000); // the deterministic check is in the next test; this one shows the hold ends
      assertThatThrownBy(() -> s.getInputStream().read()).isInstanceOf(java.net.SocketTimeoutException.class);
      assertThat(started).isNotDone();

      plugin.release.countDown();
      assertThat(started.get(20, TimeUnit.SECONDS)).isEqualTo(port);
      s.setSoTimeout(10_000);
      assertThat(readAll(s)).startsWith("HTTP/1.1 200").contains("root");
    } finally {
      app.stop();
    }
  }

  @Test
  void aFailingTaskFailsStartUnchangedAndNothingIsAnswered() throws Exception {
    IllegalStateException failure = new IllegalStateException("the document cannot be built");
    ForkingPlugin plugin = new ForkingPlugin(() -> {
      throw failure;
    });
    Brisk app = app(plugin);
    int port = freePort();
    CompletableFuture<Integer> started = CompletableFuture.supplyAsync(() -> app.start(port));
    try (Socket s = connectAndAsk(port)) {
      plugin.release.countDown();

      assertThatThrownBy(() -> started.get(20, TimeUnit.SECONDS)).hasCauseReference(failure);
      assertThat(readAll(s)).isEmpty();
    }
    assertThatThrownBy(() -> new Socket("127.0.0.1", port).close()).isInstanceOf(ConnectException.class);
    assertThatThrownBy(app::port).hasMessage("The app is not started");
    assertThat(plugin.thread.get().isAlive()).isFalse();
  }

  @Test
  void aTaskFailureWinsOverALaterFailureOfTheStartingThread() throws Exception {
    IllegalStateException failure = new IllegalStateException("forked first");
    ForkingPlugin plugin = new ForkingPlugin(() -> {
      throw failure;
    });
    Brisk app = app(plugin);
    // The second plugin's routesBuilt fails on the starting thread after the first one forked.
    app.plugin(new BriskPlugin() {
      @Override
      public void install(Brisk a) {}

      @Override
      public void routesBuilt(Brisk a, List<io.brisk.Route> routes) {
        plugin.release.countDown();
        throw new IllegalArgumentException("failed later");
      }
    });

    assertThatThrownBy(() -> app.start(0)).isSameAs(failure);
    assertThat(plugin.thread.get().isAlive()).isFalse();
  }

  @Test
  void aTaskForkedAtInstallWinsOverARouteErrorFoundLater() {
    IllegalStateException failure = new IllegalStateException("forked first");
    ForkingPlugin plugin = new ForkingPlugin(() -> {
      throw failure;
    }, true);
    Brisk app = app(plugin).include(new Broken());
    plugin.release.countDown();

    assertThatThrownBy(() -> app.start(0)).isSameAs(failure);
    assertThat(plugin.thread.get().isAlive()).isFalse();
  }

  @Test
  void theStartingThreadsFailureIsThrownWhenTheTasksSucceed() {
    ForkingPlugin plugin = new ForkingPlugin(() -> {}, true);
    Brisk app = app(plugin).include(new Broken());
    plugin.release.countDown();

    Brisk serial = Brisk.create().include(new Api()).include(new Broken());
    Throwable expected = org.assertj.core.api.Assertions.catchThrowable(serial::routes);
    assertThat(expected).isNotNull();
    assertThatThrownBy(() -> app.start(0)).isInstanceOf(expected.getClass()).hasMessage(expected.getMessage());
    assertThat(plugin.thread.get().isAlive()).isFalse();
  }

  @Test
  void routesJoinsTheTasksBeforeReturning() {
    AtomicReference<String> done = new AtomicReference<>();
    ForkingPlugin plugin = new ForkingPlugin(() -> done.set("done"));
    Brisk app = app(plugin);
    plugin.release.countDown();

    app.routes();

    assertThat(done.get()).isEqualTo("done");
    assertThat(plugin.thread.get().isAlive()).isFalse();
  }
}
