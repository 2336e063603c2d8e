package io.brisk.annotation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Injects a dependency into a handler or provider parameter: FastAPI's {@code Depends}.
 *
 * <p>The value comes from the {@link Provides} method registered for the type (with
 * {@code app.provider(...)}); when none is registered, the type itself is built through its only
 * public constructor, whose parameters are bound like a handler's (a class-based dependency).
 * A parameter whose type has a registered provider is a dependency even without this annotation.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.PARAMETER)
public @interface Depends {
  /** The dependency type when it differs from the parameter's declared type; default: the declared type. */
  Class<?> value() default Void.class;
}
