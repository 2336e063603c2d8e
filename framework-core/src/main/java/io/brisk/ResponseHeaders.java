package io.brisk;

/**
 * Headers, cookies and a status for the response, set by a handler that returns a plain value.
 *
 * <p>Declare a parameter of this type to receive it (FastAPI's {@code Response} parameter). What
 * is set here is applied to the successful response; error responses ignore it.
 */
public interface ResponseHeaders {
  /** Sets a header, replacing earlier values of the same name. */
  ResponseHeaders set(String name, String value);

  /** Adds a header value, keeping earlier ones. */
  ResponseHeaders add(String name, String value);

  /** Sets a cookie. */
  ResponseHeaders cookie(Cookie cookie);

  /** Overrides the route's success status. */
  ResponseHeaders status(int status);
}
