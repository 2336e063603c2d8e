package io.brisk.security;

/**
 * The bearer token sent to a route guarded by {@link HttpBearer}.
 *
 * @param token the token, as sent
 */
public record BearerToken(String token) {}
