package io.brisk.annotation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Names a settings record component's source and default (see {@code io.brisk.SettingsLoader}).
 * Without it, {@code databaseUrl} reads the environment variable {@code DATABASE_URL} or the
 * property {@code database.url}, and has no default.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.RECORD_COMPONENT, ElementType.PARAMETER})
public @interface Setting {
  /** The exact variable and property name; empty means derived from the component name. */
  String value() default "";

  /** The value used when no source has one, converted like a set value; empty means required. */
  String defaultValue() default "";

  /** Whether the value is secret: error messages never show it. */
  boolean secret() default false;
}
