package io.brisk.validation;

import io.brisk.ValidationError;
import java.util.List;

/**
 * A handler returned a value that breaks its constraints (only thrown when response validation is
 * on, see {@link ValidationPlugin#validateResponses}). Brisk answers it 500 and logs it with the
 * route and the request id; the client sees no detail.
 */
public class ResponseValidationException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final transient List<ValidationError> errors;

  /** An exception for a route (as {@code Route.toString()} names it) and its errors. */
  public ResponseValidationException(String route, List<ValidationError> errors) {
    super("The response of " + route + " is invalid: " + describe(errors));
    this.errors = List.copyOf(errors);
  }

  /** What is wrong, each {@code loc} starting with {@code "response"}. */
  public List<ValidationError> errors() {
    return errors;
  }

  private static String describe(List<ValidationError> errors) {
    StringBuilder sb = new StringBuilder();
    for (ValidationError e : errors) {
      sb.append(sb.isEmpty() ? "" : "; ").append(e.loc()).append(' ').append(e.type()).append(": ").append(e.msg());
    }
    return sb.toString();
  }
}
