package io.brisk.parameters;

import static org.assertj.core.api.Assertions.assertThat;

import io.brisk.Brisk;
import io.brisk.ParamSource;
import io.brisk.RouteParameter;
import io.brisk.annotation.Get;
import io.brisk.annotation.Path;
import io.brisk.testing.TestClient;
import io.brisk.testing.TestResponse;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

class PathParametersTest {
  public static class Api {
    @Get("/items/{itemId}")
    public String byName(long itemId) {
      return "item " + itemId;
    }

    @Get("/orders/{order_id}/lines/{line}")
    public String byAlias(@Path("order_id") long orderId, @Path(description = "line number") int line) {
      return "order " + orderId + " line " + line;
    }
  }

  private static final Brisk app = Brisk.create().include(new Api());
  private static final TestClient client = TestClient.of(app);

  @AfterAll
  static void close() {
    client.close();
  }

  @Test
  void bindsAParameterNamedAfterAVariable() {
    assertThat(client.get("/items/12").send().text()).isEqualTo("item 12");
  }

  @Test
  void bindsAnAnnotatedParameterByItsAlias() {
    assertThat(client.get("/orders/7/lines/2").send().text()).isEqualTo("order 7 line 2");
  }

  @Test
  void reportsAValueThatDoesNotConvertAtItsAlias() {
    TestResponse r = client.get("/orders/seven/lines/2").send();

    assertThat(r.status()).isEqualTo(422);
    assertThat(r.json().get("errors").toString()).isEqualTo(
        "[{\"loc\":[\"path\",\"order_id\"],\"msg\":\"Input should be a valid integer\",\"type\":\"int_parsing\",\"input\":\"seven\"}]");
  }

  @Test
  void describesPathParametersAsRequiredInTheRouteModel() {
    RouteParameter p = app.routes().stream().filter(r -> r.path().startsWith("/orders")).findFirst().orElseThrow()
        .parameters().get(0);

    assertThat(p.source()).isEqualTo(ParamSource.PATH);
    assertThat(p.name()).isEqualTo("order_id");
    assertThat(p.javaName()).isEqualTo("orderId");
    assertThat(p.required()).isTrue();
    assertThat(p.type()).isEqualTo(long.class);
  }

  @Test
  void keepsTheDescriptionInTheRouteModel() {
    RouteParameter p = app.routes().stream().filter(r -> r.path().startsWith("/orders")).findFirst().orElseThrow()
        .parameters().get(1);

    assertThat(p.description()).isEqualTo("line number");
  }
}
