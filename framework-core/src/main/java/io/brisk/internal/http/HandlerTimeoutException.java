package io.brisk.internal.http;

import java.util.concurrent.TimeoutException;

/** The failure recorded for a request whose handler did not answer within the handler timeout. */
final class HandlerTimeoutException extends TimeoutException {
  private static final long serialVersionUID = 1L;

  HandlerTimeoutException(long millis) {
    super("The handler did not answer within " + millis + " ms");
  }
}
