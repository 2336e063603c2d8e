package io.brisk.openapi;

import static org.assertj.core.api.Assertions.assertThat;

import io.brisk.Brisk;
import io.brisk.annotation.Get;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.brisk.middleware.ProxyHeaders;
import io.brisk.security.OAuth2PasswordBearer;
import io.brisk.testing.TestClient;
import org.junit.jupiter.api.Test;

/** Behind a trusted proxy that strips a prefix, the docs pages and the document follow that prefix. */
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

  public static final class SecuredApi {
    @Get("/me")
    public String me(io.brisk.security.OAuth2Token token) {
      return "me";
    }
  }

  @Test
  void theDocumentNamesTheForwardedPrefixAsItsServer() throws Exception {
    Brisk app = Brisk.create().use(ProxyHeaders.trust("*")).security(OAuth2PasswordBearer.tokenUrl("/token"))
        .include(new Api()).include(new SecuredApi());
    try (TestClient client = TestClient.of(app)) {
      JsonNode proxied = new ObjectMapper().readTree(
          client.get("/openapi.json").header("X-Forwarded-Prefix", "/shop").send().text());
      assertThat(proxied.get("servers").get(0).get("url").asText()).isEqualTo("/shop");
      assertThat(proxied.get("paths").has("/ping")).isTrue();
      assertThat(proxied.at("/components/securitySchemes").findValue("tokenUrl").asText()).isEqualTo("/shop/token");

      String yaml = client.get("/openapi.yaml").header("X-Forwarded-Prefix", "/shop").send().text();
      assertThat(yaml).contains("url: /shop", "tokenUrl: /shop/token");

      JsonNode direct = new ObjectMapper().readTree(client.get("/openapi.json").send().text());
      assertThat(direct.has("servers")).isFalse();
      assertThat(direct.at("/components/securitySchemes").findValue("tokenUrl").asText()).isEqualTo("/token");
    }
  }
}
