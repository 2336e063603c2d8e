package io.brisk.security;

/**
 * The bearer token sent to a route guarded by {@link OpenIdConnect}.
 *
 * @param token the token, as sent
 */
public record OpenIdConnectToken(String token) {}
