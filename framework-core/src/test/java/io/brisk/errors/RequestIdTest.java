package io.brisk.errors;

import static org.assertj.core.api.Assertions.assertThat;

import io.brisk.Brisk;
import io.brisk.Request;
import io.brisk.annotation.Get;
import io.brisk.testing.TestClient;
import io.brisk.testing.TestResponse;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

class RequestIdTest {
  public static class Api {
    @Get("/id")
    public String id(Request request) {
      return request.requestId();
    }

    @Get("/fail")
    public String fail() {
      throw new IllegalStateException();
    }
  }

  private static final TestClient client = TestClient.of(Brisk.create().include(new Api()));

  @AfterAll
  static void close() {
    client.close();
  }

  @Test
  void echoesTheClientsRequestId() {
    TestResponse r = client.get("/id").header("X-Request-Id", "abc-123").send();

    assertThat(r.header("X-Request-Id")).hasValue("abc-123");
    assertThat(r.text()).isEqualTo("abc-123");
  }

  @Test
  void generatesAnIdWhenTheClientSendsNone() {
    TestResponse r = client.get("/id").send();

    assertThat(r.header("X-Request-Id")).hasValueSatisfying(id -> assertThat(id).matches("[0-9a-f]{16}"));
    assertThat(r.header("X-Request-Id")).hasValue(r.text());
  }

  @Test
  void generatesADifferentIdForEachRequest() {
    assertThat(client.get("/id").send().text()).isNotEqualTo(client.get("/id").send().text());
  }

  @Test
  void replacesAnIdWithSpaces() {
    TestResponse r = client.get("/id").header("X-Request-Id", "has spaces").send();

    assertThat(r.header("X-Request-Id")).hasValueSatisfying(id -> assertThat(id).matches("[0-9a-f]{16}"));
  }

  @Test
  void replacesAnIdLongerThan128Characters() {
    String longId = "a".repeat(129);

    assertThat(client.get("/id").header("X-Request-Id", longId).send().text()).matches("[0-9a-f]{16}");
    assertThat(client.get("/id").header("X-Request-Id", "a".repeat(128)).send().text()).isEqualTo("a".repeat(128));
  }

  @Test
  void putsTheIdOnErrorResponsesToo() {
    assertThat(client.get("/fail").header("X-Request-Id", "e-1").send().header("X-Request-Id")).hasValue("e-1");
    assertThat(client.get("/missing").header("X-Request-Id", "e-2").send().header("X-Request-Id")).hasValue("e-2");
  }
}
