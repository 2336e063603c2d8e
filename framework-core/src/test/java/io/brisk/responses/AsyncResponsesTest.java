package io.brisk.responses;

import static org.assertj.core.api.Assertions.assertThat;

import io.brisk.Brisk;
import io.brisk.HttpException;
import io.brisk.Route;
import io.brisk.annotation.Get;
import io.brisk.testing.TestClient;
import io.brisk.testing.TestResponse;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

class AsyncResponsesTest {
  public record Item(String name) {}

  public static class Api {
    @Get("/item")
    public CompletionStage<Item> item() {
      return CompletableFuture.completedFuture(new Item("async"));
    }

    @Get("/later")
    public CompletableFuture<String> later() {
      return CompletableFuture.supplyAsync(() -> "computed elsewhere");
    }

    @Get("/failed")
    public CompletionStage<Item> failed() {
      return CompletableFuture.failedFuture(HttpException.conflict("already there"));
    }
  }

  private static final Brisk app = Brisk.create().include(new Api());
  private static final TestClient client = TestClient.of(app);

  @AfterAll
  static void close() {
    client.close();
  }

  @Test
  void writesTheValueOfACompletionStage() {
    TestResponse r = client.get("/item").send();

    assertThat(r.status()).isEqualTo(200);
    assertThat(r.text()).isEqualTo("{\"name\":\"async\"}");
  }

  @Test
  void waitsForAStageCompletedOnAnotherThread() {
    assertThat(client.get("/later").send().text()).isEqualTo("computed elsewhere");
  }

  @Test
  void answersAFailedStageLikeAThrownException() {
    TestResponse r = client.get("/failed").send();

    assertThat(r.status()).isEqualTo(409);
    assertThat(r.json().get("detail").asText()).isEqualTo("already there");
  }

  @Test
  void unwrapsTheStagesTypeInTheRouteModel() {
    assertThat(app.routes()).filteredOn(r -> r.path().equals("/item")).singleElement()
        .extracting(Route::responseType).isEqualTo(Item.class);
  }
}
