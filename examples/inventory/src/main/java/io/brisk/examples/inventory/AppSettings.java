package io.brisk.examples.inventory;

import io.brisk.SettingsLoader;
import io.brisk.annotation.Setting;
import java.util.List;
import java.util.Optional;

/**
 * The app's settings, read from environment variables (or system properties) by Brisk's
 * {@link SettingsLoader}: {@code SettingsLoader.of(AppSettings.class).load()}.
 *
 * @param host {@code HOST}: the address to listen on (default {@code 127.0.0.1})
 * @param port {@code PORT}: the port (default 8000; 0 picks a free one)
 * @param databaseUrl {@code DATABASE_URL}: a JDBC URL; an in-memory H2 database by default,
 *     PostgreSQL with {@code jdbc:postgresql://host/db}
 * @param databaseUser {@code DATABASE_USER}, when the URL does not carry it
 * @param databasePassword {@code DATABASE_PASSWORD}, when the URL does not carry it
 * @param jwtSecret {@code JWT_SECRET}: the HS256 key of access tokens (its UTF-8 bytes); a random
 *     key is generated at start when unset
 * @param corsOrigins {@code CORS_ORIGINS}: comma-separated origins allowed to call the API from a
 *     browser (default {@code http://localhost:3000})
 * @param debugRoutes {@code INVENTORY_DEBUG_ROUTES}: {@code 1} adds the {@code /debug} routes
 * @param trustedProxies {@code TRUSTED_PROXIES}: comma-separated addresses of reverse proxies whose
 *     {@code X-Forwarded-*} / {@code Forwarded} headers are believed (client address, scheme, host,
 *     path prefix); none by default
 */
public record AppSettings(
    @Setting(defaultValue = "127.0.0.1") String host,
    @Setting(defaultValue = "8000") int port,
    @Setting(defaultValue = AppSettings.IN_MEMORY_H2) String databaseUrl,
    Optional<String> databaseUser,
    @Setting(secret = true) Optional<String> databasePassword,
    @Setting(secret = true) Optional<String> jwtSecret,
    @Setting(defaultValue = "http://localhost:3000") List<String> corsOrigins,
    @Setting(value = "INVENTORY_DEBUG_ROUTES", defaultValue = "0") boolean debugRoutes,
    List<String> trustedProxies) {

  /** The default database: H2 in memory, kept while the app runs. */
  public static final String IN_MEMORY_H2 = "jdbc:h2:mem:inventory;DB_CLOSE_DELAY=-1";

  /** Checks the values no converter can. */
  public AppSettings {
    if (port < 0 || port > 65_535) {
      throw new IllegalArgumentException("PORT must be 0..65535, not " + port);
    }
    if (!databaseUrl.startsWith("jdbc:h2:") && !databaseUrl.startsWith("jdbc:postgresql:")) {
      throw new IllegalArgumentException("DATABASE_URL must be a jdbc:h2: or jdbc:postgresql: URL");
    }
    corsOrigins = List.copyOf(corsOrigins);
    trustedProxies = List.copyOf(trustedProxies);
  }

  /** The settings of this process's environment. */
  public static AppSettings fromEnvironment() {
    return SettingsLoader.of(AppSettings.class).load();
  }
}
