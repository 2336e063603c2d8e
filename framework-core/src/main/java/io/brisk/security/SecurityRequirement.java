package io.brisk.security;

import java.util.List;

/**
 * A route's need for a security scheme, with the scopes it requires, as the route model records it.
 *
 * @param scheme the scheme whose credential a dependency of the route reads
 * @param scopes the route's required scopes (empty for schemes without scopes)
 */
public record SecurityRequirement(SecurityScheme scheme, List<String> scopes) {
  /** Copies the list. */
  public SecurityRequirement {
    scopes = List.copyOf(scopes);
  }
}
