package io.brisk;

/** Where a handler parameter's value comes from. */
public enum ParamSource {
  /** A {@code {variable}} of the path template. */
  PATH,
  /** A query-string value, or a record grouping several. */
  QUERY,
  /** A request header, or a record grouping several. */
  HEADER,
  /** A cookie of the request. */
  COOKIE,
  /** The JSON request body. */
  BODY,
  /** A field of an {@code application/x-www-form-urlencoded} body, or a record grouping several. */
  FORM,
  /** A file part of a {@code multipart/form-data} body. */
  FILE,
  /** A context object chosen by type: {@link Request}, {@link ResponseHeaders}. */
  CONTEXT,
  /**
   * A dependency ({@code @Depends} or a type with a registered provider); its own inputs are the
   * parameter's {@link RouteParameter#members()}.
   */
  DEPENDENCY;

  /** The name used first in an error's {@code loc}, for example {@code "query"}. */
  public String locName() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
