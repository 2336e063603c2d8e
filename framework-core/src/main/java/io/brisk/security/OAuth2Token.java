package io.brisk.security;

/**
 * The bearer token sent to a route guarded by {@link OAuth2PasswordBearer}.
 *
 * @param token the token, as sent (verify it in your own dependency)
 */
public record OAuth2Token(String token) {}
