package io.brisk;

import java.util.Optional;

/**
 * A dependency value that wants to know how the request ended when it is closed, for example a
 * transaction that commits on success and rolls back on failure.
 *
 * <p>Closed after the response has been sent (streamed bodies included), in reverse order of
 * creation, on a virtual thread. {@code failure} is the exception the handler (or a dependency)
 * threw, even when an exception handler turned it into a response.
 */
@FunctionalInterface
public interface RequestResource extends AutoCloseable {
  /** Releases the resource; {@code failure} is present when the request failed. */
  void close(Optional<Throwable> failure) throws Exception;

  /** Closes as after a successful request. */
  @Override
  default void close() throws Exception {
    close(Optional.empty());
  }
}
