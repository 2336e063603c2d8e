package io.brisk.routing;

import static org.assertj.core.api.Assertions.assertThat;

import io.brisk.Brisk;
import io.brisk.Route;
import io.brisk.RouteGroup;
import io.brisk.annotation.Get;
import io.brisk.annotation.Router;
import io.brisk.testing.TestClient;
import java.util.List;
import org.junit.jupiter.api.Test;

class RouteGroupTest {
  @Router(prefix = "/items", tags = "items")
  public static class ItemsApi {
    @Get("/{id}")
    public String read(int id) {
      return "item " + id;
    }
  }

  @Router(prefix = "/users")
  public static class AdminUsersApi {
    @Get
    public String users() {
      return "admin users";
    }
  }

  public static class HealthApi {
    @Get("/health")
    public String health() {
      return "ok";
    }
  }

  private static Brisk app() {
    return Brisk.create()
        .include(new HealthApi())
        .include(RouteGroup.prefix("/v1").tags("v1")
            .include(new ItemsApi())
            .include(RouteGroup.prefix("/admin").tags("admin").include(new AdminUsersApi())));
  }

  @Test
  void joinsTheGroupPrefixesTheRouterPrefixAndThePath() {
    assertThat(app().routes()).extracting(Route::path)
        .containsExactlyInAnyOrder("/health", "/v1/items/{id}", "/v1/admin/users");
  }

  @Test
  void servesRoutesUnderTheirNestedPrefixes() {
    try (TestClient client = TestClient.of(app())) {
      assertThat(client.get("/v1/items/2").send().text()).isEqualTo("item 2");
      assertThat(client.get("/v1/admin/users").send().text()).isEqualTo("admin users");
      assertThat(client.get("/health").send().text()).isEqualTo("ok");
      assertThat(client.get("/items/2").send().status()).isEqualTo(404);
    }
  }

  @Test
  void tagsRoutesWithTheOuterGroupsFirst() {
    List<Route> routes = app().routes();

    assertThat(routes).filteredOn(r -> r.path().equals("/v1/admin/users")).singleElement()
        .extracting(Route::tags).isEqualTo(List.of("v1", "admin"));
    assertThat(routes).filteredOn(r -> r.path().equals("/v1/items/{id}")).singleElement()
        .extracting(Route::tags).isEqualTo(List.of("v1", "items"));
  }

  @Test
  void exposesWhatWasConfigured() {
    ItemsApi items = new ItemsApi();
    RouteGroup group = RouteGroup.prefix("/v2").tags("a", "b").include(items);

    assertThat(group.prefix()).isEqualTo("/v2");
    assertThat(group.tags()).containsExactly("a", "b");
    assertThat(group.members()).containsExactly(items);
  }
}
