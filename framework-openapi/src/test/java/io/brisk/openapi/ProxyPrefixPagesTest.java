package io.brisk.openapi;

import static org.assertj.core.api.Assertions.assertThat;

import io.brisk.Brisk;
import io.brisk.annotation.Get;
import io.brisk.middleware.ProxyHeaders;
import io.brisk.testing.TestClient;
import org.junit.jupiter.api.Test;

/** Behind a trusted proxy that strips a prefix, the docs pages link under that prefix. */
class ProxyPrefixPagesTest {
  public static final class Api {
    @Get("/ping")
    public String ping() {
      return "pong";
    }
  }

  @Test
  void pagesFollowTheForwardedPrefix() {
    Brisk app = Brisk.create().use(ProxyHeaders.trust("*")).include(new Api());
    try (TestClient client = TestClient.of(app)) {
      String docs = client.get("/docs").header("X-Forwarded-Prefix", "/shop").send().text();
      assertThat(docs).contains("\"/shop/openapi.json\"").contains("/shop/docs/swagger-ui-bundle.js");
      String redoc = client.get("/redoc").header("X-Forwarded-Prefix", "/shop/").send().text();
      assertThat(redoc).contains("spec-url=\"/shop/openapi.json\"");
      assertThat(client.get("/docs").send().text()).contains("\"/openapi.json\"");
    }
  }
}
