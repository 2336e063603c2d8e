package io.brisk.spi;

import io.brisk.Route;
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
}
