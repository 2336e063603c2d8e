package io.brisk.security;

import io.brisk.Request;

/**
 * A way for clients to send credentials, which Brisk turns into a dependency of its credential
 * type: register it with {@code app.security(scheme)}, then declare a parameter of that type.
 *
 * <p>A missing or malformed credential is answered 401 with the scheme's {@code WWW-Authenticate};
 * declare the parameter as {@code Optional<Credential>} to get empty instead. Checking the
 * credential (a token's signature, a password) stays the app's code, in its own dependency.
 * Implementations are immutable and thread-safe.
 */
public sealed interface SecurityScheme
    permits OAuth2PasswordBearer, HttpBearer, HttpBasic, ApiKeyScheme, OpenIdConnect {
  /** The scheme's name in generated documentation ({@code components.securitySchemes}). */
  String name();

  /** The type handlers receive. */
  Class<?> credentialType();

  /**
   * Reads the credential from a request.
   *
   * @throws MissingCredentialsException when it is absent or malformed
   */
  Object authenticate(Request request);
}
