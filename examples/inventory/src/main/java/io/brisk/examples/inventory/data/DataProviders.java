package io.brisk.examples.inventory.data;

import io.brisk.annotation.Provides;
import io.brisk.examples.inventory.auth.UserRepository;
import io.brisk.examples.inventory.items.ItemRepository;

/**
 * The request-scoped data dependencies: one {@link Transaction} per request that needs the
 * database, and the repositories working inside it.
 *
 * <p>Register with {@code app.provider(new DataProviders(database))}; thread-safe.
 */
public final class DataProviders {
  private final Database database;

  /** Providers over this database. */
  public DataProviders(Database database) {
    this.database = database;
  }

  /** The request's transaction, begun on first use. */
  @Provides
  public Transaction transaction() {
    return database.begin();
  }

  /** The items, inside the request's transaction. */
  @Provides
  public ItemRepository items(Transaction transaction) {
    return new ItemRepository(transaction.handle());
  }

  /** The users, inside the request's transaction. */
  @Provides
  public UserRepository users(Transaction transaction) {
    return new UserRepository(transaction.handle());
  }
}
