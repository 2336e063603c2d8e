package io.brisk.examples.inventory.data;

import io.brisk.RequestResource;
import java.util.Optional;
import org.jdbi.v3.core.Handle;

/**
 * One request's database transaction: commits when the request succeeded, rolls back when the
 * handler (or a dependency) threw, then returns the connection to the pool.
 *
 * <p>A request-scoped dependency ({@link DataProviders#transaction()}): the handler and every
 * repository of a request share it. Brisk closes it after the response has been sent, so a handler
 * that writes calls {@link #commit()} before it returns: the client that receives the 2xx can then
 * read what it wrote at once, and a failed commit is answered as an error instead of after a
 * success. Used by one request at a time.
 */
public final class Transaction implements RequestResource {
  private final Handle handle;

  Transaction(Handle handle) {
    this.handle = handle;
  }

  /** The JDBI handle, inside the transaction. */
  public Handle handle() {
    return handle;
  }

  /**
   * Commits the work so far, before the response is sent; anything done afterwards runs in a new
   * transaction, committed or rolled back when the request ends.
   */
  public void commit() {
    handle.commit();
    handle.begin();
  }

  @Override
  public void close(Optional<Throwable> failure) {
    try (handle) {
      if (failure.isPresent()) {
        handle.rollback();
      } else {
        handle.commit();
      }
    }
  }
}
