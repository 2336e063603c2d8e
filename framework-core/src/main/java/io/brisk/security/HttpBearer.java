package io.brisk.security;

import io.brisk.Request;

/** HTTP Bearer authentication ({@code Authorization: Bearer ...}); handlers receive a {@link BearerToken}. */
public final class HttpBearer implements SecurityScheme {
  private final String name;
  private final String bearerFormat;

  private HttpBearer(String name, String bearerFormat) {
    this.name = name;
    this.bearerFormat = bearerFormat;
  }

  /** A bearer scheme named {@code HTTPBearer}. */
  public static HttpBearer create() {
    return new HttpBearer("HTTPBearer", "");
  }

  /** This scheme with a documented token format, such as {@code "JWT"}. */
  public HttpBearer bearerFormat(String format) {
    return new HttpBearer(name, format);
  }

  /** This scheme under another documentation name. */
  public HttpBearer named(String newName) {
    return new HttpBearer(newName, bearerFormat);
  }

  /** The documented token format; empty when none. */
  public String bearerFormat() {
    return bearerFormat;
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public Class<?> credentialType() {
    return BearerToken.class;
  }

  @Override
  public Object authenticate(Request request) {
    return new BearerToken(BearerCredentials.read(request, "Bearer", "Bearer"));
  }
}
