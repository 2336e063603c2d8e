package io.brisk.errors;

import static org.assertj.core.api.Assertions.assertThat;

import io.brisk.Brisk;
import io.brisk.annotation.Get;
import io.brisk.testing.TestClient;
import io.brisk.testing.TestResponse;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

class UnexpectedExceptionTest {
  public record Unwritable(Object self) {}

  public static class Api {
    @Get("/boom")
    public String boom() {
      throw new IllegalStateException("database password is hunter2");
    }

    @Get("/error")
    public String error() {
      throw new AssertionError("an Error, not an Exception");
    }

    @Get("/unwritable")
    public Object unwritable() {
      // Jackson cannot write a value that contains itself.
      Object[] cycle = new Object[1];
      cycle[0] = cycle;
      return cycle;
    }
  }

  private static final TestClient client = TestClient.of(Brisk.create().include(new Api()));

  @AfterAll
  static void close() {
    client.close();
  }

  @Test
  void answers500WithNoInternalsInTheBody() {
    TestResponse r = client.get("/boom").header("X-Request-Id", "req-42").send();

    assertThat(r.status()).isEqualTo(500);
    assertThat(r.header("Content-Type")).hasValue("application/problem+json");
    assertThat(r.text()).isEqualTo("{\"type\":\"about:blank\",\"title\":\"Internal Server Error\",\"status\":500,"
        + "\"detail\":\"An unexpected error occurred; quote request id req-42 when reporting it.\","
        + "\"instance\":\"/boom\"}");
  }

  @Test
  void revealsNeitherTheMessageNorTheStackTrace() {
    String body = client.get("/boom").send().text();

    assertThat(body).doesNotContain("hunter2", "IllegalStateException", "at io.brisk");
  }

  @Test
  void answersAnErrorThrownByAHandlerWith500() {
    TestResponse r = client.get("/error").send();

    assertThat(r.status()).isEqualTo(500);
    assertThat(r.text()).doesNotContain("an Error");
  }

  @Test
  void answersAResultThatCannotBeWrittenWith500() {
    assertThat(client.get("/unwritable").send().status()).isEqualTo(500);
  }
}
