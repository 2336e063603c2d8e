package io.brisk.annotation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Binds a handler parameter from the request's form fields (application/x-www-form-urlencoded).
 *
 * <p>Without it, Brisk infers the source from the parameter's name and type (see the tutorial).
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.PARAMETER, ElementType.RECORD_COMPONENT})
public @interface Form {
  /** The name on the wire (an alias); empty means the parameter's own name. */
  String value() default "";

  /** A description for generated documentation. */
  String description() default "";

  /** The value used when the request has none, converted like a sent value; empty means none. */
  String defaultValue() default "";
}
