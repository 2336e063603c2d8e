package io.brisk.internal.binding;

import io.brisk.ValidationError;
import io.brisk.internal.http.Exchange;
import java.util.List;

/** Produces one handler argument from a request; one instance per parameter, made at start-up. */
public interface ArgumentBinder {
  /** Returned when the value could not be bound; the binder has added its error. */
  Object FAILED = new Object();

  /** The argument, or {@link #FAILED} after adding an error. */
  Object bind(Exchange exchange, List<ValidationError> errors);
}
