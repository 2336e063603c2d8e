package io.brisk.parameters;

import static org.assertj.core.api.Assertions.assertThat;

import io.brisk.Brisk;
import io.brisk.annotation.Get;
import io.brisk.testing.TestClient;
import io.brisk.testing.TestResponse;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class BooleanValuesTest {
  public static class Api {
    @Get("/flag")
    public String flag(boolean on) {
      return String.valueOf(on);
    }
  }

  private static final TestClient CLIENT = TestClient.of(Brisk.create().include(new Api()));

  @AfterAll
  static void close() {
    CLIENT.close();
  }

  @ParameterizedTest
  @ValueSource(strings = {"true", "1", "yes", "on", "TRUE", "Yes", "ON"})
  void readsTrueFrom(String text) {
    assertThat(CLIENT.get("/flag").query("on", text).send().text()).isEqualTo("true");
  }

  @ParameterizedTest
  @ValueSource(strings = {"false", "0", "no", "off", "False", "NO", "Off"})
  void readsFalseFrom(String text) {
    assertThat(CLIENT.get("/flag").query("on", text).send().text()).isEqualTo("false");
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "2", "y", "enabled", "truee"})
  void rejectsAnythingElse(String text) {
    TestResponse r = CLIENT.get("/flag").query("on", text).send();

    assertThat(r.status()).isEqualTo(422);
    assertThat(r.json().get("errors").toString()).isEqualTo("[{\"loc\":[\"query\",\"on\"],"
        + "\"msg\":\"Input should be a valid boolean\",\"type\":\"bool_parsing\",\"input\":\"" + text + "\"}]");
  }
}
