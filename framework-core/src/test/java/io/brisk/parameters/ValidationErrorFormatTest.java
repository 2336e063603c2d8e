package io.brisk.parameters;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.brisk.Brisk;
import io.brisk.ServerOptions;
import io.brisk.ValidationErrorFormat;
import io.brisk.annotation.Get;
import io.brisk.testing.TestClient;
import io.brisk.testing.TestResponse;
import org.junit.jupiter.api.Test;

class ValidationErrorFormatTest {
  public enum Size { S, M }

  public static class Api {
    @Get("/items")
    public String items(int limit, Size size) {
      return "items";
    }
  }

  private static TestResponse badRequest(Brisk app) {
    try (TestClient client = TestClient.of(app.include(new Api()))) {
      return client.get("/items?size=XL").send();
    }
  }

  @Test
  void answersProblemDetailsWith422ByDefault() {
    ServerOptions defaults = new ServerOptions();

    assertThat(defaults.validationErrorFormat()).isEqualTo(ValidationErrorFormat.PROBLEM);
    assertThat(defaults.validationErrorStatus()).isEqualTo(422);
    assertThat(badRequest(Brisk.create()).header("Content-Type")).hasValue("application/problem+json");
  }

  @Test
  void answersFastApisBodyWhenAskedTo() {
    Brisk app = Brisk.create();
    app.options().validationErrorFormat(ValidationErrorFormat.FASTAPI);

    TestResponse r = badRequest(app);

    assertThat(r.status()).isEqualTo(422);
    assertThat(r.header("Content-Type")).hasValue("application/json");
    assertThat(r.text()).isEqualTo("{\"detail\":["
        + "{\"type\":\"missing\",\"loc\":[\"query\",\"limit\"],\"msg\":\"Field required\",\"input\":null},"
        + "{\"type\":\"enum\",\"loc\":[\"query\",\"size\"],\"msg\":\"Input should be 'S' or 'M'\",\"input\":\"XL\","
        + "\"ctx\":{\"expected\":\"S, M\"}}]}");
  }

  @Test
  void answersWithTheConfiguredStatus() {
    Brisk app = Brisk.create();
    app.options().validationErrorStatus(400);

    TestResponse r = badRequest(app);

    assertThat(r.status()).isEqualTo(400);
    assertThat(r.json().get("status").asInt()).isEqualTo(400);
    assertThat(r.json().get("title").asText()).isEqualTo("Bad Request");
    assertThat(r.json().get("errors")).hasSize(2);
  }

  @Test
  void rejectsAValidationStatusOutside4xx() {
    assertThatThrownBy(() -> new ServerOptions().validationErrorStatus(500))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("validationErrorStatus must be a 4xx status, not 500");
  }
}
