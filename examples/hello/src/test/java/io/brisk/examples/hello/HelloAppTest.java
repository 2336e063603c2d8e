package io.brisk.examples.hello;

import static org.assertj.core.api.Assertions.assertThat;

import io.brisk.testing.TestClient;
import io.brisk.testing.TestResponse;
import org.junit.jupiter.api.Test;

class HelloAppTest {
  @Test
  void greetsInTextAndJson() {
    try (TestClient client = TestClient.of(HelloApp.app())) {
      assertThat(client.get("/").send().text()).isEqualTo("Hello, World!");
      assertThat(client.get("/hello/Ann?greeting=Hi").send().text()).isEqualTo("{\"message\":\"Hi, Ann!\"}");
    }
  }

  @Test
  void rejectsAnEmptyGreetingWithA422() {
    try (TestClient client = TestClient.of(HelloApp.app())) {
      TestResponse r = client.get("/hello/Ann?greeting=").send();
      assertThat(r.status()).isEqualTo(422);
      assertThat(r.json().get("errors").get(0).get("loc").toString()).isEqualTo("[\"query\",\"greeting\"]");
      assertThat(r.json().get("errors").get(0).get("type").asText()).isEqualTo("string_too_short");
    }
  }

  @Test
  void servesItsOpenApiDocumentAndDocsPages() {
    try (TestClient client = TestClient.of(HelloApp.app())) {
      TestResponse doc = client.get("/openapi.json").send();
      assertThat(doc.json().get("paths").has("/hello/{name}")).isTrue();
      assertThat(client.get("/docs").send().header("content-type")).contains("text/html; charset=utf-8");
    }
  }
}
