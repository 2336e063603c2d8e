package io.brisk.annotation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** Marks a class whose annotated methods are routes, with a common path prefix and tags. */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface Router {
  /** The path prefix of every route of the class, for example {@code "/items"}. */
  String prefix() default "";

  /** Tags of every route of the class, used by generated documentation. */
  String[] tags() default {};
}
