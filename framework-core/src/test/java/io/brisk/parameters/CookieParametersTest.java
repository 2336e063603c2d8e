package io.brisk.parameters;

import static org.assertj.core.api.Assertions.assertThat;

import io.brisk.Brisk;
import io.brisk.annotation.Cookie;
import io.brisk.annotation.Get;
import io.brisk.testing.TestClient;
import io.brisk.testing.TestResponse;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

class CookieParametersTest {
  public static class Api {
    @Get("/session")
    public String session(@Cookie String sessionId) {
      return "session " + sessionId;
    }

    @Get("/theme")
    public String theme(@Cookie(value = "ui-theme", defaultValue = "light") String theme) {
      return "theme " + theme;
    }

    @Get("/visits")
    public String visits(@Cookie Optional<Integer> visits) {
      return "visits " + visits.orElse(0);
    }
  }

  private static final TestClient client = TestClient.of(Brisk.create().include(new Api()));

  @AfterAll
  static void close() {
    client.close();
  }

  @Test
  void readsACookieByTheParameterName() {
    assertThat(client.get("/session").cookie("sessionId", "abc123").send().text()).isEqualTo("session abc123");
  }

  @Test
  void findsTheCookieAmongOthers() {
    TestResponse r = client.get("/session").cookie("a", "1").cookie("sessionId", "s9").cookie("b", "2").send();

    assertThat(r.text()).isEqualTo("session s9");
  }

  @Test
  void rejectsAMissingCookie() {
    TestResponse r = client.get("/session").send();

    assertThat(r.status()).isEqualTo(422);
    assertThat(r.json().get("errors").toString())
        .isEqualTo("[{\"loc\":[\"cookie\",\"sessionId\"],\"msg\":\"Field required\",\"type\":\"missing\"}]");
  }

  @Test
  void readsAnAliasedCookieAndFallsBackToItsDefault() {
    assertThat(client.get("/theme").cookie("ui-theme", "dark").send().text()).isEqualTo("theme dark");
    assertThat(client.get("/theme").send().text()).isEqualTo("theme light");
  }

  @Test
  void convertsAnOptionalCookie() {
    assertThat(client.get("/visits").cookie("visits", "3").send().text()).isEqualTo("visits 3");
    assertThat(client.get("/visits").send().text()).isEqualTo("visits 0");
  }
}
