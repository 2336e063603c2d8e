package io.brisk;

import java.util.Optional;

/**
 * A dependency value that wants to know how the request ended, for example a transaction.
 *
 * <p>{@link #beforeResponse} runs on the handler's thread once the handler has returned or failed
 * and before anything is sent, newest resource first: commit there, so that a client never sees a
 * success before the data is durable, and so that a failing commit still changes the answer (what
 * it throws is answered like a handler's exception). {@link #close(Optional)} runs after the
 * response has been sent (streamed bodies included), in reverse order of creation, on a virtual
 * thread: release there. {@code failure} is the exception the handler (or a dependency) threw,
 * even when an exception handler turned it into a response.
 */
@FunctionalInterface
public interface RequestResource extends AutoCloseable {
  /**
   * Finishes the resource's work before the response is sent (commit or roll back); the default
   * does nothing.
   */
  default void beforeResponse(Optional<Throwable> failure) throws Exception {}

  /** Releases the resource; {@code failure} is present when the request failed. */
  void close(Optional<Throwable> failure) throws Exception;

  /** Closes as after a successful request. */
  @Override
  default void close() throws Exception {
    close(Optional.empty());
  }
}
