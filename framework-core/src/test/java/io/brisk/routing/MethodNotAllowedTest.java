package io.brisk.routing;

import static org.assertj.core.api.Assertions.assertThat;

import io.brisk.Brisk;
import io.brisk.annotation.Delete;
import io.brisk.annotation.Get;
import io.brisk.annotation.Post;
import io.brisk.testing.TestClient;
import io.brisk.testing.TestResponse;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

class MethodNotAllowedTest {
  public static class ItemsApi {
    @Get("/items")
    public String list() {
      return "items";
    }

    @Post("/items")
    public String create() {
      return "created";
    }

    @Delete("/items/{id}")
    public void delete(int id) {}
  }

  private static final TestClient client = TestClient.of(Brisk.create().include(new ItemsApi()));

  @AfterAll
  static void close() {
    client.close();
  }

  @Test
  void answersAKnownPathWithAnotherMethodWith405() {
    TestResponse r = client.put("/items").send();

    assertThat(r.status()).isEqualTo(405);
    assertThat(r.header("Content-Type")).hasValue("application/problem+json");
    assertThat(r.text()).isEqualTo("{\"type\":\"about:blank\",\"title\":\"Method Not Allowed\",\"status\":405,"
        + "\"detail\":\"Method PUT is not allowed here; allowed: GET, POST, HEAD, OPTIONS\",\"instance\":\"/items\"}");
  }

  @Test
  void listsTheAllowedMethodsInTheAllowHeader() {
    assertThat(client.patch("/items").send().header("Allow")).hasValue("GET, POST, HEAD, OPTIONS");
  }

  @Test
  void leavesHeadOutOfAllowWhenThereIsNoGet() {
    TestResponse r = client.get("/items/3").send();

    assertThat(r.status()).isEqualTo(405);
    assertThat(r.header("Allow")).hasValue("DELETE, OPTIONS");
  }
}
