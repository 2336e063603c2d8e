package io.brisk.openapi;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.brisk.Brisk;
import io.brisk.annotation.Get;
import io.brisk.middleware.ProxyHeaders;
import io.brisk.openapi.apps.InventoryApp;
import io.brisk.openapi.apps.SecureApp;
import io.brisk.testing.TestClient;
import io.brisk.testing.TestResponse;
import org.junit.jupiter.api.Test;

/**
 * The document's {@code servers} agree with the pages: the configured root path, or else the
 * prefix a trusted proxy forwards, is the first server, so "Try it out" and generated clients call
 * through the proxy. Each prefix always gets the same bytes.
 */
class ProxyPrefixDocumentTest {
  public static final class Api {
    @Get("/ping")
    public String ping() {
      return "pong";
    }
  }

  private static String document(TestClient client, String prefix) {
    TestResponse r = client.get("/openapi.json").header("X-Forwarded-Prefix", prefix).send();
    assertThat(r.status()).isEqualTo(200);
    return r.text();
  }

  @Test
  void theForwardedPrefixIsTheFirstServer() {
    Brisk app = Brisk.create().use(ProxyHeaders.trust("*")).include(new Api())
        .plugin(new OpenApiPlugin(new OpenApiConfig().server("https://api.example.com", "Production")));
    try (TestClient client = TestClient.of(app)) {
      JsonNode shop = Documents.tree(document(client, "/shop/"));
      JsonNode direct = Documents.tree(client.get("/openapi.json").send().text());
      String yaml = client.get("/openapi.yaml").header("X-Forwarded-Prefix", "/shop").send().text();

      assertThat(shop.path("servers").toString())
          .isEqualTo("[{\"url\":\"/shop\"},{\"url\":\"https://api.example.com\",\"description\":\"Production\"}]");
      assertThat(direct.path("servers").toString())
          .isEqualTo("[{\"url\":\"https://api.example.com\",\"description\":\"Production\"}]");
      assertThat(yaml).contains("servers:\n- url: /shop\n");
      assertThat(shop.path("paths").has("/ping")).isTrue();
    }
  }

  @Test
  void aPrefixGetsTheSameBytesEveryTimeAndOtherPrefixesTheirOwn() {
    Brisk app = InventoryApp.app().use(ProxyHeaders.trust("*"));
    try (TestClient client = TestClient.of(app)) {
      String first = document(client, "/a");
      String other = document(client, "/b");
      String again = document(client, "/a");

      assertThat(again).isEqualTo(first);
      assertThat(Documents.tree(other).path("servers").get(0).path("url").asText()).isEqualTo("/b");
      assertThat(Documents.problems(first)).isEmpty();
      // Apart from the server, the document is the one served without a proxy.
      JsonNode plain = Documents.tree(client.get("/openapi.json").send().text());
      ObjectNode withoutServers = (ObjectNode) Documents.tree(first);
      withoutServers.remove("servers");
      assertThat(withoutServers).isEqualTo(plain);
    }
  }

  @Test
  void theTokenUrlMovesUnderThePrefixToo() {
    Brisk app = SecureApp.app().use(ProxyHeaders.trust("*"));
    try (TestClient client = TestClient.of(app)) {
      JsonNode doc = Documents.tree(document(client, "/shop"));

      assertThat(doc.path("components").path("securitySchemes").toString()).contains("\"tokenUrl\":\"/shop/token\"");
    }
  }

  @Test
  void aConfiguredRootPathWinsOverTheForwardedPrefix() {
    Brisk app = Brisk.create().use(ProxyHeaders.trust("*")).include(new Api())
        .plugin(new OpenApiPlugin(new OpenApiConfig().rootPath("/api")));
    try (TestClient client = TestClient.of(app)) {
      assertThat(Documents.tree(document(client, "/other")).path("servers").toString()).isEqualTo("[{\"url\":\"/api\"}]");
    }
  }

  @Test
  void withoutATrustedProxyTheHeaderChangesNothing() {
    Brisk app = Brisk.create().include(new Api());
    try (TestClient client = TestClient.of(app)) {
      assertThat(Documents.tree(document(client, "/evil")).has("servers")).isFalse();
    }
  }

  @Test
  void manyPrefixesStillGetTheirOwnServer() {
    Brisk app = Brisk.create().use(ProxyHeaders.trust("*")).include(new Api());
    try (TestClient client = TestClient.of(app)) {
      String firstOfAll = document(client, "/p0");
      for (int i = 1; i <= 20; i++) {
        assertThat(Documents.tree(document(client, "/p" + i)).path("servers").get(0).path("url").asText()).isEqualTo("/p" + i);
      }
      // Dropped from the cache by now, built again: the same bytes.
      assertThat(document(client, "/p0")).isEqualTo(firstOfAll);
    }
  }
}
