package io.brisk.examples.inventory;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;
import java.util.UUID;

/**
 * The PostgreSQL server of the tests, when there is one: {@code INVENTORY_TEST_PG_URL} (a JDBC
 * URL with user and password), else the database that {@code src/it/start-postgres.sh} creates
 * when something listens on 127.0.0.1:5432. Each test class gets a schema of its own.
 */
final class Postgres {
  static final String DEFAULT_URL =
      "jdbc:postgresql://127.0.0.1:5432/inventory_test?user=inventory_test&password=inventory_test";

  private Postgres() {}

  /** The server's URL, when one is configured or listening. */
  static Optional<String> url() {
    String configured = System.getenv("INVENTORY_TEST_PG_URL");
    if (configured != null && !configured.isBlank()) {
      return Optional.of(configured);
    }
    try (Socket s = new Socket()) {
      s.connect(new InetSocketAddress("127.0.0.1", 5432), 300);
      return Optional.of(DEFAULT_URL);
    } catch (IOException nothingListens) {
      return Optional.empty();
    }
  }

  /** Creates an empty schema and returns a URL whose connections use it. */
  static String freshSchema(String url, String[] created) throws SQLException {
    String schema = "inventory_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement()) {
      s.execute("CREATE SCHEMA " + schema);
    }
    created[0] = schema;
    return url + (url.contains("?") ? "&" : "?") + "currentSchema=" + schema;
  }

  /** Drops a schema made by {@link #freshSchema}. */
  static void drop(String url, String schema) throws SQLException {
    try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement()) {
      s.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
    }
  }
}
