package io.brisk.routing;

import static org.assertj.core.api.Assertions.assertThat;

import io.brisk.Brisk;
import io.brisk.Response;
import io.brisk.annotation.Get;
import io.brisk.annotation.Head;
import io.brisk.annotation.Options;
import io.brisk.annotation.Post;
import io.brisk.testing.TestClient;
import io.brisk.testing.TestResponse;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

class HeadAndOptionsTest {
  public record Item(String name) {}

  public static class Api {
    @Get("/items/{id}")
    public Item item(int id) {
      return new Item("item number " + id);
    }

    @Post("/items/{id}")
    public Item replace(int id) {
      return new Item("replaced");
    }

    @Get("/custom")
    public String custom() {
      return "from GET";
    }

    @Head("/custom")
    public Response<String> customHead() {
      return Response.<String>status(200).header("X-From", "head handler");
    }

    @Options("/custom")
    public Response<String> customOptions() {
      return Response.<String>status(200).header("Allow", "GET").body("custom options");
    }
  }

  private static final TestClient client = TestClient.of(Brisk.create().include(new Api()));

  @AfterAll
  static void close() {
    client.close();
  }

  @Test
  void answersHeadForEveryGetWithoutABody() {
    TestResponse get = client.get("/items/7").send();
    TestResponse head = client.head("/items/7").send();

    assertThat(get.text()).isEqualTo("{\"name\":\"item number 7\"}");
    assertThat(head.status()).isEqualTo(200);
    assertThat(head.bytes()).isEmpty();
    assertThat(head.header("Content-Length")).hasValue(String.valueOf(get.bytes().length));
    assertThat(head.header("Content-Type")).hasValue("application/json");
  }

  @Test
  void usesADeclaredHeadHandlerOverTheGet() {
    TestResponse head = client.head("/custom").send();

    assertThat(head.status()).isEqualTo(200);
    assertThat(head.header("X-From")).hasValue("head handler");
  }

  @Test
  void answersOptionsWithTheAllowedMethods() {
    TestResponse r = client.options("/items/7").send();

    assertThat(r.status()).isEqualTo(204);
    assertThat(r.header("Allow")).hasValue("GET, POST, HEAD, OPTIONS");
    assertThat(r.bytes()).isEmpty();
  }

  @Test
  void usesADeclaredOptionsHandler() {
    TestResponse r = client.options("/custom").send();

    assertThat(r.status()).isEqualTo(200);
    assertThat(r.header("Allow")).hasValue("GET");
    assertThat(r.text()).isEqualTo("custom options");
  }

  @Test
  void answersOptionsStarForTheWholeServer() {
    TestResponse r = client.options("*").send();

    assertThat(r.status()).isEqualTo(204);
    assertThat(r.header("Allow")).hasValue("GET, HEAD, POST, PUT, PATCH, DELETE, OPTIONS");
  }

  @Test
  void answersOptionsOnAnUnknownPathWith404() {
    assertThat(client.options("/unknown").send().status()).isEqualTo(404);
  }
}
