package io.brisk.errors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.brisk.Brisk;
import io.brisk.HttpException;
import io.brisk.annotation.Get;
import io.brisk.testing.TestClient;
import io.brisk.testing.TestResponse;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

class HttpExceptionTest {
  public static class Api {
    @Get("/items/{id}")
    public String item(int id) {
      throw HttpException.notFound("Item " + id + " does not exist");
    }

    @Get("/limited")
    public String limited() {
      throw new HttpException(429, "Slow down", Map.of("Retry-After", "30"));
    }

    @Get("/secret")
    public String secret() {
      throw new HttpException(401, "Sign in first", Map.of("WWW-Authenticate", "Bearer"));
    }

    @Get("/deep")
    public String deep() {
      return helper();
    }

    private String helper() {
      throw HttpException.badRequest("Thrown deep inside");
    }
  }

  private static final TestClient client = TestClient.of(Brisk.create().include(new Api()));

  @AfterAll
  static void close() {
    client.close();
  }

  @Test
  void answersWithAProblemDocument() {
    TestResponse r = client.get("/items/3").send();

    assertThat(r.status()).isEqualTo(404);
    assertThat(r.header("Content-Type")).hasValue("application/problem+json");
    assertThat(r.text()).isEqualTo("{\"type\":\"about:blank\",\"title\":\"Not Found\",\"status\":404,"
        + "\"detail\":\"Item 3 does not exist\",\"instance\":\"/items/3\"}");
  }

  @Test
  void addsTheExceptionsHeaders() {
    TestResponse r = client.get("/limited").send();

    assertThat(r.status()).isEqualTo(429);
    assertThat(r.header("Retry-After")).hasValue("30");
    assertThat(r.json().get("title").asText()).isEqualTo("Too Many Requests");
  }

  @Test
  void answersChallengesWithTheirHeader() {
    TestResponse r = client.get("/secret").send();

    assertThat(r.status()).isEqualTo(401);
    assertThat(r.header("WWW-Authenticate")).hasValue("Bearer");
  }

  @Test
  void answersAnExceptionThrownAnywhereBelowTheHandler() {
    assertThat(client.get("/deep").send().json().get("detail").asText()).isEqualTo("Thrown deep inside");
  }

  @Test
  void offersShortcutsForCommonStatuses() {
    assertThat(HttpException.badRequest("x").status()).isEqualTo(400);
    assertThat(HttpException.forbidden("x").status()).isEqualTo(403);
    assertThat(HttpException.notFound("x").status()).isEqualTo(404);
    assertThat(HttpException.conflict("x").status()).isEqualTo(409);
  }

  @Test
  void acceptsOnlyErrorStatuses() {
    assertThatThrownBy(() -> new HttpException(302, "moved"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("An HttpException status is 4xx or 5xx, not 302");
  }
}
