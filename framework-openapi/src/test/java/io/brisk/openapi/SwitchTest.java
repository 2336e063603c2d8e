package io.brisk.openapi;

import static org.assertj.core.api.Assertions.assertThat;

import io.brisk.Brisk;
import io.brisk.openapi.apps.HelloApp;
import io.brisk.openapi.apps.InventoryApp;
import io.brisk.testing.TestClient;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SwitchTest {
  private static Map<String, Integer> statuses(Brisk app, List<String> paths) {
    Map<String, Integer> out = new java.util.LinkedHashMap<>();
    try (TestClient client = TestClient.of(app)) {
      for (String p : paths) {
        out.put(p, client.get(p).send().status());
      }
    }
    return out;
  }

  private static final List<String> DEFAULTS = List.of("/openapi.json", "/openapi.yaml", "/docs", "/redoc");

  @Test
  void servesEverythingByDefault() {
    assertThat(statuses(HelloApp.app(), DEFAULTS))
        .containsExactly(Map.entry("/openapi.json", 200), Map.entry("/openapi.yaml", 200), Map.entry("/docs", 200), Map.entry("/redoc", 200));
  }

  @Test
  void switchesEverythingOffInConfiguration() {
    Brisk app = HelloApp.app().plugin(new OpenApiPlugin(new OpenApiConfig().enabled(false)));
    assertThat(statuses(app, DEFAULTS)).containsOnly(
        Map.entry("/openapi.json", 404), Map.entry("/openapi.yaml", 404), Map.entry("/docs", 404), Map.entry("/redoc", 404));
  }

  @Test
  void switchesEverythingOffByRemovingThePlugin() {
    Brisk app = HelloApp.app().withoutPlugin(OpenApiPlugin.class);
    assertThat(statuses(app, DEFAULTS)).containsOnly(
        Map.entry("/openapi.json", 404), Map.entry("/openapi.yaml", 404), Map.entry("/docs", 404), Map.entry("/redoc", 404));
  }

  @Test
  void switchesOneEndpointOffWithAnEmptyUrl() {
    Brisk app = HelloApp.app().plugin(new OpenApiPlugin(new OpenApiConfig().yamlUrl("").redocUrl("")));
    assertThat(statuses(app, DEFAULTS)).containsExactly(
        Map.entry("/openapi.json", 200), Map.entry("/openapi.yaml", 404), Map.entry("/docs", 200), Map.entry("/redoc", 404));
  }

  @Test
  void withoutTheDocumentThereAreNoPages() {
    Brisk app = HelloApp.app().plugin(new OpenApiPlugin(new OpenApiConfig().openapiUrl("")));
    assertThat(statuses(app, DEFAULTS)).containsOnly(
        Map.entry("/openapi.json", 404), Map.entry("/openapi.yaml", 404), Map.entry("/docs", 404), Map.entry("/redoc", 404));
  }

  @Test
  void servesAtConfiguredUrls() {
    Brisk app = InventoryApp.app(InventoryApp.config()
        .openapiUrl("/api/spec.json").yamlUrl("/api/spec.yaml").docsUrl("/api/ui").redocUrl("/api/reference"));
    assertThat(statuses(app, List.of("/api/spec.json", "/api/spec.yaml", "/api/ui", "/api/reference", "/openapi.json", "/docs")))
        .containsExactly(Map.entry("/api/spec.json", 200), Map.entry("/api/spec.yaml", 200), Map.entry("/api/ui", 200),
            Map.entry("/api/reference", 200), Map.entry("/openapi.json", 404), Map.entry("/docs", 404));
    assertThat(Documents.get(app, "/api/ui")).contains("url: \"/api/spec.json\"");
    assertThat(Documents.tree(Documents.get(app, "/api/spec.json")).path("paths").has("/api/spec.json")).isFalse();
  }

  @Test
  void rejectsAUrlThatIsNotAPath() {
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> new OpenApiConfig().docsUrl("docs"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("A URL of the OpenAPI module is a path starting with '/', not 'docs'");
  }
}
