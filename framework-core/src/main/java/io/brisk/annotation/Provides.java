package io.brisk.annotation;

import io.brisk.Scope;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a method of a provider object (registered with {@code app.provider(object)}) as the source
 * of a dependency of its return type. Its parameters are bound like a handler's: query, path,
 * header, cookie, body, request, and other dependencies.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface Provides {
  /** The scope of the value (default per request). */
  Scope scope() default Scope.REQUEST;
}
