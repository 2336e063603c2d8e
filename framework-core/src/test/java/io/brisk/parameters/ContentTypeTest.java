package io.brisk.parameters;

import static org.assertj.core.api.Assertions.assertThat;

import io.brisk.Brisk;
import io.brisk.annotation.Post;
import io.brisk.testing.TestClient;
import io.brisk.testing.TestResponse;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

class ContentTypeTest {
  public record Note(String text) {}

  public static class Api {
    @Post("/notes")
    public String create(Note note) {
      return "noted " + note.text();
    }

    @Post("/ping")
    public String ping(String q) {
      return "pong " + q;
    }
  }

  private static final TestClient client = TestClient.of(Brisk.create().include(new Api()));

  @AfterAll
  static void close() {
    client.close();
  }

  @Test
  void rejectsABodyOfAnotherContentTypeWith415() {
    TestResponse r = client.post("/notes").body("text=hi", "application/x-www-form-urlencoded").send();

    assertThat(r.status()).isEqualTo(415);
    assertThat(r.header("Content-Type")).hasValue("application/problem+json");
    assertThat(r.text()).isEqualTo("{\"type\":\"about:blank\",\"title\":\"Unsupported Media Type\",\"status\":415,"
        + "\"detail\":\"This endpoint reads application/json, not application/x-www-form-urlencoded\","
        + "\"instance\":\"/notes\"}");
  }

  @Test
  void acceptsJsonWithACharsetParameter() {
    assertThat(client.post("/notes").body("{\"text\":\"hi\"}", "Application/JSON; charset=utf-8").send().text())
        .isEqualTo("noted hi");
  }

  @Test
  void acceptsStructuredJsonSuffixes() {
    assertThat(client.post("/notes").body("{\"text\":\"hi\"}", "application/merge-patch+json").send().text())
        .isEqualTo("noted hi");
  }

  @Test
  void readsABodySentWithoutAContentTypeAsJson() {
    assertThat(client.post("/notes").body("{\"text\":\"hi\"}".getBytes(), null).send().text())
        .isEqualTo("noted hi");
  }

  @Test
  void ignoresTheContentTypeOfRoutesWithoutABody() {
    assertThat(client.post("/ping?q=1").body("whatever", "text/plain").send().text()).isEqualTo("pong 1");
  }
}
