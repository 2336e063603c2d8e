package io.brisk.examples.inventory.auth;

import io.brisk.annotation.Form;
import io.brisk.annotation.Get;
import io.brisk.annotation.Post;
import io.brisk.annotation.Router;
import io.brisk.openapi.ApiResponse;
import io.brisk.openapi.ResponseHeader;
import io.brisk.security.MissingCredentialsException;
import java.util.List;

/**
 * The OAuth2 password flow ({@code POST /token}) and who the caller is ({@code GET /users/me}).
 * Stateless; thread-safe.
 */
@Router(tags = "auth")
public final class AuthApi {
  /**
   * An access token.
   *
   * @param accessToken the JWT to send as {@code Authorization: Bearer ...}
   * @param tokenType always {@code bearer}
   */
  public record TokenOut(String accessToken, String tokenType) {}

  private final TokenService tokens;

  /** The API issuing tokens of this service. */
  public AuthApi(TokenService tokens) {
    this.tokens = tokens;
  }

  /**
   * Logs in: trades a username and password for an access token valid 30 minutes.
   *
   * <p>{@code scope} narrows the token to some of the user's scopes; without it the token has all
   * of them.
   *
   * @param form the OAuth2 password-flow form
   * @return the token
   */
  @Post("/token")
  @ApiResponse(status = 401, description = "Incorrect username or password",
      headers = @ResponseHeader(name = "WWW-Authenticate", description = "Bearer", required = true))
  public TokenOut token(@Form TokenForm form, UserRepository users) {
    UserRepository.StoredUser user = users.authenticate(form.username(), form.password())
        .orElseThrow(() -> new MissingCredentialsException("Incorrect username or password", "Bearer"));
    List<String> requested = form.requestedScopes();
    List<String> granted = requested.isEmpty()
        ? user.scopes()
        : user.scopes().stream().filter(requested::contains).toList();
    return new TokenOut(tokens.issue(user.username(), granted), "bearer");
  }

  /**
   * The user the bearer token names, and the scopes it grants.
   *
   * @return the user
   */
  @Get("/users/me")
  public CurrentUser me(CurrentUser user) {
    return user;
  }
}
