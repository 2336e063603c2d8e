package io.brisk.routing;

import static org.assertj.core.api.Assertions.assertThat;

import io.brisk.Brisk;
import io.brisk.ServerOptions;
import io.brisk.TrailingSlash;
import io.brisk.annotation.Get;
import io.brisk.annotation.Post;
import io.brisk.testing.TestClient;
import io.brisk.testing.TestResponse;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

class TrailingSlashTest {
  public static class Api {
    @Get("/items")
    public String items() {
      return "items";
    }

    @Post("/items")
    public String create(String name) {
      return "created " + name;
    }

    @Get("/folders/")
    public String folders() {
      return "folders";
    }

    @Get("/items/{id}")
    public String item(int id) {
      return "item " + id;
    }
  }

  private static final TestClient redirect = client(TrailingSlash.REDIRECT);
  private static final TestClient ignore = client(TrailingSlash.IGNORE);
  private static final TestClient strict = client(TrailingSlash.STRICT);

  private static TestClient client(TrailingSlash policy) {
    Brisk app = Brisk.create().include(new Api());
    app.options().trailingSlash(policy);
    return TestClient.of(app);
  }

  @AfterAll
  static void close() {
    redirect.close();
    ignore.close();
    strict.close();
  }

  @Test
  void redirectsByDefault() {
    assertThat(new ServerOptions().trailingSlash()).isEqualTo(TrailingSlash.REDIRECT);
  }

  @Test
  void redirectsAnExtraSlashWith308ToTheRoutesForm() {
    TestResponse r = redirect.get("/items/").send();

    assertThat(r.status()).isEqualTo(308);
    assertThat(r.header("Location")).hasValue("/items");
    assertThat(r.header("Content-Length")).hasValue("0");
  }

  @Test
  void redirectsAMissingSlashToTheRoutesForm() {
    TestResponse r = redirect.get("/folders").send();

    assertThat(r.status()).isEqualTo(308);
    assertThat(r.header("Location")).hasValue("/folders/");
  }

  @Test
  void keepsTheQueryStringInTheLocation() {
    assertThat(redirect.get("/items/?page=2&size=10").send().header("Location")).hasValue("/items?page=2&size=10");
  }

  @Test
  void redirectsPathsWithVariables() {
    assertThat(redirect.get("/items/5/").send().header("Location")).hasValue("/items/5");
  }

  @Test
  void redirectsOtherMethodsWith308Too() {
    // 308 keeps method and body, so a POST follows to the same handler.
    TestResponse r = redirect.post("/items/?name=x").send();

    assertThat(r.status()).isEqualTo(308);
    assertThat(r.header("Location")).hasValue("/items?name=x");
  }

  @Test
  void servesTheExactFormDirectlyUnderRedirect() {
    assertThat(redirect.get("/items").send().text()).isEqualTo("items");
    assertThat(redirect.get("/folders/").send().text()).isEqualTo("folders");
  }

  @Test
  void answers404WhenNeitherFormExists() {
    assertThat(redirect.get("/nothing/").send().status()).isEqualTo(404);
  }

  @Test
  void servesTheRouteUnderBothFormsUnderIgnore() {
    assertThat(ignore.get("/items/").send().text()).isEqualTo("items");
    assertThat(ignore.get("/folders").send().text()).isEqualTo("folders");
    assertThat(ignore.get("/items/5/").send().text()).isEqualTo("item 5");
  }

  @Test
  void answersTheOtherFormWith404UnderStrict() {
    assertThat(strict.get("/items/").send().status()).isEqualTo(404);
    assertThat(strict.get("/folders").send().status()).isEqualTo(404);
  }

  @Test
  void servesTheExactFormUnderStrict() {
    assertThat(strict.get("/items").send().text()).isEqualTo("items");
  }
}
