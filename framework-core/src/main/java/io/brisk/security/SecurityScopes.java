package io.brisk.security;

import io.brisk.HttpException;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * The scopes the current route requires ({@link Scopes} on it, its class and its dependency
 * parameters): declare a parameter of this type in the dependency that verifies tokens.
 *
 * @param scopes the required scopes, without duplicates, in declaration order
 */
public record SecurityScopes(List<String> scopes) {
  /** Copies the list. */
  public SecurityScopes {
    scopes = List.copyOf(scopes);
  }

  /** The scopes as one space-separated string, as OAuth2 writes them. */
  public String scopeString() {
    return String.join(" ", scopes);
  }

  /**
   * Checks that a token grants every required scope.
   *
   * @throws HttpException 403 with {@code WWW-Authenticate: Bearer scope="..."} naming the required
   *     scopes when one is missing
   */
  public void requireGranted(Collection<String> granted) {
    for (String s : scopes) {
      if (!granted.contains(s)) {
        throw new HttpException(403, "Not enough permissions: the scope '" + s + "' is required",
            Map.of("WWW-Authenticate", "Bearer scope=\"" + scopeString() + "\", error=\"insufficient_scope\""));
      }
    }
  }
}
