package io.brisk.examples.inventory;

import static org.assertj.core.api.Assertions.assertThat;

import io.brisk.testing.TestClient;
import io.brisk.testing.TestResponse;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/** GET /, GET /health, and the error answers every route shares. */
class RootAndErrorsTest {
  private static final Fixture fixture = Fixture.h2(Map.of("INVENTORY_DEBUG_ROUTES", "1"));
  private static final TestClient client = fixture.client();

  @AfterAll
  static void close() {
    fixture.close();
  }

  @Test
  void saysHelloWorld() {
    TestResponse r = client.get("/").send();

    assertThat(r.status()).isEqualTo(200);
    assertThat(r.header("Content-Type")).contains("application/json");
    assertThat(r.text()).isEqualTo("{\"message\":\"Hello World\"}");
  }

  @Test
  void reportsTheDatabaseHealthy() {
    TestResponse r = client.get("/health").send();

    assertThat(r.status()).isEqualTo(200);
    assertThat(r.text()).isEqualTo("{\"status\":\"ok\",\"database\":\"ok\"}");
  }

  @Test
  void reportsTheDatabaseDownWith503() {
    try (Fixture broken = Fixture.h2()) {
      broken.database().close();

      TestResponse r = broken.client().get("/health").send();

      assertThat(r.status()).isEqualTo(503);
      assertThat(r.text()).isEqualTo("{\"status\":\"unavailable\",\"database\":\"down\"}");
    }
  }

  @Test
  void answersAnUnknownRouteWith404Problem() {
    TestResponse r = client.get("/nowhere").send();

    assertThat(r.status()).isEqualTo(404);
    assertThat(r.header("Content-Type")).contains("application/problem+json");
    assertThat(r.json().get("type").asText()).isEqualTo("about:blank");
    assertThat(r.json().get("title").asText()).isEqualTo("Not Found");
    assertThat(r.json().get("status").asInt()).isEqualTo(404);
    assertThat(r.json().has("detail")).isTrue();
  }

  @Test
  void answersAWrongMethodWith405AndAllow() {
    TestResponse r = client.delete("/health").send();

    assertThat(r.status()).isEqualTo(405);
    assertThat(r.header("Allow").orElseThrow()).contains("GET");
    assertThat(r.header("Content-Type")).contains("application/problem+json");
  }

  @Test
  void echoesTheClientsRequestId() {
    TestResponse r = client.get("/").header("X-Request-Id", "my-request-42").send();

    assertThat(r.header("X-Request-Id")).contains("my-request-42");
  }

  @Test
  void givesEveryResponseARequestIdErrorsIncluded() {
    assertThat(client.get("/").send().header("X-Request-Id")).isPresent();
    assertThat(client.get("/nowhere").send().header("X-Request-Id")).isPresent();
    assertThat(client.post("/items").body("{}", "application/json").send().header("X-Request-Id")).isPresent();
  }

  @Test
  void answersAnUnexpectedExceptionWith500RevealingNothing() {
    TestResponse r = client.get("/debug/crash").send();

    assertThat(r.status()).isEqualTo(500);
    assertThat(r.header("Content-Type")).contains("application/problem+json");
    assertThat(r.json().get("title").asText()).isEqualTo("Internal Server Error");
    assertThat(r.text()).doesNotContain("IllegalStateException", "secret detail", "Deliberate", "at io.brisk");
  }

  @Test
  void servesNoDebugRouteUnlessAskedTo() {
    try (Fixture plain = Fixture.h2()) {
      assertThat(plain.client().get("/debug/crash").send().status()).isEqualTo(404);
    }
  }

  @Test
  void neverDocumentsTheDebugRoute() {
    assertThat(client.get("/openapi.json").send().text()).doesNotContain("/debug");
  }
}
