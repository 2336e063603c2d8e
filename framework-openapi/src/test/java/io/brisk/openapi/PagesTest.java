package io.brisk.openapi;

import static org.assertj.core.api.Assertions.assertThat;

import io.brisk.Brisk;
import io.brisk.openapi.apps.HelloApp;
import io.brisk.openapi.apps.InventoryApp;
import io.brisk.testing.TestClient;
import io.brisk.testing.TestResponse;
import org.junit.jupiter.api.Test;

class PagesTest {
  private static TestResponse get(Brisk app, String path) {
    try (TestClient client = TestClient.of(app)) {
      return client.get(path).send();
    }
  }

  @Test
  void servesTheDocumentAsJsonAndYaml() {
    Brisk app = HelloApp.app();
    TestResponse json = get(app, "/openapi.json");
    assertThat(json.header("Content-Type")).contains("application/json");
    assertThat(json.text()).startsWith("{\n  \"openapi\" : \"3.1.0\",\n");
    TestResponse yaml = get(app, "/openapi.yaml");
    assertThat(yaml.header("Content-Type")).contains("application/yaml");
    assertThat(yaml.text()).startsWith("openapi: 3.1.0\ninfo:\n  title: Brisk API\n");
  }

  @Test
  void servesSwaggerUiPointedAtTheDocument() {
    TestResponse page = get(HelloApp.app(), "/docs");
    assertThat(page.status()).isEqualTo(200);
    assertThat(page.header("Content-Type")).contains("text/html; charset=utf-8");
    assertThat(page.text())
        .contains("<title>Brisk API - Swagger UI</title>")
        .contains("<link rel=\"stylesheet\" href=\"/docs/swagger-ui.css\">")
        .contains("<script src=\"/docs/swagger-ui-bundle.js\"></script>")
        .contains("url: \"/openapi.json\",")
        .contains("oauth2RedirectUrl: window.location.origin + \"/docs/oauth2-redirect.html\",")
        .doesNotContain("http://", "https://");
  }

  @Test
  void servesSwaggerUiFilesFromTheWebjar() {
    Brisk app = HelloApp.app();
    TestResponse js = get(app, "/docs/swagger-ui-bundle.js");
    assertThat(js.status()).isEqualTo(200);
    assertThat(js.header("Content-Type")).contains("text/javascript; charset=utf-8");
    assertThat(js.bytes().length).isGreaterThan(100_000);
    assertThat(get(app, "/docs/swagger-ui.css").header("Content-Type")).contains("text/css; charset=utf-8");
    assertThat(get(app, "/docs/favicon-32x32.png").header("Content-Type")).contains("image/png");
    TestResponse redirect = get(app, "/docs/oauth2-redirect.html");
    assertThat(redirect.header("Content-Type")).contains("text/html; charset=utf-8");
    assertThat(redirect.text()).contains("<script src=\"oauth2-redirect.js\"></script>");
    assertThat(get(app, "/docs/oauth2-redirect.js").status()).isEqualTo(200);
  }

  @Test
  void servesNoOtherFileOfTheClasspath() {
    Brisk app = HelloApp.app();
    assertThat(get(app, "/docs/index.html").status()).isEqualTo(404);
    assertThat(get(app, "/docs/..%2F..%2F..%2Fmaven%2Forg.webjars%2Fswagger-ui%2Fpom.properties").status()).isEqualTo(404);
    assertThat(get(app, "/docs/../redoc/redoc.standalone.js").status()).isIn(400, 404);
    assertThat(get(app, "/redoc/redoc.lib.js").status()).isEqualTo(404);
  }

  @Test
  void servesRedocPointedAtTheDocument() {
    Brisk app = HelloApp.app();
    TestResponse page = get(app, "/redoc");
    assertThat(page.header("Content-Type")).contains("text/html; charset=utf-8");
    assertThat(page.text())
        .contains("<redoc spec-url=\"/openapi.json\"></redoc>")
        .contains("<script src=\"/redoc/redoc.standalone.js\"></script>")
        .doesNotContain("http://", "https://");
    TestResponse js = get(app, "/redoc/redoc.standalone.js");
    assertThat(js.header("Content-Type")).contains("text/javascript; charset=utf-8");
    assertThat(js.bytes().length).isGreaterThan(100_000);
  }

  @Test
  void pagesFollowTheRootPathOfAProxy() {
    Brisk app = InventoryApp.app(InventoryApp.config().rootPath("/inventory"));
    assertThat(get(app, "/docs").text())
        .contains("href=\"/inventory/docs/swagger-ui.css\"")
        .contains("src=\"/inventory/docs/swagger-ui-bundle.js\"")
        .contains("url: \"/inventory/openapi.json\",")
        .contains("\"/inventory/docs/oauth2-redirect.html\"");
    assertThat(get(app, "/redoc").text())
        .contains("<redoc spec-url=\"/inventory/openapi.json\"></redoc>")
        .contains("src=\"/inventory/redoc/redoc.standalone.js\"");
  }

  @Test
  void escapesTheTitleInPages() {
    Brisk app = HelloApp.app().plugin(new OpenApiPlugin(new OpenApiConfig().title("<Tools & \"Parts\">")));
    assertThat(get(app, "/docs").text()).contains("<title>&lt;Tools &amp; &quot;Parts&quot;&gt; - Swagger UI</title>");
    assertThat(get(app, "/redoc").text()).contains("<title>&lt;Tools &amp; &quot;Parts&quot;&gt; - ReDoc</title>");
  }
}
