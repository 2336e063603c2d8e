package io.brisk.internal.http;

import io.netty.handler.codec.DecoderException;

/** A request's headers or body did not arrive in time; answered 408 and the connection closed. */
final class RequestTimeoutException extends DecoderException {
  private static final long serialVersionUID = 1L;

  RequestTimeoutException(String message) {
    super(message);
  }
}
