package io.brisk.security;

import io.brisk.Request;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * OAuth2 password flow: clients get a token from {@link #tokenUrl()} (a route of the app, usually
 * reading an {@link OAuth2PasswordRequestForm}) and send it as {@code Authorization: Bearer ...};
 * handlers receive an {@link OAuth2Token}.
 *
 * <pre>{@code
 * app.security(OAuth2PasswordBearer.tokenUrl("/token").scope("items:read", "Read items"));
 * }</pre>
 */
public final class OAuth2PasswordBearer implements SecurityScheme {
  private final String tokenUrl;
  private final String name;
  private final String refreshUrl;
  private final Map<String, String> scopesInOrder;

  private OAuth2PasswordBearer(String tokenUrl, Map<String, String> scopes, String name, String refreshUrl) {
    this.tokenUrl = Objects.requireNonNull(tokenUrl, "tokenUrl");
    this.scopesInOrder = new LinkedHashMap<>(scopes);
    this.name = name;
    this.refreshUrl = refreshUrl;
  }

  /** A scheme whose tokens come from this URL (relative to the app, e.g. {@code "/token"}). */
  public static OAuth2PasswordBearer tokenUrl(String tokenUrl) {
    return new OAuth2PasswordBearer(tokenUrl, Map.of(), "OAuth2PasswordBearer", null);
  }

  /** This scheme with a scope clients may request, and its description. */
  public OAuth2PasswordBearer scope(String scope, String description) {
    Map<String, String> copy = new LinkedHashMap<>(scopesInOrder);
    copy.put(scope, description);
    return new OAuth2PasswordBearer(tokenUrl, copy, name, refreshUrl);
  }

  /** This scheme under another documentation name. */
  public OAuth2PasswordBearer named(String newName) {
    return new OAuth2PasswordBearer(tokenUrl, scopesInOrder, newName, refreshUrl);
  }

  /** This scheme with a refresh URL. */
  public OAuth2PasswordBearer refreshUrl(String url) {
    return new OAuth2PasswordBearer(tokenUrl, scopesInOrder, name, url);
  }

  /** The token URL. */
  public String tokenUrl() {
    return tokenUrl;
  }

  /** The scopes and their descriptions, in the order declared. */
  public Map<String, String> scopes() {
    return java.util.Collections.unmodifiableMap(scopesInOrder);
  }

  /** The refresh URL. */
  public Optional<String> refreshUrl() {
    return Optional.ofNullable(refreshUrl);
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public Class<?> credentialType() {
    return OAuth2Token.class;
  }

  @Override
  public Object authenticate(Request request) {
    return new OAuth2Token(BearerCredentials.read(request, "Bearer", "Bearer"));
  }
}
