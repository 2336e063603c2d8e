package io.brisk.openapi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.brisk.Brisk;
import io.brisk.openapi.apps.HelloApp;
import io.brisk.openapi.apps.InventoryApp;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The document without a server: the same bytes {@code /openapi.json} serves. */
class OpenApiExportTest {
  @TempDir
  Path dir;

  /** A factory for the command line. */
  public static Brisk hello() {
    return HelloApp.app();
  }

  /** Not a factory: takes a parameter. */
  public static Brisk withParameter(String name) {
    return HelloApp.app();
  }

  @Test
  void exportsWhatTheAppServes() {
    assertThat(OpenApiExport.json(InventoryApp.app())).isEqualTo(Documents.json(InventoryApp.app()));
    assertThat(OpenApiExport.yaml(HelloApp.app())).isEqualTo(Documents.get(HelloApp.app(), "/openapi.yaml"));
  }

  @Test
  void writesJsonOrYamlByTheFileName() throws IOException {
    Path json = dir.resolve("out/openapi.json");
    Path yaml = dir.resolve("openapi.yml");

    OpenApiExport.write(HelloApp.app(), json);
    OpenApiExport.write(HelloApp.app(), yaml);

    assertThat(Files.readString(json, StandardCharsets.UTF_8)).isEqualTo(Documents.json(HelloApp.app()));
    assertThat(Files.readString(yaml, StandardCharsets.UTF_8)).startsWith("openapi: 3.1.0\n");
  }

  @Test
  void findsTheAppThroughAStaticFactory() {
    Brisk app = OpenApiExport.app(OpenApiExportTest.class.getName() + "#hello");

    assertThat(OpenApiExport.json(app)).isEqualTo(Documents.json(HelloApp.app()));
  }

  @Test
  void namesWhatIsWrongWithTheFactory() {
    assertThatThrownBy(() -> OpenApiExport.app("no.such.App"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("No class no.such.App");
    assertThatThrownBy(() -> OpenApiExport.app(OpenApiExportTest.class.getName()))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no public method create()");
    assertThatThrownBy(() -> OpenApiExport.app(OpenApiExportTest.class.getName() + "#withParameter"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("withParameter()");
    assertThatThrownBy(() -> OpenApiExport.app(OpenApiExportTest.class.getName() + "#toString"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("must be static");
  }

  @Test
  void refusesAnAppWithoutTheDocument() {
    Brisk off = HelloApp.app().plugin(new OpenApiPlugin(new OpenApiConfig().enabled(false)));
    Brisk removed = HelloApp.app().withoutPlugin(OpenApiPlugin.class);

    assertThatThrownBy(() -> OpenApiExport.json(off)).isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("serves no OpenAPI document");
    assertThatThrownBy(() -> OpenApiExport.json(removed)).isInstanceOf(IllegalStateException.class);
  }
}
