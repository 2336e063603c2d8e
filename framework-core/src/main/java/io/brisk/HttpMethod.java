package io.brisk;

/** The HTTP methods a route can answer. */
public enum HttpMethod {
  GET, POST, PUT, PATCH, DELETE, HEAD, OPTIONS;

  /** Whether a request with this method normally carries a body. */
  public boolean allowsBody() {
    return this == POST || this == PUT || this == PATCH || this == DELETE;
  }
}
