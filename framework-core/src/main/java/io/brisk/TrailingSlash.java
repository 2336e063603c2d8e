package io.brisk;

/** What happens to a request whose path differs from a route's only by a trailing slash. */
public enum TrailingSlash {
  /**
   * Answer {@code 308 Permanent Redirect} to the route's own form (the default, as FastAPI does);
   * 308 keeps the method and body, so clients that follow redirects just work.
   */
  REDIRECT,
  /** Serve the route directly under both forms. */
  IGNORE,
  /** Treat the two forms as different paths: the other one is a 404. */
  STRICT
}
