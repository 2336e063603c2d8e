package io.brisk.dependencies;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.brisk.Brisk;
import io.brisk.SettingsLoader;
import io.brisk.annotation.Get;
import io.brisk.annotation.Setting;
import io.brisk.testing.TestClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SettingsTest {
  public record AppSettings(
      @Setting(defaultValue = "8000") int port,
      String databaseUrl,
      Optional<String> jwtSecret,
      List<String> corsOrigins,
      @Setting(value = "REQUEST_TIMEOUT", defaultValue = "PT30S") Duration timeout,
      @Setting(secret = true, defaultValue = "none") String apiToken) {}

  @Test
  void bindsEnvironmentVariablesByTheirUpperSnakeNames() {
    AppSettings s = SettingsLoader.of(AppSettings.class)
        .environment(Map.of("DATABASE_URL", "jdbc:h2:mem:x", "CORS_ORIGINS", "http://a, http://b", "PORT", "9000"))
        .systemProperties(new Properties())
        .load();
    assertThat(s).isEqualTo(new AppSettings(9000, "jdbc:h2:mem:x", Optional.empty(),
        List.of("http://a", "http://b"), Duration.ofSeconds(30), "none"));
  }

  @Test
  void prefersSystemPropertiesThenEnvironmentThenTheFile(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("app.properties");
    Files.writeString(file, "database.url=from-file\njwt.secret=file-secret\nport=7000\n");
    Properties system = new Properties();
    system.setProperty("port", "6000");
    AppSettings s = SettingsLoader.of(AppSettings.class)
        .environment(Map.of("JWT_SECRET", "env-secret"))
        .systemProperties(system)
        .file(file)
        .load();
    assertThat(s.port()).isEqualTo(6000);
    assertThat(s.jwtSecret()).contains("env-secret");
    assertThat(s.databaseUrl()).isEqualTo("from-file");
  }

  @Test
  void reportsEveryMissingOrInvalidVariableAndHidesSecrets() {
    SettingsLoader<AppSettings> loader = SettingsLoader.of(AppSettings.class)
        .environment(Map.of("PORT", "eighty", "API_TOKEN", "",
            "REQUEST_TIMEOUT", "soon"))
        .systemProperties(new Properties());
    assertThatThrownBy(loader::load)
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("Settings AppSettings are invalid: PORT = 'eighty' is not valid: Input should be a valid integer;"
            + " DATABASE_URL is missing (set the environment variable DATABASE_URL or the property database.url);"
            + " REQUEST_TIMEOUT = 'soon' is not valid: Input should be a valid ISO-8601 duration such as PT30S");
  }

  public static final class Api {
    @Get("/db")
    public String db(AppSettings settings) {
      return settings.databaseUrl();
    }
  }

  @Test
  void makesSettingsAnApplicationDependencyCheckedAtStartUp() {
    Brisk good = Brisk.create()
        .settings(SettingsLoader.of(AppSettings.class).environment(Map.of("DATABASE_URL", "jdbc:x"))
            .systemProperties(new Properties()))
        .include(new Api());
    try (TestClient client = TestClient.of(good)) {
      assertThat(client.get("/db").send().text()).isEqualTo("jdbc:x");
      good.overrideDependency(AppSettings.class,
          () -> new AppSettings(1, "jdbc:test", Optional.empty(), List.of(), Duration.ZERO, "t"));
      assertThat(client.get("/db").send().text()).isEqualTo("jdbc:test");
      assertThat(good.dependency(AppSettings.class).databaseUrl()).isEqualTo("jdbc:test");
    }
    good.clearDependencyOverrides();
    assertThat(good.dependency(AppSettings.class).databaseUrl()).isEqualTo("jdbc:x");
    Brisk bad = Brisk.create()
        .settings(SettingsLoader.of(AppSettings.class).environment(Map.of()).systemProperties(new Properties()))
        .include(new Api());
    assertThatThrownBy(bad::routes).hasMessageContaining("DATABASE_URL is missing");
  }
}
