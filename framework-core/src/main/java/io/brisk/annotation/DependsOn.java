package io.brisk.annotation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Dependencies resolved before a handler (or every handler of a class) runs, for their side
 * effect only, such as an API key check that throws a 401.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
public @interface DependsOn {
  /** The dependency types, resolved in this order. */
  Class<?>[] value();
}
