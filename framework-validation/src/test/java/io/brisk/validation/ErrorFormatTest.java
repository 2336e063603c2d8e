package io.brisk.validation;

import static io.brisk.validation.Json.json;
import static org.assertj.core.api.Assertions.assertThat;

import io.brisk.Brisk;
import io.brisk.ValidationErrorFormat;
import io.brisk.annotation.Get;
import io.brisk.testing.TestClient;
import io.brisk.testing.TestResponse;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.junit.jupiter.api.Test;

/** The body and status of invalid-input answers: problem details by default, FastAPI's on request. */
class ErrorFormatTest {
  public static final class Api {
    @Get("/items/{itemId}")
    public String read(@Min(1) long itemId, @Max(50) int limit) {
      return "item";
    }
  }

  @Test
  void answersProblemDetailsByDefault() {
    try (TestClient client = TestClient.of(Brisk.create().include(new Api()))) {
      TestResponse r = client.get("/items/0?limit=20").send();
      assertThat(r.status()).isEqualTo(422);
      assertThat(r.header("Content-Type")).contains("application/problem+json");
      assertThat(r.json()).isEqualTo(json("""
          {'type':'about:blank','title':'Unprocessable Content','status':422,'detail':'1 input is invalid',
           'instance':'/items/0',
           'errors':[{'loc':['path','itemId'],'msg':'Input should be greater than or equal to 1',
                      'type':'greater_than_equal','input':0,'ctx':{'ge':1}}]}"""));
    }
  }

  @Test
  void answersFastApisBodyWhenConfigured() {
    Brisk app = Brisk.create().include(new Api());
    app.options().validationErrorFormat(ValidationErrorFormat.FASTAPI);
    try (TestClient client = TestClient.of(app)) {
      TestResponse r = client.get("/items/0").send();
      assertThat(r.status()).isEqualTo(422);
      assertThat(r.header("Content-Type")).contains("application/json");
      assertThat(r.json()).isEqualTo(json("""
          {'detail':[{'type':'missing','loc':['query','limit'],'msg':'Field required','input':null},
                     {'type':'greater_than_equal','loc':['path','itemId'],'msg':'Input should be greater than or equal to 1',
                      'input':0,'ctx':{'ge':1}}]}"""));
    }
  }

  @Test
  void usesTheConfiguredStatus() {
    Brisk app = Brisk.create().include(new Api());
    app.options().validationErrorStatus(400);
    try (TestClient client = TestClient.of(app)) {
      TestResponse r = client.get("/items/1?limit=51").send();
      assertThat(r.status()).isEqualTo(400);
      assertThat(r.json().get("title").asText()).isEqualTo("Bad Request");
      assertThat(r.json().get("errors").get(0).get("type").asText()).isEqualTo("less_than_equal");
    }
  }
}
