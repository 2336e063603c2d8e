package io.brisk;

import static org.assertj.core.api.Assertions.assertThat;

import io.brisk.annotation.Get;
import io.brisk.annotation.Post;
import io.brisk.testing.TestClient;
import java.util.List;
import org.junit.jupiter.api.Test;

class SmokeTest {
  record Item(String name, double price, List<String> tags) {}

  public static class Api {
    @Get("/hello")
    public String hello() {
      return "Hello";
    }

    @Get("/items/{id}")
    public Item item(int id, String q) {
      return new Item(q + id, 1.5, List.of());
    }

    @Post("/items")
    public Item create(Item item) {
      return item;
    }
  }

  @Test
  void works() {
    Brisk app = Brisk.create().include(new Api());
    try (TestClient c = TestClient.of(app)) {
      var r = c.get("/hello").send();
      System.out.println(r + " " + r.header("content-type"));
      r = c.get("/items/3?q=x").send();
      System.out.println(r);
      r = c.get("/items/abc").send();
      System.out.println(r);
      r = c.post("/items").json(new Item("a", 2, List.of("x"))).send();
      System.out.println(r);
      r = c.post("/items").body("{\"name\": 1, \"price\": \"x\"}", "application/json").send();
      System.out.println(r);
      r = c.post("/items").body("{\"name\": ", "application/json").send();
      System.out.println(r);
      r = c.delete("/items").send();
      System.out.println(r + " " + r.header("allow"));
      r = c.head("/hello").send();
      System.out.println(r + " " + r.header("content-length"));
      assertThat(r.status()).isEqualTo(200);
    }
  }
}
