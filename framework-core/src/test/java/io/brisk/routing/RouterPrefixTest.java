package io.brisk.routing;

import static org.assertj.core.api.Assertions.assertThat;

import io.brisk.Brisk;
import io.brisk.HttpMethod;
import io.brisk.Route;
import io.brisk.annotation.Get;
import io.brisk.annotation.Post;
import io.brisk.annotation.Router;
import io.brisk.testing.TestClient;
import java.util.List;
import org.junit.jupiter.api.Test;

class RouterPrefixTest {
  @Router(prefix = "/items", tags = {"items", "catalog"})
  public static class ItemsApi {
    @Get
    public String list() {
      return "all items";
    }

    @Get("/{itemId}")
    public String read(int itemId) {
      return "item " + itemId;
    }

    @Post(value = "/", tags = "writes")
    public String create() {
      return "created";
    }
  }

  @Router(prefix = "reports/")
  public static class ReportsApi {
    @Get("daily")
    public String daily() {
      return "daily";
    }
  }

  @Test
  void prefixesEveryRouteOfTheClass() {
    Brisk app = Brisk.create().include(new ItemsApi());

    assertThat(app.routes()).extracting(r -> r.httpMethod() + " " + r.path())
        .containsExactlyInAnyOrder("GET /items", "GET /items/{itemId}", "POST /items/");
  }

  @Test
  void servesTheEmptyPathAsThePrefixItself() {
    try (TestClient client = TestClient.of(Brisk.create().include(new ItemsApi()))) {
      assertThat(client.get("/items").send().text()).isEqualTo("all items");
      assertThat(client.get("/items/3").send().text()).isEqualTo("item 3");
    }
  }

  @Test
  void tagsEveryRouteAndAddsTheMethodsOwnTags() {
    List<Route> routes = Brisk.create().include(new ItemsApi()).routes();

    Route read = routes.stream().filter(r -> r.path().equals("/items/{itemId}")).findFirst().orElseThrow();
    Route create = routes.stream().filter(r -> r.httpMethod() == HttpMethod.POST).findFirst().orElseThrow();
    assertThat(read.tags()).containsExactly("items", "catalog");
    assertThat(create.tags()).containsExactly("items", "catalog", "writes");
  }

  @Test
  void addsMissingSlashesAndDropsTrailingOnesInPrefixes() {
    try (TestClient client = TestClient.of(Brisk.create().include(new ReportsApi()))) {
      assertThat(client.get("/reports/daily").send().text()).isEqualTo("daily");
    }
  }

  @Test
  void namesTheHandlerClassAndMethodInTheRouteModel() throws NoSuchMethodException {
    Route read = Brisk.create().include(new ItemsApi()).routes().stream()
        .filter(r -> r.path().equals("/items/{itemId}")).findFirst().orElseThrow();

    assertThat(read.handlerClass()).isEqualTo(ItemsApi.class);
    assertThat(read.handlerMethod()).isEqualTo(ItemsApi.class.getMethod("read", int.class));
    assertThat(read.toString()).isEqualTo("GET /items/{itemId} -> ItemsApi.read");
  }
}
