package io.brisk.security;

import io.brisk.Request;

/** OpenID Connect: bearer tokens from a provider described at a discovery URL; handlers receive an {@link OpenIdConnectToken}. */
public final class OpenIdConnect implements SecurityScheme {
  private final String openIdConnectUrl;
  private final String name;

  private OpenIdConnect(String openIdConnectUrl, String name) {
    this.openIdConnectUrl = openIdConnectUrl;
    this.name = name;
  }

  /** A scheme described by this discovery URL ({@code .../.well-known/openid-configuration}). */
  public static OpenIdConnect url(String openIdConnectUrl) {
    return new OpenIdConnect(openIdConnectUrl, "OpenIdConnect");
  }

  /** This scheme under another documentation name. */
  public OpenIdConnect named(String newName) {
    return new OpenIdConnect(openIdConnectUrl, newName);
  }

  /** The discovery URL. */
  public String openIdConnectUrl() {
    return openIdConnectUrl;
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public Class<?> credentialType() {
    return OpenIdConnectToken.class;
  }

  @Override
  public Object authenticate(Request request) {
    return new OpenIdConnectToken(BearerCredentials.read(request, "Bearer", "Bearer"));
  }
}
