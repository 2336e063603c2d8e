package io.brisk.internal.http;

import io.netty.handler.codec.DecoderException;

/**
 * Why a request was refused before it reached routing (too many headers, too slow, an expectation
 * the server cannot meet), with the status to answer; carried as the request's decoder failure so
 * that {@link RequestHandler} answers it in order, as a problem document, and closes the connection.
 */
public final class RejectedRequestException extends DecoderException {
  private static final long serialVersionUID = 1L;

  private final int status;

  /** A refusal answered with {@code status} and {@code message} as the problem's detail. */
  public RejectedRequestException(int status, String message) {
    super(message);
    this.status = status;
  }

  /** The status to answer. */
  public int status() {
    return status;
  }
}
