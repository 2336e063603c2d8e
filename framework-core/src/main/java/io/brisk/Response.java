package io.brisk;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A handler result with an explicit status, headers, cookies and body.
 *
 * <p>Return it when the plain return value is not enough: {@code Response.created(uri, item)},
 * {@code Response.ok(item).header("Cache-Control", "no-store")}. Instances are immutable; every
 * method returns a new one. The body is written like a plain return value (JSON for objects).
 *
 * @param <T> the body type
 */
public final class Response<T> {
  private final int status;
  private final T body;
  private final List<Map.Entry<String, String>> headers;
  private final List<Cookie> cookies;
  private final String contentType;

  private Response(
      int status, T body, List<Map.Entry<String, String>> headers, List<Cookie> cookies, String contentType) {
    if (status < 100 || status > 599) {
      throw new IllegalArgumentException("HTTP status must be 100..599, not " + status);
    }
    this.status = status;
    this.body = body;
    this.headers = headers;
    this.cookies = cookies;
    this.contentType = contentType;
  }

  /** 200 with a body. */
  public static <T> Response<T> ok(T body) {
    return new Response<>(200, body, List.of(), List.of(), null);
  }

  /** A response with this status and no body yet. */
  public static <T> Response<T> status(int status) {
    return new Response<>(status, null, List.of(), List.of(), null);
  }

  /** 201 with a {@code Location} header and a body. */
  public static <T> Response<T> created(URI location, T body) {
    return new Response<T>(201, body, List.of(), List.of(), null).header("Location", location.toString());
  }

  /** 204 No Content. */
  public static <T> Response<T> noContent() {
    return status(204);
  }

  /** 307 Temporary Redirect (method and body kept) to a location. */
  public static <T> Response<T> redirect(String location) {
    return redirect(location, 307);
  }

  /** A redirect with a chosen 3xx status (301, 302, 303, 307 or 308). */
  public static <T> Response<T> redirect(String location, int status) {
    if (status < 300 || status > 399) {
      throw new IllegalArgumentException("A redirect status is 3xx, not " + status);
    }
    return Response.<T>status(status).header("Location", location);
  }

  /** This response with another body. */
  public <U> Response<U> body(U newBody) {
    return new Response<>(status, newBody, headers, cookies, contentType);
  }

  /** This response with a header added (a repeated name adds another value). */
  public Response<T> header(String name, String value) {
    List<Map.Entry<String, String>> copy = new ArrayList<>(headers);
    copy.add(Map.entry(name, value));
    return new Response<>(status, body, List.copyOf(copy), cookies, contentType);
  }

  /** This response with a cookie set. */
  public Response<T> cookie(Cookie cookie) {
    List<Cookie> copy = new ArrayList<>(cookies);
    copy.add(cookie);
    return new Response<>(status, body, headers, List.copyOf(copy), contentType);
  }

  /** This response with a content type that overrides the one its body type implies. */
  public Response<T> contentType(String mediaType) {
    return new Response<>(status, body, headers, cookies, mediaType);
  }

  /** The status code. */
  public int status() {
    return status;
  }

  /** The body, or {@code null}. */
  public T body() {
    return body;
  }

  /** The headers, in the order added. */
  public List<Map.Entry<String, String>> headers() {
    return headers;
  }

  /** The cookies to set. */
  public List<Cookie> cookies() {
    return cookies;
  }

  /** The explicit content type, or {@code null} to let the body type decide. */
  public String contentType() {
    return contentType;
  }
}
