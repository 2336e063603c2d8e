package io.brisk.dependencies;

import static org.assertj.core.api.Assertions.assertThat;

import io.brisk.BackgroundTasks;
import io.brisk.Brisk;
import io.brisk.annotation.Get;
import io.brisk.testing.TestClient;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

class BackgroundTasksTest {
  final List<String> done = new CopyOnWriteArrayList<>();
  final CountDownLatch finished = new CountDownLatch(1);
  final CountDownLatch started = new CountDownLatch(1);
  final CountDownLatch release = new CountDownLatch(1);
  final AtomicBoolean slowTaskDone = new AtomicBoolean();

  public final class Api {
    @Get("/order")
    public String order(BackgroundTasks tasks) {
      tasks.add(() -> done.add("first"))
          .add(() -> {
            throw new IllegalStateException("mail server down");
          })
          .add(() -> {
            done.add("third");
            finished.countDown();
          });
      return "ordered";
    }

    @Get("/broken")
    public String broken(BackgroundTasks tasks) {
      tasks.add(() -> done.add("should not run"));
      throw new IllegalStateException("handler failed");
    }

    @Get("/slow")
    public String slow(BackgroundTasks tasks) {
      tasks.add(() -> {
        started.countDown();
        try {
          release.await();
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
        slowTaskDone.set(true);
      });
      return "accepted";
    }
  }

  @Test
  void runsTasksInOrderAfterTheResponseAndSurvivesAFailingOne() throws InterruptedException {
    try (TestClient client = TestClient.of(Brisk.create().include(new Api()))) {
      assertThat(client.get("/order").send().text()).isEqualTo("ordered");
      assertThat(finished.await(10, TimeUnit.SECONDS)).isTrue();
      assertThat(done).containsExactly("first", "third");
    }
  }

  @Test
  void runsNoTaskWhenTheHandlerFails() {
    try (TestClient client = TestClient.of(Brisk.create().include(new Api()))) {
      assertThat(client.get("/broken").send().status()).isEqualTo(500);
      // A later request's task runs after any earlier one was scheduled: use it as a barrier.
      assertThat(client.get("/order").send().status()).isEqualTo(200);
    }
    try {
      assertThat(finished.await(10, TimeUnit.SECONDS)).isTrue();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    assertThat(done).doesNotContain("should not run");
  }

  @Test
  void stopWaitsForRunningTasks() throws Exception {
    Brisk app = Brisk.create().include(new Api());
    app.options().host("127.0.0.1").shutdownHook(false).shutdownTimeout(Duration.ofSeconds(30));
    int port = app.start(0);
    try (HttpClient http = HttpClient.newHttpClient()) {
      HttpResponse<String> r = http.send(
          HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/slow")).build(),
          HttpResponse.BodyHandlers.ofString());
      assertThat(r.body()).isEqualTo("accepted");
    }
    assertThat(started.await(10, TimeUnit.SECONDS)).isTrue();
    Thread stopper = Thread.ofVirtual().start(app::stop);
    // While the task is blocked, stop must not return (a bounded check, not a synchronisation).
    assertThat(stopper.join(Duration.ofMillis(300))).isFalse();
    release.countDown();
    stopper.join();
    assertThat(slowTaskDone).isTrue();
  }
}
