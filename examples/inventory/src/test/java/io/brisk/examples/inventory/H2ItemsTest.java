package io.brisk.examples.inventory;

import org.junit.jupiter.api.AfterAll;

/** The items contract on the default database, in-memory H2. */
class H2ItemsTest extends ItemsContract {
  private final Fixture fixture = Fixture.h2();

  @Override
  Fixture fixture() {
    return fixture;
  }

  @AfterAll
  void close() {
    fixture.close();
  }
}
