package io.brisk.spi;

import io.brisk.Route;
import io.brisk.ValidationError;
import java.util.List;
import java.util.Optional;

/**
 * Makes the validator of each route at start-up; the validation module provides one.
 *
 * <p>Returning empty for a route with nothing to check means that route pays nothing per request.
 */
@FunctionalInterface
public interface ValidatorProvider {
  /** The validator of this route, or empty when none of its inputs carries a constraint. */
  Optional<ArgumentsValidator> validatorFor(Route route);

  /**
   * The constraint violations of an object (a settings record), with {@code loc} the field path;
   * empty when valid. The default checks nothing.
   */
  default List<ValidationError> validateObject(Object value) {
    return List.of();
  }
}
