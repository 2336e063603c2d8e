package io.brisk.security;

import io.brisk.Request;
import java.util.Locale;

/** Reads {@code Authorization: <scheme> <value>} headers. */
final class BearerCredentials {
  private BearerCredentials() {}

  /** The value after {@code scheme }, or throws a 401 with the challenge. */
  static String read(Request request, String scheme, String challenge) {
    String header = request.header("Authorization").orElse(null);
    if (header == null || header.isBlank()) {
      throw new MissingCredentialsException("Not authenticated", challenge);
    }
    int space = header.indexOf(' ');
    if (space < 0 || !header.substring(0, space).toLowerCase(Locale.ROOT).equals(scheme.toLowerCase(Locale.ROOT))) {
      throw new MissingCredentialsException("The Authorization header must use the " + scheme + " scheme", challenge);
    }
    String value = header.substring(space + 1).strip();
    if (value.isEmpty()) {
      throw new MissingCredentialsException("The Authorization header has no credentials", challenge);
    }
    return value;
  }
}
