package io.brisk.responses;

import static org.assertj.core.api.Assertions.assertThat;

import io.brisk.Brisk;
import io.brisk.Route;
import io.brisk.annotation.Delete;
import io.brisk.annotation.Get;
import io.brisk.annotation.Post;
import io.brisk.annotation.Status;
import io.brisk.testing.TestClient;
import io.brisk.testing.TestResponse;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

class StatusCodesTest {
  public record Item(String name) {}

  public static class Api {
    @Get("/item")
    public Item item() {
      return new Item("x");
    }

    @Delete("/item")
    public void delete() {}

    @Get("/nothing")
    public Item nothing() {
      return null;
    }

    @Post("/items")
    @Status(201)
    public Item create() {
      return new Item("new");
    }

    @Post("/jobs")
    @Status(202)
    public void enqueue() {}

    @Get("/created-null")
    @Status(201)
    public Item createdNull() {
      return null;
    }
  }

  private static final Brisk app = Brisk.create().include(new Api());
  private static final TestClient client = TestClient.of(app);

  @AfterAll
  static void close() {
    client.close();
  }

  @Test
  void answers200ForAValue() {
    assertThat(client.get("/item").send().status()).isEqualTo(200);
  }

  @Test
  void answers204WithoutABodyForVoid() {
    TestResponse r = client.delete("/item").send();

    assertThat(r.status()).isEqualTo(204);
    assertThat(r.bytes()).isEmpty();
    assertThat(r.header("Content-Type")).isEmpty();
  }

  @Test
  void answers204ForANullResult() {
    assertThat(client.get("/nothing").send().status()).isEqualTo(204);
  }

  @Test
  void answersTheDeclaredStatus() {
    TestResponse r = client.post("/items").send();

    assertThat(r.status()).isEqualTo(201);
    assertThat(r.text()).isEqualTo("{\"name\":\"new\"}");
  }

  @Test
  void keepsTheDeclaredStatusForVoidAndNull() {
    TestResponse jobs = client.post("/jobs").send();
    TestResponse createdNull = client.get("/created-null").send();

    assertThat(jobs.status()).isEqualTo(202);
    assertThat(jobs.header("Content-Length")).hasValue("0");
    assertThat(createdNull.status()).isEqualTo(201);
  }

  @Test
  void recordsTheStatusInTheRouteModel() {
    assertThat(app.routes()).extracting(r -> r.httpMethod() + " " + r.path() + " " + r.status())
        .containsExactlyInAnyOrder("GET /item 200", "DELETE /item 204", "GET /nothing 200", "POST /items 201",
            "POST /jobs 202", "GET /created-null 201");
  }

  @Test
  void recordsTheResponseTypeInTheRouteModel() {
    Route delete = app.routes().stream().filter(r -> r.httpMethod().name().equals("DELETE")).findFirst().orElseThrow();
    Route item = app.routes().stream().filter(r -> r.path().equals("/item") && r.status() == 200).findFirst().orElseThrow();

    assertThat(delete.responseType()).isEqualTo(void.class);
    assertThat(item.responseType()).isEqualTo(Item.class);
  }
}
