package io.brisk.examples.inventory.auth;

import java.util.List;

/**
 * The user a request's bearer token names, with the scopes the token grants. A request-scoped
 * dependency ({@link Authenticator}); also the body of {@code GET /users/me}.
 *
 * @param username who
 * @param scopes what the token allows
 */
public record CurrentUser(String username, List<String> scopes) {
  /** Copies the scopes. */
  public CurrentUser {
    scopes = List.copyOf(scopes);
  }
}
