package io.brisk.security;

import io.brisk.HttpException;
import java.util.Map;

/** A request lacks the credential a security scheme needs: 401 with a {@code WWW-Authenticate} challenge. */
public final class MissingCredentialsException extends HttpException {
  private static final long serialVersionUID = 1L;

  /** A 401 with a detail and the challenge header value. */
  public MissingCredentialsException(String detail, String challenge) {
    super(401, detail, Map.of("WWW-Authenticate", challenge));
  }
}
