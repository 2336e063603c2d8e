package io.brisk.openapi;

import static org.assertj.core.api.Assertions.assertThat;

import io.brisk.openapi.apps.CollisionApp;
import io.brisk.openapi.apps.InventoryApp;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class DeterminismTest {
  @Test
  void theSameAppGivesTheSameBytesEveryTime() {
    String first = Documents.json(InventoryApp.app());
    for (int i = 0; i < 3; i++) {
      assertThat(Documents.json(InventoryApp.app())).isEqualTo(first);
    }
    assertThat(Documents.json(CollisionApp.app())).isEqualTo(Documents.json(CollisionApp.app()));
  }

  @Test
  void anotherJvmGivesTheSameBytes() throws IOException, InterruptedException {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Process p = new ProcessBuilder(List.of(java, "-cp", System.getProperty("java.class.path"),
        "-Dorg.slf4j.simpleLogger.defaultLogLevel=off", PrintDocument.class.getName()))
        .redirectError(ProcessBuilder.Redirect.DISCARD)
        .start();
    byte[] out = p.getInputStream().readAllBytes();
    assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(p.exitValue()).isZero();
    assertThat(new String(out, StandardCharsets.UTF_8)).isEqualTo(Documents.json(InventoryApp.app()));
  }
}
