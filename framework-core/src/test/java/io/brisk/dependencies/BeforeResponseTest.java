package io.brisk.dependencies;

import static org.assertj.core.api.Assertions.assertThat;

import io.brisk.Brisk;
import io.brisk.HttpException;
import io.brisk.RequestResource;
import io.brisk.annotation.Get;
import io.brisk.annotation.Provides;
import io.brisk.testing.TestClient;
import io.brisk.testing.TestResponse;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class BeforeResponseTest {
  final List<String> events = new CopyOnWriteArrayList<>();
  final CountDownLatch closed = new CountDownLatch(1);

  /** A transaction: commits (or rolls back) before the response, releases after it. */
  final class Tx implements RequestResource {
    boolean conflict;

    @Override
    public void beforeResponse(Optional<Throwable> failure) {
      if (failure.isPresent()) {
        events.add("rollback");
      } else if (conflict) {
        throw new HttpException(409, "The item changed meanwhile");
      } else {
        events.add("commit");
      }
    }

    @Override
    public void close(Optional<Throwable> failure) {
      events.add("release");
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
    @Get("/ok")
    public String ok(Tx tx) {
      events.add("handler");
      return "done";
    }

    @Get("/conflict")
    public String conflict(Tx tx) {
      tx.conflict = true;
      return "never sent";
    }

    @Get("/fail")
    public String fail(Tx tx) {
      throw new IllegalStateException("boom");
    }
  }

  private Brisk app() {
    return Brisk.create().provider(new Providers()).include(new Api());
  }

  @Test
  void commitsBeforeTheClientSeesTheResponse() throws InterruptedException {
    try (TestClient client = TestClient.of(app())) {
      assertThat(client.get("/ok").send().text()).isEqualTo("done");
      assertThat(events).startsWith("handler", "commit"); // already committed when the answer arrived
      assertThat(closed.await(10, TimeUnit.SECONDS)).isTrue();
      assertThat(events).containsExactly("handler", "commit", "release");
    }
  }

  @Test
  void answersAFailedCommitInsteadOfTheHandlersResult() {
    try (TestClient client = TestClient.of(app())) {
      TestResponse r = client.get("/conflict").send();
      assertThat(r.status()).isEqualTo(409);
      assertThat(r.text()).doesNotContain("never sent");
    }
  }

  @Test
  void rollsBackBeforeTheErrorResponse() {
    try (TestClient client = TestClient.of(app())) {
      assertThat(client.get("/fail").send().status()).isEqualTo(500);
      assertThat(events).startsWith("rollback");
    }
  }
}
