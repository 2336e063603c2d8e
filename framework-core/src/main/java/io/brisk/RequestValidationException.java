package io.brisk;

import java.util.List;

/**
 * The request's input is invalid: answered 422 with every {@link ValidationError} at once.
 *
 * <p>Brisk throws it when binding or validation fails; handlers may throw it too, for checks that
 * only they can make.
 */
public class RequestValidationException extends HttpException {
  private static final long serialVersionUID = 1L;

  private final transient List<ValidationError> errors;

  /** An exception listing the given errors. */
  public RequestValidationException(List<ValidationError> errors) {
    super(422, errors.size() == 1 ? "1 input is invalid" : errors.size() + " inputs are invalid");
    this.errors = List.copyOf(errors);
  }

  /** The problems found, in the order the parameters are declared. */
  public List<ValidationError> errors() {
    return errors;
  }
}
