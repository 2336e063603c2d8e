package io.brisk.security;

import io.brisk.Request;

/** An API key in a header, a query parameter or a cookie; handlers receive an {@link ApiKey}. */
public final class ApiKeyScheme implements SecurityScheme {
  /** Where the key is sent. */
  public enum Location {
    HEADER, QUERY, COOKIE
  }

  private final Location location;
  private final String parameterName;
  private final String name;

  private ApiKeyScheme(Location location, String parameterName, String name) {
    this.location = location;
    this.parameterName = parameterName;
    this.name = name;
  }

  /** A key in a request header, for example {@code X-API-Key}. */
  public static ApiKeyScheme header(String headerName) {
    return new ApiKeyScheme(Location.HEADER, headerName, "APIKeyHeader");
  }

  /** A key in a query parameter. */
  public static ApiKeyScheme query(String parameterName) {
    return new ApiKeyScheme(Location.QUERY, parameterName, "APIKeyQuery");
  }

  /** A key in a cookie. */
  public static ApiKeyScheme cookie(String cookieName) {
    return new ApiKeyScheme(Location.COOKIE, cookieName, "APIKeyCookie");
  }

  /** This scheme under another documentation name. */
  public ApiKeyScheme named(String newName) {
    return new ApiKeyScheme(location, parameterName, newName);
  }

  /** Where the key is sent. */
  public Location location() {
    return location;
  }

  /** The header, query parameter or cookie name. */
  public String parameterName() {
    return parameterName;
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public Class<?> credentialType() {
    return ApiKey.class;
  }

  @Override
  public Object authenticate(Request request) {
    String value = switch (location) {
      case HEADER -> request.header(parameterName).orElse(null);
      case QUERY -> request.query(parameterName).orElse(null);
      case COOKIE -> request.cookie(parameterName).orElse(null);
    };
    if (value == null || value.isBlank()) {
      throw new MissingCredentialsException("Not authenticated: the API key "
          + location.name().toLowerCase(java.util.Locale.ROOT) + " '" + parameterName + "' is missing", "APIKey");
    }
    return new ApiKey(value);
  }
}
