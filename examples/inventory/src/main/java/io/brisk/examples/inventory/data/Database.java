package io.brisk.examples.inventory.data;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.brisk.examples.inventory.AppSettings;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Optional;
import org.flywaydb.core.Flyway;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The app's database: a HikariCP pool, migrated by Flyway when opened, used through JDBI.
 *
 * <p>H2 or PostgreSQL, decided by the JDBC URL; the migrations in {@code db/migration} are
 * portable SQL. Thread-safe; open one per app and close it when the app stops.
 */
public final class Database implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(Database.class);

  private final HikariDataSource pool;
  private final Jdbi jdbi;

  private Database(HikariDataSource pool) {
    this.pool = pool;
    this.jdbi = Jdbi.create(pool);
  }

  /** Opens the database of the settings. */
  public static Database open(AppSettings settings) {
    return open(settings.databaseUrl(), settings.databaseUser(), settings.databasePassword());
  }

  /**
   * Opens a pool on a JDBC URL and brings the schema up to date.
   *
   * @throws RuntimeException when the database cannot be reached or a migration fails
   */
  public static Database open(String url, Optional<String> user, Optional<String> password) {
    HikariConfig config = new HikariConfig();
    config.setPoolName("inventory");
    config.setJdbcUrl(url);
    user.ifPresent(config::setUsername);
    password.ifPresent(config::setPassword);
    config.setMaximumPoolSize(10);
    // Fail fast when the database is gone: requests (and /health) answer in seconds, not 30 s.
    config.setConnectionTimeout(3_000);
    HikariDataSource pool = new HikariDataSource(config);
    try {
      int applied = Flyway.configure().dataSource(pool).locations("classpath:db/migration").load().migrate()
          .migrationsExecuted;
      LOG.info("Database ready ({}), {} migration(s) applied", url.startsWith("jdbc:h2:") ? "H2" : "PostgreSQL", applied);
    } catch (RuntimeException e) {
      pool.close();
      throw e;
    }
    return new Database(pool);
  }

  /** Starts a transaction on a connection of the pool. */
  public Transaction begin() {
    Handle handle = jdbi.open();
    try {
      handle.begin();
    } catch (RuntimeException e) {
      handle.close();
      throw e;
    }
    return new Transaction(handle);
  }

  /** Whether a connection can be had and answers, within a few seconds. */
  public boolean isReachable() {
    try (Connection c = pool.getConnection()) {
      return c.isValid(2);
    } catch (SQLException | RuntimeException e) {
      LOG.warn("The database is unreachable: {}", e.getMessage());
      return false;
    }
  }

  /** Closes the pool. */
  @Override
  public void close() {
    pool.close();
  }
}
