package io.brisk.examples.inventory.auth;

import io.brisk.annotation.Provides;
import io.brisk.security.MissingCredentialsException;
import io.brisk.security.OAuth2Token;
import io.brisk.security.SecurityScopes;

/**
 * Provides the {@link CurrentUser} of a request from its bearer token: 401 (with
 * {@code WWW-Authenticate: Bearer}) when the token is missing, malformed, badly signed or expired;
 * 403 when it lacks a scope the route requires ({@code @Scopes}).
 *
 * <p>Register with {@code app.provider(new Authenticator(tokens))}; thread-safe.
 */
public final class Authenticator {
  private final TokenService tokens;

  /** An authenticator trusting the tokens of this service. */
  public Authenticator(TokenService tokens) {
    this.tokens = tokens;
  }

  /** The user of the request, checked against the route's required scopes. */
  @Provides
  public CurrentUser currentUser(OAuth2Token token, SecurityScopes required) {
    TokenClaims claims = tokens.verify(token.token())
        .orElseThrow(() -> new MissingCredentialsException("Could not validate credentials", "Bearer"));
    required.requireGranted(claims.scopes());
    return new CurrentUser(claims.subject(), claims.scopes());
  }
}
