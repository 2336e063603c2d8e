package io.brisk.internal.di;

import io.brisk.ValidationError;
import io.brisk.internal.binding.ArgumentBinder;
import io.brisk.internal.http.Exchange;
import java.util.List;

/**
 * Binds a dependency parameter by resolving it.
 *
 * @param def the compiled dependency
 * @param resolver the app's resolver (overrides, singletons)
 */
public record DependencyBinder(DependencyDef def, DependencyResolver resolver) implements ArgumentBinder {
  @Override
  public Object bind(Exchange exchange, List<ValidationError> errors) {
    return resolver.resolve(def, exchange, errors);
  }
}
