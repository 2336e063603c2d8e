package io.brisk.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.brisk.Brisk;
import io.brisk.SettingsLoader;
import io.brisk.annotation.Setting;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class SettingsValidationTest {
  public record AppSettings(
      @Setting(defaultValue = "8000") @Min(1) @Max(65535) int port,
      @Pattern(regexp = "jdbc:.*") String databaseUrl) {}

  private static Brisk app(Map<String, String> env) {
    return Brisk.create().settings(SettingsLoader.of(AppSettings.class).environment(env)
        .systemProperties(new Properties()));
  }

  @Test
  void checksTheJakartaConstraintsOfSettingsAtStartUp() {
    assertThatThrownBy(() -> app(Map.of("PORT", "70000", "DATABASE_URL", "postgres://x")).routes())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("Settings AppSettings are invalid: DATABASE_URL: ")
        .hasMessageContaining("PORT: Input should be less than or equal to 65535");
  }

  @Test
  void acceptsValidSettings() {
    Brisk ok = app(Map.of("DATABASE_URL", "jdbc:h2:mem:x"));
    assertThat(ok.routes()).isEmpty();
    assertThat(ok.dependency(AppSettings.class).port()).isEqualTo(8000);
  }
}
