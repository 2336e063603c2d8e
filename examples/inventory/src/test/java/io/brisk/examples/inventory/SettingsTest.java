package io.brisk.examples.inventory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.brisk.SettingsLoader;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/** The settings record, read from environment variables. */
class SettingsTest {
  private static AppSettings load(Map<String, String> env) {
    return SettingsLoader.of(AppSettings.class).environment(env).systemProperties(new Properties()).load();
  }

  @Test
  void defaultsToLoopbackPort8000AndAnInMemoryDatabase() {
    AppSettings s = load(Map.of());

    assertThat(s).isEqualTo(new AppSettings("127.0.0.1", 8000, "jdbc:h2:mem:inventory;DB_CLOSE_DELAY=-1",
        Optional.empty(), Optional.empty(), Optional.empty(), List.of("http://localhost:3000"), false,
        List.of()));
  }

  @Test
  void readsEveryVariable() {
    AppSettings s = load(Map.of("HOST", "0.0.0.0", "PORT", "9000", "DATABASE_URL", "jdbc:postgresql://db/inventory",
        "DATABASE_USER", "app", "DATABASE_PASSWORD", "pw", "JWT_SECRET", "s3cret",
        "CORS_ORIGINS", "http://a.example, http://b.example", "INVENTORY_DEBUG_ROUTES", "1",
        "TRUSTED_PROXIES", "10.0.0.1,10.0.0.2"));

    assertThat(s).isEqualTo(new AppSettings("0.0.0.0", 9000, "jdbc:postgresql://db/inventory", Optional.of("app"),
        Optional.of("pw"), Optional.of("s3cret"), List.of("http://a.example", "http://b.example"), true,
        List.of("10.0.0.1", "10.0.0.2")));
  }

  @Test
  void stopsStartUpNamingABadVariable() {
    assertThatThrownBy(() -> load(Map.of("PORT", "eighty")))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("PORT");
    assertThatThrownBy(() -> load(Map.of("PORT", "70000")))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("PORT must be 0..65535");
    assertThatThrownBy(() -> load(Map.of("DATABASE_URL", "jdbc:mysql://db/x")))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("DATABASE_URL");
  }

  @Test
  void neverShowsASecretInAnError() {
    assertThatThrownBy(() -> load(Map.of("PORT", "x", "JWT_SECRET", "very-secret-value")))
        .hasMessageNotContaining("very-secret-value");
  }
}
