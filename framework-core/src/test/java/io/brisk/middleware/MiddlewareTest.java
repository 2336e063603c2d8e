package io.brisk.middleware;

import static org.assertj.core.api.Assertions.assertThat;

import io.brisk.Brisk;
import io.brisk.HttpException;
import io.brisk.Middleware;
import io.brisk.Reply;
import io.brisk.Request;
import io.brisk.Response;
import io.brisk.RouteGroup;
import io.brisk.annotation.Get;
import io.brisk.annotation.UseMiddleware;
import io.brisk.testing.TestClient;
import io.brisk.testing.TestResponse;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;

class MiddlewareTest {
  static final List<String> trail = new CopyOnWriteArrayList<>();

  static Middleware tracing(String name) {
    return (request, chain) -> {
      trail.add(name + " before");
      Reply reply = chain.next();
      trail.add(name + " after " + reply.status());
      return reply.addHeader("X-Trail", name);
    };
  }

  /** A route-level middleware, made by its no-argument constructor. */
  public static final class RouteLevel implements Middleware {
    @Override
    public Reply handle(Request request, Chain chain) throws Exception {
      return tracing("route").handle(request, chain);
    }
  }

  public static final class Api {
    @Get("/hello")
    @UseMiddleware(RouteLevel.class)
    public String hello() {
      trail.add("handler");
      return "hi";
    }

    @Get("/big")
    public String big() {
      return "x".repeat(5000);
    }
  }

  @Test
  void runsAppThenGroupThenRouteMiddlewareAroundTheHandler() {
    trail.clear();
    Brisk app = Brisk.create().use(tracing("app"))
        .include(RouteGroup.prefix("/v1").use(tracing("group")).include(new Api()));
    try (TestClient client = TestClient.of(app)) {
      TestResponse r = client.get("/v1/hello").send();
      assertThat(r.text()).isEqualTo("hi");
      assertThat(trail).containsExactly("app before", "group before", "route before", "handler",
          "route after 200", "group after 200", "app after 200");
      assertThat(r.headers("X-Trail")).containsExactly("route", "group", "app");
    }
  }

  @Test
  void letsAppMiddlewareSeeRequestsThatMatchNoRoute() {
    trail.clear();
    try (TestClient client = TestClient.of(Brisk.create().use(tracing("app")).include(new Api()))) {
      assertThat(client.get("/nowhere").send().status()).isEqualTo(404);
      assertThat(trail).containsExactly("app before", "app after 404");
    }
  }

  @Test
  void letsMiddlewareAnswerOnItsOwnOrFailLikeAHandler() {
    Middleware maintenance = (request, chain) -> request.header("X-Maintenance").isPresent()
        ? chain.respond(Response.status(503).body("down for maintenance").header("Retry-After", "60"))
        : chain.next();
    Middleware guard = Middleware.before(request -> {
      if (request.query("deny").isPresent()) {
        throw new HttpException(403, "denied by middleware");
      }
    });
    try (TestClient client = TestClient.of(Brisk.create().use(maintenance, guard).include(new Api()))) {
      TestResponse down = client.get("/hello").header("X-Maintenance", "1").send();
      assertThat(down.status()).isEqualTo(503);
      assertThat(down.text()).isEqualTo("down for maintenance");
      assertThat(down.header("Retry-After")).contains("60");
      TestResponse denied = client.get("/hello?deny=1").send();
      assertThat(denied.status()).isEqualTo(403);
      assertThat(denied.json().get("detail").asText()).isEqualTo("denied by middleware");
    }
  }

  @Test
  void addsServerTiming() {
    try (TestClient client = TestClient.of(Brisk.create().use(new ServerTiming()).include(new Api()))) {
      assertThat(client.get("/hello").send().header("Server-Timing").orElseThrow()).matches("app;dur=\\d+\\.\\d{3}");
    }
  }

  @Test
  void answersCorsPreflightsForAllowedOriginsOnly() {
    Brisk app = Brisk.create()
        .use(Cors.allowOrigins("https://app.example.com").allowHeaders("Authorization").allowCredentials(true)
            .exposeHeaders("X-Request-Id"))
        .include(new Api());
    try (TestClient client = TestClient.of(app)) {
      TestResponse ok = client.options("/hello").header("Origin", "https://app.example.com")
          .header("Access-Control-Request-Method", "GET").header("Access-Control-Request-Headers", "authorization").send();
      assertThat(ok.status()).isEqualTo(204);
      assertThat(ok.header("Access-Control-Allow-Origin")).contains("https://app.example.com");
      assertThat(ok.header("Access-Control-Allow-Credentials")).contains("true");
      assertThat(ok.header("Access-Control-Allow-Headers")).contains("authorization");
      assertThat(ok.header("Access-Control-Max-Age")).contains("600");
      TestResponse evil = client.options("/hello").header("Origin", "https://evil.example")
          .header("Access-Control-Request-Method", "GET").send();
      assertThat(evil.status()).isEqualTo(400);
      assertThat(evil.json().get("detail").asText()).isEqualTo("Disallowed CORS origin");
      TestResponse badHeader = client.options("/hello").header("Origin", "https://app.example.com")
          .header("Access-Control-Request-Method", "GET").header("Access-Control-Request-Headers", "X-Secret").send();
      assertThat(badHeader.status()).isEqualTo(400);
      TestResponse actual = client.get("/hello").header("Origin", "https://app.example.com").send();
      assertThat(actual.header("Access-Control-Allow-Origin")).contains("https://app.example.com");
      assertThat(actual.header("Access-Control-Expose-Headers")).contains("X-Request-Id");
      assertThat(actual.header("Vary")).contains("Origin");
      assertThat(client.get("/hello").header("Origin", "https://evil.example").send()
          .header("Access-Control-Allow-Origin")).isEmpty();
    }
  }

  @Test
  void matchesCorsOriginsByRegexAndWildcard() {
    Brisk app = Brisk.create().use(Cors.allowOrigins().allowOriginRegex("https://[a-z]+\\.example\\.com"))
        .include(new Api());
    try (TestClient client = TestClient.of(app)) {
      assertThat(client.get("/hello").header("Origin", "https://shop.example.com").send()
          .header("Access-Control-Allow-Origin")).contains("https://shop.example.com");
      assertThat(client.get("/hello").header("Origin", "https://shop.example.com.evil").send()
          .header("Access-Control-Allow-Origin")).isEmpty();
    }
    try (TestClient client = TestClient.of(Brisk.create().use(Cors.allowOrigins("*")).include(new Api()))) {
      assertThat(client.get("/hello").header("Origin", "https://any.where").send()
          .header("Access-Control-Allow-Origin")).contains("*");
    }
  }

  @Test
  void rejectsUntrustedHosts() {
    Brisk app = Brisk.create().use(TrustedHosts.of("api.example.com", "*.internal")).include(new Api());
    try (TestClient client = TestClient.of(app)) {
      assertThat(client.get("/hello").header("Host", "api.example.com:8443").send().status()).isEqualTo(200);
      assertThat(client.get("/hello").header("Host", "svc.internal").send().status()).isEqualTo(200);
      TestResponse bad = client.get("/hello").header("Host", "attacker.com").send();
      assertThat(bad.status()).isEqualTo(400);
      assertThat(bad.json().get("detail").asText()).isEqualTo("Invalid host header");
    }
  }

  @Test
  void gzipsLargeBodiesForClientsThatAcceptIt() throws Exception {
    Brisk app = Brisk.create().include(new Api());
    app.options().gzip(1024, 6);
    try (TestClient client = TestClient.of(app)) {
      TestResponse zipped = client.get("/big").header("Accept-Encoding", "gzip").send();
      assertThat(zipped.header("Content-Encoding")).contains("gzip");
      byte[] plain = new GZIPInputStream(new ByteArrayInputStream(zipped.bytes())).readAllBytes();
      assertThat(new String(plain, StandardCharsets.UTF_8)).isEqualTo("x".repeat(5000));
      assertThat(zipped.bytes().length).isLessThan(200);
      assertThat(client.get("/hello").header("Accept-Encoding", "gzip").send().header("Content-Encoding")).isEmpty();
      assertThat(client.get("/big").send().header("Content-Encoding")).isEmpty();
    }
  }
}
