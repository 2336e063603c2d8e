package io.brisk.spi;

import io.brisk.ValidationError;
import java.util.List;

/**
 * Checks a route's bound arguments before its handler runs; made once per route at start-up.
 *
 * <p>Called on the thread that runs the handler, possibly by many threads at once: implementations
 * are thread-safe.
 */
@FunctionalInterface
public interface ArgumentsValidator {
  /**
   * Adds an error for every problem found.
   *
   * @param args the handler's arguments, in declaration order
   * @param bound {@code bound[i]} is false when argument {@code i} failed to convert (and already
   *     has its error); such arguments are skipped
   * @param errors where problems are added
   */
  void validate(Object[] args, boolean[] bound, List<ValidationError> errors);

  /**
   * Checks what the handler returned, before it is written; throwing fails the request (a 500,
   * logged, unless an exception handler answers it). The default accepts everything.
   *
   * @param result the handler's result as returned: a body, a {@link io.brisk.Response}, or
   *     {@code null}
   */
  default void validateResponse(Object result) {}
}
