package io.brisk.examples.inventory;

import io.brisk.Brisk;
import io.brisk.SettingsLoader;
import io.brisk.examples.inventory.auth.TokenService;
import io.brisk.examples.inventory.data.Database;
import io.brisk.testing.TestClient;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** An inventory app over a database of its own (in-memory H2 unless told otherwise), for one test class. */
public final class Fixture implements AutoCloseable {
  /** The JWT_SECRET of test apps. */
  public static final String SECRET = "a-test-secret-that-is-at-least-32-bytes-long";

  private final AppSettings settings;
  private final Database database;
  private final Brisk app;
  private TestClient client;

  private Fixture(AppSettings settings) {
    this.settings = settings;
    this.database = Database.open(settings);
    this.app = InventoryApp.create(settings, database);
  }

  /** An app on a fresh in-memory H2 database. */
  public static Fixture h2() {
    return h2(Map.of());
  }

  /** An app on a fresh in-memory H2 database, with more environment variables. */
  public static Fixture h2(Map<String, String> env) {
    return on(freshH2Url(), env);
  }

  /** An app on the database at this URL. */
  public static Fixture on(String databaseUrl, Map<String, String> env) {
    return new Fixture(settings(databaseUrl, env));
  }

  /** An app for {@code BriskServerExtension}: it closes its database when it stops. */
  public static Brisk served(Map<String, String> env) {
    AppSettings settings = settings(freshH2Url(), env);
    Database database = Database.open(settings);
    return InventoryApp.create(settings, database).onStop(database::close);
  }

  /** The settings of a test app: the test key, this database, and the given variables. */
  public static AppSettings settings(String databaseUrl, Map<String, String> env) {
    Map<String, String> all = new HashMap<>(Map.of("JWT_SECRET", SECRET, "DATABASE_URL", databaseUrl));
    all.putAll(env);
    return SettingsLoader.of(AppSettings.class).environment(all).load();
  }

  /** A new, empty in-memory database. */
  public static String freshH2Url() {
    return "jdbc:h2:mem:test-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
  }

  /** A token as {@code POST /token} would issue it now. */
  public static String token(String username, String... scopes) {
    return tokens(Clock.systemUTC()).issue(username, List.of(scopes));
  }

  /** Alice's token: {@code items:read items:write}. */
  public static String alice() {
    return token("alice", "items:read", "items:write");
  }

  /** Bob's token: {@code items:read}. */
  public static String bob() {
    return token("bob", "items:read");
  }

  /** A token service with the test key and a clock of the test's choosing. */
  public static TokenService tokens(Clock clock) {
    return TokenService.withKey(SECRET.getBytes(StandardCharsets.UTF_8), clock);
  }

  /** The app. */
  public Brisk app() {
    return app;
  }

  /** The database. */
  public Database database() {
    return database;
  }

  /** The settings. */
  public AppSettings settings() {
    return settings;
  }

  /** An in-process client of the app. */
  public synchronized TestClient client() {
    if (client == null) {
      client = TestClient.of(app);
    }
    return client;
  }

  @Override
  public synchronized void close() {
    if (client != null) {
      client.close();
    }
    app.stop();
    database.close();
  }
}
