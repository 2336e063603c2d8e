package io.brisk.openapi;

import static org.assertj.core.api.Assertions.assertThat;

import io.brisk.openapi.apps.InventoryApp;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/** The processor ran on this module's test sources (see the pom's testCompile) like a user's build. */
class JavadocCaptureTest {
  @Test
  void theProcessorWritesOneResourcePerHandlerClass() throws IOException {
    String name = "META-INF/brisk/javadoc/" + InventoryApp.ItemsApi.class.getName() + ".properties";
    Properties p = new Properties();
    try (InputStream in = getClass().getClassLoader().getResourceAsStream(name)) {
      assertThat(in).as(name).isNotNull();
      p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
    assertThat(p.getProperty("read(long)")).isEqualTo("Reads one item.");
    assertThat(p.getProperty("read(long).param.itemId")).isEqualTo("the item's id");
    assertThat(p.getProperty("list(int,int,java.util.Optional)"))
        .isEqualTo("Lists items, a page at a time.\n\nItems come sorted by name. Use `offset` and `limit` to page.");
    assertThat(p.getProperty("create(io.brisk.openapi.apps.InventoryApp$ItemIn)")).isEqualTo("Creates an item and answers where it lives.");
  }

  @Test
  void anAppWithoutCapturedJavadocGetsSummariesFromMethodNames() {
    // NoDocs.readThing has no doc comment, so nothing was captured for it.
    var doc = Documents.tree(io.brisk.Brisk.create().include(new NoDocs()));
    assertThat(doc.path("paths").path("/thing").path("get").path("summary").asText()).isEqualTo("Read thing");
    assertThat(doc.path("paths").path("/thing").path("get").has("description")).isFalse();
  }

  public static final class NoDocs {
    @io.brisk.annotation.Get("/thing")
    public String readThing() {
      return "thing";
    }
  }
}
