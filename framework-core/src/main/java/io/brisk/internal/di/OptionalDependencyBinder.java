package io.brisk.internal.di;

import io.brisk.ValidationError;
import io.brisk.internal.binding.ArgumentBinder;
import io.brisk.internal.http.Exchange;
import io.brisk.security.MissingCredentialsException;
import java.util.List;
import java.util.Optional;

/**
 * Binds {@code Optional<T>} of a dependency: empty when its provider reports missing credentials
 * (optional authentication), the value otherwise; other failures still fail the request.
 */
public record OptionalDependencyBinder(DependencyBinder inner) implements ArgumentBinder {
  @Override
  public Object bind(Exchange exchange, List<ValidationError> errors) {
    try {
      Object v = inner.bind(exchange, errors);
      return v == FAILED ? FAILED : Optional.of(v);
    } catch (MissingCredentialsException e) {
      return Optional.empty();
    }
  }
}
