package io.brisk.openapi;

import static org.assertj.core.api.Assertions.assertThat;

import io.brisk.Brisk;
import io.brisk.ValidationErrorFormat;
import io.brisk.openapi.apps.AccountsApp;
import io.brisk.openapi.apps.CollisionApp;
import io.brisk.openapi.apps.HelloApp;
import io.brisk.openapi.apps.InventoryApp;
import io.brisk.openapi.apps.SecureApp;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Whole documents of representative apps against the reviewed snapshots in
 * {@code src/test/resources/snapshots}. After a deliberate change, regenerate them with
 * {@code -Dbrisk.updateSnapshots=true}, then review the diff by eye.
 */
class SnapshotTest {
  private static final Path DIR = Path.of("src/test/resources/snapshots");

  static Stream<Arguments> apps() {
    return Stream.of(
        Arguments.of("hello", (Supplier<Brisk>) HelloApp::app),
        Arguments.of("inventory", (Supplier<Brisk>) InventoryApp::app),
        Arguments.of("inventory-3.0", (Supplier<Brisk>) () ->
            InventoryApp.app(InventoryApp.config().openApiVersion(OpenApiVersion.V3_0))),
        Arguments.of("inventory-fastapi-errors", (Supplier<Brisk>) () -> {
          Brisk app = InventoryApp.app();
          app.options().validationErrorFormat(ValidationErrorFormat.FASTAPI).validationErrorStatus(400);
          return app;
        }),
        Arguments.of("collisions", (Supplier<Brisk>) CollisionApp::app),
        Arguments.of("accounts", (Supplier<Brisk>) AccountsApp::app),
        Arguments.of("accounts-3.0", (Supplier<Brisk>) () -> AccountsApp.app()
            .plugin(new OpenApiPlugin(new OpenApiConfig().openApiVersion(OpenApiVersion.V3_0)))),
        Arguments.of("secure", (Supplier<Brisk>) SecureApp::app),
        Arguments.of("secure-3.0", (Supplier<Brisk>) () -> SecureApp.app()
            .plugin(new OpenApiPlugin(new OpenApiConfig().openApiVersion(OpenApiVersion.V3_0)))));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("apps")
  void documentMatchesTheReviewedSnapshot(String name, Supplier<Brisk> app) throws IOException {
    String json = Documents.json(app.get());
    Path file = DIR.resolve(name + ".json");
    if (Boolean.getBoolean("brisk.updateSnapshots")) {
      Files.createDirectories(DIR);
      Files.writeString(file, json, StandardCharsets.UTF_8);
    }
    assertThat(file).as("snapshot (create it with -Dbrisk.updateSnapshots=true, then review it)").exists();
    assertThat(json).isEqualTo(Files.readString(file, StandardCharsets.UTF_8));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("apps")
  void documentIsValidOpenApi(String name, Supplier<Brisk> app) {
    Brisk built = app.get();
    assertThat(Documents.problems(Documents.json(built))).isEmpty();
    assertThat(Documents.problems(Documents.get(built, "/openapi.yaml"))).isEmpty();
  }
}
