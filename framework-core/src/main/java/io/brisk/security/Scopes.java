package io.brisk.security;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * OAuth2 scopes a route requires: on a handler, its class, or a dependency parameter of the
 * route. Dependencies read the union through {@link SecurityScopes}; generated documentation lists
 * them in the operation's {@code security}.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE, ElementType.PARAMETER})
public @interface Scopes {
  /** The scope names. */
  String[] value();
}
