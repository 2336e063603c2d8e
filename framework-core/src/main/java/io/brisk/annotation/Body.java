package io.brisk.annotation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** Binds a handler parameter from the JSON request body (records and collections are bodies by default). */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.PARAMETER)
public @interface Body {
  /** A description for generated documentation. */
  String description() default "";

  /** Whether a request without a body is rejected (422, {@code missing}); false gives {@code null}. */
  boolean required() default true;
}
