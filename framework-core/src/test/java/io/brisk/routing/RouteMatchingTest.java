package io.brisk.routing;

import static org.assertj.core.api.Assertions.assertThat;

import io.brisk.Brisk;
import io.brisk.annotation.Get;
import io.brisk.testing.TestClient;
import io.brisk.testing.TestResponse;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

class RouteMatchingTest {
  public static class UsersApi {
    @Get("/users/me")
    public String me() {
      return "the current user";
    }

    @Get("/users/{id}")
    public String user(String id) {
      return "user " + id;
    }

    @Get("/users/{id}/posts/latest")
    public String latestPost(String id) {
      return "latest post of " + id;
    }

    @Get("/users/me/posts/{postId}")
    public String myPost(String postId) {
      return "my post " + postId;
    }

    @Get("/files/{*path}")
    public String file(String path) {
      return "file [" + path + "]";
    }

    @Get("/")
    public String root() {
      return "root";
    }
  }

  private static final TestClient client = TestClient.of(Brisk.create().include(new UsersApi()));

  @AfterAll
  static void close() {
    client.close();
  }

  @Test
  void servesAStaticSegmentBeforeAVariable() {
    assertThat(client.get("/users/me").send().text()).isEqualTo("the current user");
  }

  @Test
  void servesAVariableForAnyOtherSegment() {
    assertThat(client.get("/users/42").send().text()).isEqualTo("user 42");
  }

  @Test
  void backtracksFromAStaticSegmentThatLeadsNowhere() {
    // "/users/me/posts/latest": the static "me" branch has no "latest" literal but a {postId}.
    assertThat(client.get("/users/me/posts/latest").send().text()).isEqualTo("my post latest");
    assertThat(client.get("/users/ann/posts/latest").send().text()).isEqualTo("latest post of ann");
  }

  @Test
  void givesTheRestOfThePathToACatchAll() {
    assertThat(client.get("/files/docs/2024/report.pdf").send().text()).isEqualTo("file [docs/2024/report.pdf]");
  }

  @Test
  void givesAnEmptyStringToACatchAllWithNothingAfterIt() {
    assertThat(client.get("/files/").send().text()).isEqualTo("file []");
  }

  @Test
  void servesTheRootPath() {
    assertThat(client.get("/").send().text()).isEqualTo("root");
  }

  @Test
  void decodesPercentEncodedVariables() {
    assertThat(client.get("/users/Ann%20Lee").send().text()).isEqualTo("user Ann Lee");
    assertThat(client.get("/users/J%C3%BCrgen").send().text()).isEqualTo("user Jürgen");
  }

  @Test
  void keepsAPlusInAPathAsAPlus() {
    assertThat(client.get("/users/a+b").send().text()).isEqualTo("user a+b");
  }

  @Test
  void ignoresTheQueryStringWhenMatching() {
    assertThat(client.get("/users/me?verbose=true").send().text()).isEqualTo("the current user");
  }

  @Test
  void answersAnUnknownPathWith404Problem() {
    TestResponse r = client.get("/nothing/here").send();

    assertThat(r.status()).isEqualTo(404);
    assertThat(r.header("Content-Type")).hasValue("application/problem+json");
    assertThat(r.text()).isEqualTo("{\"type\":\"about:blank\",\"title\":\"Not Found\",\"status\":404,"
        + "\"detail\":\"No route matches /nothing/here\",\"instance\":\"/nothing/here\"}");
  }

  @Test
  void answersAnEmptyVariableSegmentWith404() {
    assertThat(client.get("/users//posts/latest").send().status()).isEqualTo(404);
  }

  @Test
  void answersAnInvalidPercentEscapeWith400() {
    TestResponse r = client.get("/users/%zz").send();

    assertThat(r.status()).isEqualTo(400);
    assertThat(r.json().get("detail").asText()).isEqualTo("The path is not valid: invalid percent-escape in '%zz'");
  }

  @Test
  void answersInvalidUtf8InThePathWith400() {
    assertThat(client.get("/users/%C3%28").send().status()).isEqualTo(400);
  }

  @Test
  void answersAnUnsupportedMethodWith501() {
    TestResponse r = client.request("TRACE", "/users/me").send();

    assertThat(r.status()).isEqualTo(501);
    assertThat(r.json().get("detail").asText()).isEqualTo("The method TRACE is not supported");
  }
}
