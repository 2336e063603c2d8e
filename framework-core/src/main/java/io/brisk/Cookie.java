package io.brisk;

import java.time.Duration;
import java.util.Objects;

/**
 * A cookie to set on a response ({@code Set-Cookie}); build it with {@link #of} and the withers.
 *
 * @param name the cookie name
 * @param value the cookie value
 * @param path the {@code Path} attribute, or {@code null}
 * @param domain the {@code Domain} attribute, or {@code null}
 * @param maxAge the {@code Max-Age}, or {@code null} for a session cookie
 * @param secure whether {@code Secure} is set
 * @param httpOnly whether {@code HttpOnly} is set
 * @param sameSite {@code Strict}, {@code Lax}, {@code None}, or {@code null}
 */
public record Cookie(
    String name,
    String value,
    String path,
    String domain,
    Duration maxAge,
    boolean secure,
    boolean httpOnly,
    String sameSite) {

  /** Checks the name and value. */
  public Cookie {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(value, "value");
  }

  /** A session cookie with {@code Path=/} and {@code HttpOnly}. */
  public static Cookie of(String name, String value) {
    return new Cookie(name, value, "/", null, null, false, true, null);
  }

  /** A cookie that deletes the named one on the client ({@code Max-Age=0}). */
  public static Cookie expire(String name) {
    return new Cookie(name, "", "/", null, Duration.ZERO, false, true, null);
  }

  /** This cookie with another path. */
  public Cookie withPath(String newPath) {
    return new Cookie(name, value, newPath, domain, maxAge, secure, httpOnly, sameSite);
  }

  /** This cookie with a domain. */
  public Cookie withDomain(String newDomain) {
    return new Cookie(name, value, path, newDomain, maxAge, secure, httpOnly, sameSite);
  }

  /** This cookie with a maximum age. */
  public Cookie withMaxAge(Duration newMaxAge) {
    return new Cookie(name, value, path, domain, newMaxAge, secure, httpOnly, sameSite);
  }

  /** This cookie with {@code Secure} on or off. */
  public Cookie withSecure(boolean on) {
    return new Cookie(name, value, path, domain, maxAge, on, httpOnly, sameSite);
  }

  /** This cookie with {@code HttpOnly} on or off. */
  public Cookie withHttpOnly(boolean on) {
    return new Cookie(name, value, path, domain, maxAge, secure, on, sameSite);
  }

  /** This cookie with a {@code SameSite} policy. */
  public Cookie withSameSite(String policy) {
    return new Cookie(name, value, path, domain, maxAge, secure, httpOnly, policy);
  }
}
