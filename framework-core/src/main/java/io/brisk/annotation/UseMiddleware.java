package io.brisk.annotation;

import io.brisk.Middleware;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Middleware of one route (on a method) or of every route of a class; each class is made once at
 * start-up through its public no-argument constructor. Class-level middleware wraps method-level.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
public @interface UseMiddleware {
  /** The middleware classes, outermost first. */
  Class<? extends Middleware>[] value();
}
