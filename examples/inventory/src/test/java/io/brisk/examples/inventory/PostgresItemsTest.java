package io.brisk.examples.inventory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.brisk.testing.TestResponse;
import java.sql.SQLException;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The items contract on PostgreSQL, in a schema of its own; skipped when no server is reachable
 * (see {@link Postgres} and {@code src/it/start-postgres.sh}).
 */
class PostgresItemsTest extends ItemsContract {
  private String serverUrl;
  private String schema;
  private Fixture fixture;

  @BeforeAll
  void connect() throws SQLException {
    Optional<String> url = Postgres.url();
    assumeTrue(url.isPresent(), "no PostgreSQL server (set INVENTORY_TEST_PG_URL or run src/it/start-postgres.sh)");
    serverUrl = url.get();
    String[] created = new String[1];
    String schemaUrl = Postgres.freshSchema(serverUrl, created);
    schema = created[0];
    fixture = Fixture.on(schemaUrl, Map.of());
  }

  @AfterAll
  void close() throws SQLException {
    if (fixture != null) {
      fixture.close();
    }
    if (schema != null) {
      Postgres.drop(serverUrl, schema);
    }
  }

  @Override
  Fixture fixture() {
    return fixture;
  }

  @Test
  void reportsThePostgresDatabaseHealthy() {
    TestResponse r = client().get("/health").send();

    assertThat(r.status()).isEqualTo(200);
    assertThat(r.text()).isEqualTo("{\"status\":\"ok\",\"database\":\"ok\"}");
  }

  @Test
  void logsUsersInAgainstTheMigratedUsersTable() {
    TestResponse r = client().post("/token").body("username=bob&password=builder", "application/x-www-form-urlencoded").send();

    assertThat(r.status()).isEqualTo(200);
  }
}
