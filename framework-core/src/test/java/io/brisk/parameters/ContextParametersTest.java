package io.brisk.parameters;

import static org.assertj.core.api.Assertions.assertThat;

import io.brisk.Brisk;
import io.brisk.Cookie;
import io.brisk.ParamSource;
import io.brisk.Request;
import io.brisk.ResponseHeaders;
import io.brisk.annotation.Get;
import io.brisk.annotation.Post;
import io.brisk.testing.TestClient;
import io.brisk.testing.TestResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

class ContextParametersTest {
  public static class Api {
    @Get("/echo/{name}")
    public String echo(Request request, String name) {
      return String.join("|", request.method().name(), request.path(), request.uri(),
          request.query("q").orElse("-"), String.valueOf(request.queryAll("q")),
          request.header("X-One").orElse("-"), String.valueOf(request.headerAll("X-Many")),
          request.cookie("c").orElse("-"), request.requestId(), name);
    }

    @Post("/raw")
    public String raw(Request request) {
      return new String(request.body(), StandardCharsets.UTF_8).toUpperCase();
    }

    @Get("/remote")
    public String remote(Request request) {
      return request.remoteAddress().getAddress().getHostAddress();
    }

    @Get("/decorated")
    public String decorated(ResponseHeaders response) {
      response.set("Cache-Control", "no-store")
          .add("X-Multi", "1")
          .add("X-Multi", "2")
          .cookie(Cookie.of("seen", "yes"))
          .status(202);
      return "accepted";
    }

    @Get("/replaced")
    public String replaced(ResponseHeaders response) {
      response.set("X-Value", "first").set("X-Value", "second");
      return "ok";
    }
  }

  private static final Brisk app = Brisk.create().include(new Api());
  private static final TestClient client = TestClient.of(app);

  @AfterAll
  static void close() {
    client.close();
  }

  @Test
  void givesTheHandlerTheWholeRequest() {
    TestResponse r = client.get("/echo/J%C3%BCrgen?q=a&q=b").header("X-One", "1").header("X-Many", "m1")
        .header("X-Many", "m2").header("X-Request-Id", "req-1").cookie("c", "cv").send();

    assertThat(r.text()).isEqualTo("GET|/echo/Jürgen|/echo/J%C3%BCrgen?q=a&q=b|a|[a, b]|1|[m1, m2]|cv|req-1|Jürgen");
  }

  @Test
  void givesEmptyValuesForAbsentParts() {
    assertThat(client.get("/echo/x").header("X-Request-Id", "r").send().text())
        .isEqualTo("GET|/echo/x|/echo/x|-|[]|-|[]|-|r|x");
  }

  @Test
  void givesTheRawBodyBytes() {
    assertThat(client.post("/raw").body("plain text", "text/plain").send().text()).isEqualTo("PLAIN TEXT");
  }

  @Test
  void reportsLoopbackAsTheRemoteAddressInProcess() {
    assertThat(client.get("/remote").send().text()).isEqualTo("127.0.0.1");
  }

  @Test
  void appliesHeadersCookiesAndStatusSetThroughResponseHeaders() {
    TestResponse r = client.get("/decorated").send();

    assertThat(r.status()).isEqualTo(202);
    assertThat(r.text()).isEqualTo("accepted");
    assertThat(r.header("Cache-Control")).hasValue("no-store");
    assertThat(r.headers("X-Multi")).containsExactly("1", "2");
    assertThat(r.header("Set-Cookie")).hasValue("seen=yes; Path=/; HTTPOnly");
  }

  @Test
  void replacesAHeaderSetTwice() {
    assertThat(client.get("/replaced").send().headers("X-Value")).containsExactly("second");
  }

  @Test
  void marksContextParametersAsContextInTheRouteModel() {
    assertThat(app.routes()).filteredOn(r -> r.path().equals("/decorated")).singleElement()
        .satisfies(r -> assertThat(r.parameters().get(0).source()).isEqualTo(ParamSource.CONTEXT));
  }
}
