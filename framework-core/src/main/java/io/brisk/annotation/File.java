package io.brisk.annotation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Binds a handler parameter from the request's file parts of a multipart/form-data request.
 *
 * <p>The parameter is an {@link io.brisk.UploadedFile}, an {@code Optional} of one, or a {@code List}
 * of them (several files in one field). Without the annotation, those types are file parts anyway.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.PARAMETER)
public @interface File {
  /** The name on the wire (an alias); empty means the parameter's own name. */
  String value() default "";

  /** A description for generated documentation. */
  String description() default "";
}
