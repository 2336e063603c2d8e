package io.brisk.openapi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.brisk.openapi.apps.InventoryApp;
import io.brisk.testing.BriskServerExtension;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A real headless browser (Debian's chromium, installed by src/it/install-chromium.sh) renders
 * the pages from a running app and the operations show up in the DOM. Skipped only when chromium
 * is not installed.
 */
class BrowserTest {
  @RegisterExtension
  static final BriskServerExtension SERVER = BriskServerExtension.of(InventoryApp::app);

  private static final Path CHROMIUM = Path.of(System.getenv().getOrDefault("BRISK_CHROMIUM", "/usr/bin/chromium"));

  @BeforeEach
  void needsChromium() {
    assumeTrue(Files.isExecutable(CHROMIUM), "chromium is not installed (run framework-openapi/src/it/install-chromium.sh)");
  }

  private static String renderedDom(String path) throws IOException, InterruptedException {
    Path profile = Files.createTempDirectory("brisk-chromium-");
    try {
      List<String> command = new ArrayList<>(List.of(CHROMIUM.toString(), "--headless", "--no-sandbox", "--disable-gpu",
          "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
          "--disable-sync", "--disable-dev-shm-usage", "--user-data-dir=" + profile,
          "--virtual-time-budget=15000", "--dump-dom", SERVER.uri(path).toString()));
      Path out = profile.resolve("dom.html");
      Process p = new ProcessBuilder(command)
          .redirectOutput(out.toFile())
          .redirectError(ProcessBuilder.Redirect.DISCARD)
          .start();
      if (!p.waitFor(120, TimeUnit.SECONDS)) {
        p.destroyForcibly();
        throw new AssertionError("chromium did not finish rendering " + path + " within 120 s");
      }
      assertThat(p.exitValue()).as("chromium's exit status").isZero();
      return Files.readString(out, StandardCharsets.UTF_8);
    } finally {
      try (Stream<Path> files = Files.walk(profile)) {
        files.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
      }
    }
  }

  @Test
  void swaggerUiListsTheOperations() throws Exception {
    String dom = renderedDom("/docs");
    assertThat(dom)
        .contains("Inventory")
        .contains("Lists items, a page at a time")
        .contains("Reads one item")
        .contains("Creates an item and answers where it lives")
        .contains("operations-items-list")
        .contains("operations-items-searchItems")
        .contains("/v1/items/{itemId}");
  }

  @Test
  void redocListsTheOperations() throws Exception {
    String dom = renderedDom("/redoc");
    assertThat(dom)
        .contains("Inventory")
        .contains("Lists items, a page at a time")
        .contains("Reads one item")
        .contains("Searches items by filters")
        .contains("/v1/items/search");
  }
}
