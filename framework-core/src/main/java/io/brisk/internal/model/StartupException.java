package io.brisk.internal.model;

/** A mistake in the app's declarations, found while building the route model. */
public final class StartupException extends IllegalStateException {
  private static final long serialVersionUID = 1L;

  /** An error whose message names the class and method at fault. */
  public StartupException(String message) {
    super(message);
  }
}
