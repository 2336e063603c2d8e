package io.brisk.parameters;

import static org.assertj.core.api.Assertions.assertThat;

import io.brisk.Brisk;
import io.brisk.annotation.Form;
import io.brisk.annotation.Post;
import io.brisk.testing.TestClient;
import io.brisk.testing.TestResponse;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/** {@code application/x-www-form-urlencoded} bodies. */
class FormBodyTest {
  public static final class Api {
    @Post("/form")
    public String form(@Form String name, @Form List<String> tag) {
      return name + " " + tag;
    }
  }

  private static final TestClient client = TestClient.of(Brisk.create().include(new Api()));

  @AfterAll
  static void stop() {
    client.close();
  }

  private static TestResponse post(String body) {
    return client.post("/form").body(body, "application/x-www-form-urlencoded").send();
  }

  @Test
  void bindsPercentEncodedFields() {
    assertThat(post("name=r%C3%A9sum%C3%A9+x&tag=a&tag=b%26c").text()).isEqualTo("résumé x [a, b&c]");
  }

  /** Found by fuzzing: the decoder's exception made the request a 500. */
  @Test
  void answersInvalidPercentEncodingWith400Problem() {
    TestResponse r = post("name=ada&tag=y%color=GREEN");

    assertThat(r.status()).isEqualTo(400);
    assertThat(r.header("Content-Type")).contains("application/problem+json");
    assertThat(r.json().path("detail").asText()).startsWith("The form body is not valid: ");
  }
}
