package io.brisk.examples.inventory.auth;

import java.util.List;

/**
 * What a verified access token says.
 *
 * @param subject the username ({@code sub})
 * @param scopes the scopes granted ({@code scope}, split)
 */
public record TokenClaims(String subject, List<String> scopes) {
  /** Copies the scopes. */
  public TokenClaims {
    scopes = List.copyOf(scopes);
  }
}
