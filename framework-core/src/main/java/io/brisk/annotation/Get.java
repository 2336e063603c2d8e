package io.brisk.annotation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Maps a handler method to HTTP {@code GET} requests on a path template.
 *
 * <p>The path is relative to the enclosing {@link Router} prefix and any route group; variables are
 * written {@code {name}} and a trailing catch-all {@code {*name}} takes the rest of the path.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface Get {
  /** The path template, for example {@code "/{itemId}"}; empty means the prefix itself. */
  String value() default "";

  /** A one-line summary for generated documentation. */
  String summary() default "";

  /** A longer description for generated documentation (Markdown). */
  String description() default "";

  /** Tags added to the router's tags for this operation. */
  String[] tags() default {};

  /** The operation id in generated documentation; empty means derived from the method name. */
  String operationId() default "";
}
