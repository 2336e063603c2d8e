package io.brisk.server;

import static org.assertj.core.api.Assertions.assertThat;

import io.brisk.BackgroundTasks;
import io.brisk.Brisk;
import io.brisk.annotation.Get;
import io.brisk.annotation.Query;
import java.io.IOException;
import java.net.ConnectException;
import java.net.Socket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * Stopping while clients keep sending: every request the server accepted is answered in full, new
 * connections are refused from the moment stop begins, stop returns within the shutdown timeout,
 * and background tasks finish (or are reported when they cannot).
 */
class StopUnderLoadTest {
  static final int CLIENTS = 6;
  static final Duration SHUTDOWN_TIMEOUT = Duration.ofSeconds(20);

  /** Requests the handler saw, and the background tasks that finished, by request id. */
  final Set<String> accepted = ConcurrentHashMap.newKeySet();
  final Set<String> tasksDone = ConcurrentHashMap.newKeySet();
  final AtomicInteger answered = new AtomicInteger();
  /** Open while the handlers run freely; replaced by a closed one to hold them. */
  volatile CountDownLatch gate = new CountDownLatch(0);
  final Semaphore held = new Semaphore(0);
  final CountDownLatch neverReleased = new CountDownLatch(1);
  final CountDownLatch holdRelease = new CountDownLatch(1);

  public final class Api {
    @Get("/work")
    public String work(@Query String id, BackgroundTasks tasks) throws InterruptedException {
      accepted.add(id);
      CountDownLatch current = gate;
      if (current.getCount() > 0) {
        held.release();
        current.await();
      }
      tasks.add(() -> tasksDone.add(id));
      return "done " + id;
    }

    @Get("/hold")
    public String hold() throws InterruptedException {
      held.release();
      return holdRelease.await(30, TimeUnit.SECONDS) ? "held" : "gave up";
    }

    @Get("/stuck-task")
    public String stuckTask(BackgroundTasks tasks) {
      tasks.add(() -> {
        try {
          neverReleased.await();
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
      });
      return "answered";
    }
  }

  private Brisk app(Duration shutdownTimeout) {
    Brisk app = Brisk.create().include(new Api());
    app.options().host("127.0.0.1").banner(false).shutdownHook(false).accessLog(false)
        .shutdownTimeout(shutdownTimeout);
    return app;
  }

  /** One client: sequential keep-alive requests, reconnecting when the server closes, until refused. */
  final class Client implements Runnable {
    final int port;
    final String name;
    final Map<String, String> answers = new ConcurrentHashMap<>();
    final List<String> unanswered = new ArrayList<>();
    volatile boolean refused;
    int next;

    Client(int port, String name) {
      this.port = port;
      this.name = name;
    }

    @Override
    public void run() {
      while (true) {
        try (RawHttp http = new RawHttp(port)) {
          boolean open = true;
          while (open) {
            String id = name + "-" + next++;
            try {
              RawHttp.Reply r = http.send("GET /work?id=" + id + " HTTP/1.1\r\nHost: x\r\n\r\n").read();
              if (r.status() == -1) {
                // Closed (or reset) before a status line: the server closed an idle connection.
                unanswered.add(id);
                open = false;
                continue;
              }
              answers.put(id, r.status() + " " + r.body());
              answered.incrementAndGet();
              open = !"close".equalsIgnoreCase(r.header("Connection"));
            } catch (IOException e) {
              unanswered.add(id);
              open = false;
            }
          }
        } catch (ConnectException e) {
          refused = true;
          return;
        } catch (IOException e) {
          // Reset while queued in the closing listener's backlog: never accepted; try again.
        }
      }
    }
  }

  @Test
  void answersEveryAcceptedRequestAndRefusesNewConnections() throws Exception {
    Brisk app = app(SHUTDOWN_TIMEOUT);
    int port = app.start(0);
    List<Client> clients = new ArrayList<>();
    List<Thread> threads = new ArrayList<>();
    for (int i = 0; i < CLIENTS; i++) {
      Client c = new Client(port, "c" + i);
      clients.add(c);
      threads.add(Thread.ofPlatform().name("load-" + i).start(c));
    }
    Thread stopper = null;
    try {
      // Let the load run for a while, then hold every client's current request in its handler.
      awaitAnswered(CLIENTS * 50);
      gate = new CountDownLatch(1);
      assertThat(held.tryAcquire(CLIENTS, 10, TimeUnit.SECONDS)).as("every client has a request held").isTrue();

      long begin = System.nanoTime();
      stopper = Thread.ofPlatform().name("stopper").start(app::stop);
      awaitRefused(port);
      assertThat(stopper.isAlive()).as("stop waits for the held requests").isTrue();
      gate.countDown();

      stopper.join(SHUTDOWN_TIMEOUT.toMillis() + 10_000);
      assertThat(stopper.isAlive()).isFalse();
      assertThat(System.nanoTime() - begin).as("stop returned within the shutdown timeout")
          .isLessThan(SHUTDOWN_TIMEOUT.toNanos());
      for (Thread t : threads) {
        t.join(10_000);
        assertThat(t.isAlive()).isFalse();
      }
    } finally {
      gate.countDown();
      if (stopper == null) {
        app.stop();
      }
    }

    int total = 0;
    for (Client c : clients) {
      assertThat(c.refused).as("%s was refused once stop began", c.name).isTrue();
      c.answers.forEach((id, answer) -> assertThat(answer).isEqualTo("200 done " + id));
      // A request the server never read may go unanswered (the client retries it); one it accepted may not.
      assertThat(c.unanswered).as("%s: unanswered requests the server had accepted", c.name)
          .doesNotContainAnyElementsOf(accepted);
      total += c.answers.size();
    }
    assertThat(accepted).hasSize(total);
    assertThat(tasksDone).as("every answered request's background task ran before stop returned")
        .isEqualTo(accepted);
  }

  @Test
  void closesIdleConnectionsWhenStopBeginsAndFinishesARequestStillArriving() throws Exception {
    Brisk app = app(SHUTDOWN_TIMEOUT);
    int port = app.start(0);
    Thread stopper = null;
    try (RawHttp busy = new RawHttp(port); RawHttp idle = new RawHttp(port); RawHttp arriving = new RawHttp(port)) {
      busy.send("GET /hold HTTP/1.1\r\nHost: x\r\n\r\n");
      assertThat(held.tryAcquire(10, TimeUnit.SECONDS)).isTrue();
      assertThat(idle.send("GET /work?id=idle HTTP/1.1\r\nHost: x\r\n\r\n").read().status()).isEqualTo(200);
      // The server has read this request's head once it asks for the body.
      assertThat(arriving.send("GET /work?id=arriving HTTP/1.1\r\nHost: x\r\nContent-Length: 5\r\n"
          + "Expect: 100-continue\r\n\r\n").read().status()).isEqualTo(100);
      arriving.send("ab");

      stopper = Thread.ofPlatform().name("stopper").start(app::stop);

      assertThat(idle.closedByServer()).as("an idle keep-alive connection closes as soon as stop begins").isTrue();
      assertThat(stopper.isAlive()).isTrue();
      RawHttp.Reply late = arriving.send("cde").read();
      assertThat(late.body()).isEqualTo("done arriving");
      assertThat(late.header("Connection")).isEqualTo("close");
      holdRelease.countDown();
      assertThat(busy.read().body()).isEqualTo("held");
    } finally {
      holdRelease.countDown();
      if (stopper != null) {
        stopper.join(SHUTDOWN_TIMEOUT.toMillis());
      }
      app.stop();
    }
  }

  @Test
  void reportsBackgroundTasksStillRunningAtTheShutdownTimeout() throws Exception {
    Brisk app = app(Duration.ofMillis(200));
    int port = app.start(0);
    try (CapturedLog log = new CapturedLog(); RawHttp http = new RawHttp(port)) {
      assertThat(http.send("GET /stuck-task HTTP/1.1\r\nHost: x\r\n\r\n").read().body()).isEqualTo("answered");

      app.stop();

      assertThat(log.text()).contains("1 request(s) still running background tasks at the end of the shutdown timeout");
    } finally {
      neverReleased.countDown();
    }
  }

  private void awaitAnswered(int count) throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
    while (answered.get() < count) {
      assertThat(System.nanoTime()).as("the load got going").isLessThan(deadline);
      Thread.onSpinWait();
      Thread.sleep(0, 100_000); // yield the core to the clients; not a timing assumption
    }
  }

  /** Waits until the listening socket refuses connections: stop() has begun. */
  private static void awaitRefused(int port) throws IOException {
    while (true) {
      try {
        new Socket("127.0.0.1", port).close();
        Thread.onSpinWait();
      } catch (ConnectException refused) {
        return;
      } catch (java.net.SocketException reset) {
        // Queued in the backlog of the listener being closed: not refused yet, try again.
      }
    }
  }
}
