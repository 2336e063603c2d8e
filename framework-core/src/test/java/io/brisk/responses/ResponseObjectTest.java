package io.brisk.responses;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.brisk.Brisk;
import io.brisk.Cookie;
import io.brisk.Response;
import io.brisk.Route;
import io.brisk.annotation.Get;
import io.brisk.annotation.Post;
import io.brisk.testing.TestClient;
import io.brisk.testing.TestResponse;
import java.net.URI;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

class ResponseObjectTest {
  public record Item(int id, String name) {}

  public static class Api {
    @Post("/items")
    public Response<Item> create() {
      return Response.created(URI.create("/items/7"), new Item(7, "Saw"));
    }

    @Get("/cached")
    public Response<Item> cached() {
      return Response.ok(new Item(1, "x")).header("Cache-Control", "max-age=60").header("Vary", "Accept")
          .header("Vary", "Cookie");
    }

    @Get("/login")
    public Response<String> login() {
      return Response.ok("welcome")
          .cookie(Cookie.of("session", "s1"))
          .cookie(Cookie.of("prefs", "dark").withPath("/app").withDomain("example.com")
              .withMaxAge(Duration.ofHours(1)).withSecure(true).withHttpOnly(false).withSameSite("Lax"))
          .cookie(Cookie.expire("old"));
    }

    @Get("/old")
    public Response<Void> old() {
      return Response.redirect("/new");
    }

    @Post("/form")
    public Response<Void> form() {
      return Response.redirect("/done", 303);
    }

    @Get("/nothing")
    public Response<Void> nothing() {
      return Response.noContent();
    }

    @Get("/teapot")
    public Response<String> teapot() {
      return Response.<String>status(418).body("short and stout");
    }

    @Get("/svg")
    public Response<String> svg() {
      return Response.ok("<svg/>").contentType("image/svg+xml");
    }
  }

  private static final Brisk app = Brisk.create().include(new Api());
  private static final TestClient client = TestClient.of(app);

  @AfterAll
  static void close() {
    client.close();
  }

  @Test
  void answersCreatedWithALocationAndTheBody() {
    TestResponse r = client.post("/items").send();

    assertThat(r.status()).isEqualTo(201);
    assertThat(r.header("Location")).hasValue("/items/7");
    assertThat(r.text()).isEqualTo("{\"id\":7,\"name\":\"Saw\"}");
  }

  @Test
  void addsHeadersKeepingRepeatedNames() {
    TestResponse r = client.get("/cached").send();

    assertThat(r.header("Cache-Control")).hasValue("max-age=60");
    assertThat(r.headers("Vary")).containsExactly("Accept", "Cookie");
  }

  @Test
  void setsCookiesWithTheirAttributes() {
    TestResponse r = client.get("/login").send();

    assertThat(r.headers("Set-Cookie")).containsExactly(
        "session=s1; Path=/; HTTPOnly",
        r.headers("Set-Cookie").get(1),
        r.headers("Set-Cookie").get(2));
    assertThat(r.headers("Set-Cookie").get(1)).startsWith("prefs=dark; Max-Age=3600; Expires=")
        .endsWith("; Path=/app; Domain=example.com; Secure; SameSite=Lax");
    assertThat(r.headers("Set-Cookie").get(2)).startsWith("old=; Max-Age=0; Expires=").endsWith("; Path=/; HTTPOnly");
  }

  @Test
  void redirectsWith307ByDefault() {
    TestResponse r = client.get("/old").send();

    assertThat(r.status()).isEqualTo(307);
    assertThat(r.header("Location")).hasValue("/new");
    assertThat(r.bytes()).isEmpty();
  }

  @Test
  void redirectsWithAChosenStatus() {
    TestResponse r = client.post("/form").send();

    assertThat(r.status()).isEqualTo(303);
    assertThat(r.header("Location")).hasValue("/done");
  }

  @Test
  void rejectsARedirectStatusOutside3xx() {
    assertThatThrownBy(() -> Response.redirect("/x", 200))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("A redirect status is 3xx, not 200");
  }

  @Test
  void answersNoContent() {
    TestResponse r = client.get("/nothing").send();

    assertThat(r.status()).isEqualTo(204);
    assertThat(r.bytes()).isEmpty();
  }

  @Test
  void answersAnyStatusWithABody() {
    TestResponse r = client.get("/teapot").send();

    assertThat(r.status()).isEqualTo(418);
    assertThat(r.text()).isEqualTo("short and stout");
  }

  @Test
  void overridesTheContentType() {
    TestResponse r = client.get("/svg").send();

    assertThat(r.header("Content-Type")).hasValue("image/svg+xml");
    assertThat(r.text()).isEqualTo("<svg/>");
  }

  @Test
  void unwrapsTheBodyTypeInTheRouteModel() {
    Route create = app.routes().stream().filter(r -> r.path().equals("/items")).findFirst().orElseThrow();

    assertThat(create.responseType()).isEqualTo(Item.class);
  }

  @Test
  void isImmutable() {
    Response<String> base = Response.ok("x");
    Response<String> withHeader = base.header("A", "1");

    assertThat(base.headers()).isEmpty();
    assertThat(withHeader.headers()).hasSize(1);
    assertThat(withHeader.status()).isEqualTo(200);
    assertThat(withHeader.body()).isEqualTo("x");
  }
}
