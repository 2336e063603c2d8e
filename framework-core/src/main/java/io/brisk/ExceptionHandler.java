package io.brisk;

/**
 * Turns an exception thrown while handling a request into a response.
 *
 * <p>Registered by exception type on the app or a {@link RouteGroup}; for a thrown exception the
 * most specific registered type wins, a group's handlers before the app's. It runs on the thread
 * that ran the handler.
 *
 * @param <E> the exception type
 */
@FunctionalInterface
public interface ExceptionHandler<E extends Throwable> {
  /** Builds the response; it may throw an {@link HttpException} to answer with a problem instead. */
  Response<?> handle(E exception, Request request);
}
