package io.brisk.internal.http;

import io.netty.handler.codec.DecoderException;

/** A request has more header fields than the server accepts; answered 431. */
final class TooManyHeadersException extends DecoderException {
  private static final long serialVersionUID = 1L;

  TooManyHeadersException(String message) {
    super(message);
  }
}
