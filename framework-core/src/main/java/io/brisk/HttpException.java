package io.brisk;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Thrown by handlers (or anything they call) to answer with an HTTP error.
 *
 * <p>The answer is an RFC 9457 problem document ({@code application/problem+json}) with this
 * status, its standard title and the given detail; the headers are added to the response.
 */
public class HttpException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final int status;
  private final String detail;
  private final Map<String, String> headers;

  /** An error with a status and a detail sentence shown to the client. */
  public HttpException(int status, String detail) {
    this(status, detail, Map.of());
  }

  /** An error with a status, a detail sentence and response headers. */
  public HttpException(int status, String detail, Map<String, String> headers) {
    super(status + ": " + detail, null, false, false);
    if (status < 400 || status > 599) {
      throw new IllegalArgumentException("An HttpException status is 4xx or 5xx, not " + status);
    }
    this.status = status;
    this.detail = detail;
    this.headers = Map.copyOf(new LinkedHashMap<>(headers));
  }

  /** The HTTP status code. */
  public int status() {
    return status;
  }

  /** The detail sentence of the problem document, or {@code null}. */
  public String detail() {
    return detail;
  }

  /** Headers added to the error response. */
  public Map<String, String> headers() {
    return headers;
  }

  /** 400 Bad Request. */
  public static HttpException badRequest(String detail) {
    return new HttpException(400, detail);
  }

  /** 404 Not Found. */
  public static HttpException notFound(String detail) {
    return new HttpException(404, detail);
  }

  /** 409 Conflict. */
  public static HttpException conflict(String detail) {
    return new HttpException(409, detail);
  }

  /** 403 Forbidden. */
  public static HttpException forbidden(String detail) {
    return new HttpException(403, detail);
  }
}
