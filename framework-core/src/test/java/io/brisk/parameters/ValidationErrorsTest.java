package io.brisk.parameters;

import static org.assertj.core.api.Assertions.assertThat;

import io.brisk.Brisk;
import io.brisk.annotation.Cookie;
import io.brisk.annotation.Header;
import io.brisk.annotation.Path;
import io.brisk.annotation.Put;
import io.brisk.testing.TestClient;
import io.brisk.testing.TestResponse;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

class ValidationErrorsTest {
  public record Item(String name, double price) {}

  public static class Api {
    @Put("/items/{item_id}")
    public String update(@Path("item_id") long itemId, int limit, @Header String xToken, @Cookie String session,
        Item item) {
      return "updated";
    }
  }

  private static final TestClient client = TestClient.of(Brisk.create().include(new Api()));

  @AfterAll
  static void close() {
    client.close();
  }

  @Test
  void reportsEveryFailureOfTheRequestInOneProblem() {
    TestResponse r = client.put("/items/abc?limit=many").header("X-Request-Id", "r-1")
        .body("{\"name\":\"Hammer\",\"price\":\"free\"}", "application/json").send();

    assertThat(r.status()).isEqualTo(422);
    assertThat(r.header("Content-Type")).hasValue("application/problem+json");
    assertThat(r.text()).isEqualTo("{\"type\":\"about:blank\",\"title\":\"Unprocessable Content\",\"status\":422,"
        + "\"detail\":\"5 inputs are invalid\",\"instance\":\"/items/abc\",\"errors\":["
        + "{\"loc\":[\"path\",\"item_id\"],\"msg\":\"Input should be a valid integer\",\"type\":\"int_parsing\",\"input\":\"abc\"},"
        + "{\"loc\":[\"query\",\"limit\"],\"msg\":\"Input should be a valid integer\",\"type\":\"int_parsing\",\"input\":\"many\"},"
        + "{\"loc\":[\"header\",\"x-token\"],\"msg\":\"Field required\",\"type\":\"missing\"},"
        + "{\"loc\":[\"cookie\",\"session\"],\"msg\":\"Field required\",\"type\":\"missing\"},"
        + "{\"loc\":[\"body\",\"price\"],\"msg\":\"Input should be a valid number\",\"type\":\"float_parsing\",\"input\":\"free\"}]}");
  }

  @Test
  void saysOneInputInTheDetailForASingleFailure() {
    TestResponse r = client.put("/items/1?limit=1").header("X-Token", "t").cookie("session", "s")
        .body("{\"name\":\"Hammer\",\"price\":\"free\"}", "application/json").send();

    assertThat(r.json().get("detail").asText()).isEqualTo("1 input is invalid");
  }

  @Test
  void callsTheHandlerWhenEverythingBinds() {
    TestResponse r = client.put("/items/1?limit=1").header("X-Token", "t").cookie("session", "s")
        .body("{\"name\":\"Hammer\",\"price\":3}", "application/json").send();

    assertThat(r.text()).isEqualTo("updated");
  }
}
