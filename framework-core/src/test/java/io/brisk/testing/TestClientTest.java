package io.brisk.testing;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.type.TypeReference;
import io.brisk.Brisk;
import io.brisk.annotation.Delete;
import io.brisk.annotation.Get;
import io.brisk.annotation.Patch;
import io.brisk.annotation.Post;
import io.brisk.annotation.Put;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

class TestClientTest {
  public record Item(String name, int quantity) {}

  public static class Api {
    @Get("/items")
    public List<Item> list() {
      return List.of(new Item("a", 1), new Item("b", 2));
    }

    @Post("/items")
    public Item create(Item item) {
      return item;
    }

    @Put("/items/{name}")
    public String put(String name) {
      return "put " + name;
    }

    @Patch("/items/{name}")
    public String patch(String name) {
      return "patch " + name;
    }

    @Delete("/items/{name}")
    public String delete(String name) {
      return "delete " + name;
    }

    @Get("/query")
    public String query(String q, List<String> tag) {
      return q + " " + tag;
    }
  }

  private static final Brisk app = Brisk.create().include(new Api());
  private static final TestClient client = TestClient.of(app);

  @AfterAll
  static void close() {
    client.close();
  }

  @Test
  void callsTheAppWithoutStartingIt() {
    assertThat(client.get("/items").send().status()).isEqualTo(200);
    assertThat(client.app()).isSameAs(app);
  }

  @Test
  void sendsEveryMethod() {
    assertThat(client.put("/items/x").send().text()).isEqualTo("put x");
    assertThat(client.patch("/items/x").send().text()).isEqualTo("patch x");
    assertThat(client.delete("/items/x").send().text()).isEqualTo("delete x");
  }

  @Test
  void writesAJsonBodyWithTheAppsMapper() {
    TestResponse r = client.post("/items").json(new Item("saw", 3)).send();

    assertThat(r.json(Item.class)).isEqualTo(new Item("saw", 3));
  }

  @Test
  void readsGenericJsonAndJsonTrees() {
    TestResponse r = client.get("/items").send();

    assertThat(r.json(new TypeReference<List<Item>>() {})).containsExactly(new Item("a", 1), new Item("b", 2));
    assertThat(r.json().get(1).get("name").asText()).isEqualTo("b");
    assertThat(r.json(new TypeReference<List<Map<String, Object>>>() {}).get(0)).containsEntry("quantity", 1);
  }

  @Test
  void encodesQueryParametersAndAppendsThemToAnExistingQuery() {
    TestResponse r = client.get("/query?tag=x").query("q", "a b&c").query("tag", "y").send();

    assertThat(r.text()).isEqualTo("a b&c [x, y]");
  }

  @Test
  void describesAResponseByStatusAndBody() {
    assertThat(client.put("/items/x").send()).hasToString("200 put x");
  }

  @Test
  void runsThroughTheServersLimits() {
    Brisk small = Brisk.create().include(new Api());
    small.options().maxBodySize(10);
    try (TestClient limited = TestClient.of(small)) {
      TestResponse r = limited.post("/items").json(new Item("a long name", 1)).send();

      assertThat(r.status()).isEqualTo(413);
      assertThat(r.header("Content-Type")).hasValue("application/problem+json");
    }
  }

  @Test
  void isUsableFromManyThreadsAtOnce() throws Exception {
    List<Thread> threads = new java.util.ArrayList<>();
    List<Integer> statuses = new java.util.concurrent.CopyOnWriteArrayList<>();
    for (int i = 0; i < 8; i++) {
      threads.add(Thread.ofVirtual().start(() -> statuses.add(client.get("/items").send().status())));
    }
    for (Thread t : threads) {
      t.join();
    }

    assertThat(statuses).hasSize(8).containsOnly(200);
  }
}
