package io.brisk.security;

/**
 * The API key sent to a route guarded by an {@link ApiKeyScheme}.
 *
 * @param value the key, as sent
 */
public record ApiKey(String value) {
  @Override
  public String toString() {
    return "ApiKey[***]";
  }
}
