package io.brisk.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.brisk.ExecutionMode;
import io.brisk.testing.TestClient;
import io.brisk.testing.TestResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The bench app answers the shared harness's four endpoints as its README says, in both modes. */
class BenchAppTest {
  private static final String JSON = "application/json";

  private static TestResponse post(TestClient client, String body) {
    return client.post("/items").body(body, JSON).send();
  }

  @ParameterizedTest
  @EnumSource(ExecutionMode.class)
  void servesPlaintextAndJson(ExecutionMode mode) {
    try (TestClient client = TestClient.of(BenchApp.app(mode))) {
      TestResponse text = client.get("/plaintext").send();
      assertThat(text.status()).isEqualTo(200);
      assertThat(text.text()).isEqualTo("Hello, World!");
      assertThat(text.header("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/plain"));
      TestResponse json = client.get("/json").send();
      assertThat(json.status()).isEqualTo(200);
      assertThat(json.text()).isEqualTo("{\"message\":\"Hello, World!\"}");
      assertThat(json.header("Content-Type")).hasValue(JSON);
    }
  }

  @ParameterizedTest
  @EnumSource(ExecutionMode.class)
  void readsAnIntegerIdAndAnOptionalQuery(ExecutionMode mode) {
    try (TestClient client = TestClient.of(BenchApp.app(mode))) {
      assertThat(client.get("/items/42?q=hello%20world").send().text()).isEqualTo("{\"id\":42,\"q\":\"hello world\"}");
      assertThat(client.get("/items/7").send().text()).isEqualTo("{\"id\":7,\"q\":null}");
      assertThat(client.get("/items/abc?q=x").send().status()).isEqualTo(422);
    }
  }

  @ParameterizedTest
  @EnumSource(ExecutionMode.class)
  void echoesAValidItemWith201AndRejectsInvalidOnesWith422(ExecutionMode mode) {
    try (TestClient client = TestClient.of(BenchApp.app(mode))) {
      TestResponse created = post(client, "{\"name\":\"widget\",\"price\":9.5,\"tags\":[\"a\",\"b\"]}");
      assertThat(created.status()).isEqualTo(201);
      assertThat(created.text()).isEqualTo("{\"name\":\"widget\",\"price\":9.5,\"tags\":[\"a\",\"b\"]}");
      assertThat(post(client, "{\"name\":\"\",\"price\":9.5,\"tags\":[]}").status()).isEqualTo(422);
      assertThat(post(client, "{\"name\":\"" + "x".repeat(101) + "\",\"price\":9.5,\"tags\":[]}").status())
          .isEqualTo(422);
      assertThat(post(client, "{\"name\":\"w\",\"price\":0,\"tags\":[]}").status()).isEqualTo(422);
      assertThat(post(client, "{\"name\":\"w\",\"tags\":[]}").status()).isEqualTo(422);
      assertThat(post(client, "{\"name\":\"w\",\"price\":1}").status()).isEqualTo(422);
      assertThat(post(client, "{\"name\":").status()).isEqualTo(422);
    }
  }

  @Test
  void picksTheModeFromBriskMode() {
    assertThat(BenchApp.mode(null)).isEqualTo(ExecutionMode.VIRTUAL_THREAD);
    assertThat(BenchApp.mode("default")).isEqualTo(ExecutionMode.VIRTUAL_THREAD);
    assertThat(BenchApp.mode("nonblocking")).isEqualTo(ExecutionMode.EVENT_LOOP);
    assertThatThrownBy(() -> BenchApp.mode("fast")).hasMessageContaining("BRISK_MODE");
  }
}
